"""Menu designs: an external link's drawn arrow beside its name ("Project database
↗"), a mega column's closing link set off by a divider."""

from __future__ import annotations

import pytest

from scraper.extract.pages.navigation.hints import strip_glyphs
from tests.pages import menu_entries


@pytest.mark.parametrize(("text", "name"), [
    ("Project database ↗", "Project database"), ("Jobs ⇗", "Jobs"),
    ("Archive ➜", "Archive"),
])
def test_an_external_links_drawn_arrow_is_a_glyph(text: str, name: str) -> None:
    assert strip_glyphs(text) == name


def _column(title: str, names: list[str], closing: str = "") -> str:
    return ("<div class='col'><h6 class='dropdown-header'>" + title + "</h6>"
            + "".join(f"<a class='dropdown-item' href='/{n.lower()}'>{n}</a>" for n in names)
            + closing + "</div>")


def test_a_divider_in_a_headed_mega_column_sets_off_its_closing_link() -> None:
    closing = "<div class='dropdown-divider'></div><a class='dropdown-item' href='/all'>All ›</a>"
    body = ("<nav><ul><li class='dropdown'><span class='dropdown-toggle'>What</span>"
            "<div class='dropdown-menu'><div class='row'>"
            + _column("Politico", ["Arms", "Borders"]) + _column("Economic", ["Trade", "Water"])
            + _column("Human", ["Rights", "Voting"], closing) + "</div></div></li></ul></nav>")
    assert menu_entries(body)[-1] == ("All", "/all", ["What", "Human"])


def test_a_divider_in_a_dropdown_of_headers_closes_its_group() -> None:
    body = ("<nav><div class='ui dropdown item'>More<div class='menu'>"
            "<div class='header'>Topics</div><a class='item' href='/arms'>Arms</a>"
            "<div class='divider'></div><a class='item' href='/all'>All</a></div></div></nav>")
    assert menu_entries(body)[-1] == ("All", "/all", ["More"])

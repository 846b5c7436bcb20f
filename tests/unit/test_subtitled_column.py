"""A column title over sub-titles (a line of words, no link, before each list) heads
every group under them: "Field operations" over "South-East Europe" and "Central
Asia", whether the title is a link, a line of words or a heading."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _page(title: str) -> str:
    return ("<header><nav aria-label='Main'><ul><li><a href='/'>Home</a></li>"
            "<li><button type='button' aria-expanded='false' aria-controls='fly'>"
            "Structures</button><div id='fly' style='display:none'><div class='cols'>"
            "<div class='col'><a href='/secretariat' class='head'>Secretariat</a><ul>"
            "<li><a href='/sg'>Secretary General</a></li><li><a href='/cpc'>CPC</a></li>"
            f"</ul></div><div class='col'>{title}"
            "<p class='sub'>South-East Europe</p><ul><li><a href='/albania'>Albania</a></li>"
            "<li><a href='/serbia'>Serbia</a></li></ul>"
            "<p class='sub'>Central Asia</p><ul><li><a href='/astana'>Astana</a></li></ul>"
            "</div></div></div></li><li><a href='/news'>News</a></li></ul></nav></header>"
            "<main><h1>News</h1><p>Body text.</p></main>")


@pytest.mark.parametrize("title", [
    "<a href='/field' class='head'>Field operations</a>",
    "<h3>Field operations</h3>",
    "<p class='head'>Field operations</p>",
])
@pytest.mark.parametrize(("name", "url", "region"), [
    ("Albania", "/albania", "South-East Europe"),
    ("Astana", "/astana", "Central Asia"),
])
def test_column_title_heads_every_subtitled_group(title: str, name: str, url: str,
                                                   region: str) -> None:
    entries = menu_entries(_page(title))
    assert (name, url, ["Structures", "Field operations", region]) in entries


def test_linked_column_title_is_an_entry_under_the_panel() -> None:
    entries = menu_entries(_page("<a href='/field' class='head'>Field operations</a>"))
    assert ("Field operations", "/field", ["Structures"]) in entries
    assert ("CPC", "/cpc", ["Structures", "Secretariat"]) in entries

"""Listing and menu mechanisms: a listing card's subtitle heading right under its
headline is its teaser; a chip among an entry's field-of-work chips naming a topic
the table does not know is a field as shown; a promo boxed alone in a table cell's
mega-menu column stands under that column's heading."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

TEASER = "Experts from both banks agreed on a schedule of technical meetings."


def _listing(body: str) -> list[dict[str, Any]]:
    page = ("<html lang='en'><head><title>X</title></head><body><main>"
            f"{body}</main></body></html>")
    return extract(page.encode(), "https://www.osce.org/newsroom", "listing").records


def _card(i: int, inner: str) -> str:
    return (f"<article><h2 class='title'><a href='/mission-to-moldova/77942{i}'>The Mission "
            f"facilitates transport talks number {i}</a></h2>{inner}"
            f"<footer><time>19 March 2021</time><time>3 minute read</time></footer>"
            "</article>")


def test_a_subtitle_heading_under_the_headline_is_the_teaser() -> None:
    records = _listing("".join(_card(i, f"<h3 class='subtitle'>{TEASER}</h3>")
                               for i in range(3)))
    assert [(r["summary"], r["issued_on"]) for r in records] == [(TEASER, "2021-03-19")] * 3


def test_a_heading_holding_a_link_under_the_headline_is_no_teaser() -> None:
    records = _listing("".join(_card(i, f"<h3><a href='/moldova'>{TEASER}</a></h3>")
                               for i in range(3)))
    assert [r["summary"] for r in records] == [None] * 3


def _chips(*pairs: tuple[str, str]) -> str:
    return "<div class='tags'>" + "".join(
        f"<div class='chip'><a class='tag-link' href='{h}'><span>{n}</span></a></div>"
        for n, h in pairs) + "</div>"


def test_an_unknown_topic_among_field_chips_is_a_field_as_shown() -> None:
    body = "".join(
        f"<div class='card'><h3><a href='/mission-to-bosnia-and-herzegovina/77657{i}'>"
        f"Mission publishes its hate crime trial monitoring report {i}</a></h3>"
        f"<p>{TEASER}</p>"
        + _chips(("Rule of law", "/rule-of-law"), ("Hate crime", "/hate-crime")) + "</div>"
        for i in range(3))
    assert [r["fields_of_work"] for r in _listing(body)] == [["Rule of law", "Hate crime"]] * 3


def test_a_promo_boxed_in_a_table_cell_column_is_under_its_heading() -> None:
    body = ('<nav aria-label="Main"><ul><li>'
            '<a href="#" aria-haspopup="true">Our work</a>'
            '<div class="mega" style="display:none"><table><tr>'
            '<td><span class="mega-heading">Fields</span><ul>'
            '<li><a href="/arms">Arms control</a></li><li><a href="/borders">Borders</a></li>'
            '</ul></td>'
            '<td><span class="mega-heading">Meetings</span><ul>'
            '<li><a href="/mc">Ministerial Council</a></li><li><a href="/pc">Permanent '
            'Council</a></li></ul>'
            '<div class="promo"><img src="c.jpg" alt=""><a href="/report">Annual report</a>'
            '<span>A year of work.</span></div></td>'
            '</tr></table></div></li></ul></nav>')
    assert menu_entries(body)[-1] == ("Annual report", "/report", ["Our work", "Meetings"])

"""A listing's filter tabs ("All · Popular", a list of links to other pages) right
above its list are a row of choices, no "most popular" box's heading over the list;
a main heading showing the part of <title> that names the headline is the headline
when the page's first main heading (a portal box's title) shows none of its parts."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(tabs: str) -> list[dict[str, Any]]:
    items = "".join(
        f"<li><h3><a href='https://www.osce.org/moldova/71830{i}'>Course for "
        f"journalists held in town number {i}</a></h3><p>{_TEASER}</p></li>"
        for i in range(3))
    page = (f"<html lang='en'><head><title>News</title></head><body><main><h2>News</h2>"
            f"{tabs}<div class='list'><ul class='items'>{items}</ul></div></main>"
            "</body></html>")
    return extract(page.encode(), "https://www.osce.org/news?offset=20", "listing").records


def test_filter_tabs_leading_to_other_pages_head_no_widget() -> None:
    tabs = ("<ul class='tabs'><li><a href='/news'>All</a></li>"
            "<li><a href='/news/popular'>Popular</a></li></ul>")
    assert [r["url"] for r in _listing(tabs)] == [
        f"https://www.osce.org/moldova/71830{i}" for i in range(3)]


def test_a_popular_heading_still_heads_a_widget() -> None:
    assert _listing("<h3>Popular</h3>") == []


_HEADLINE = "Mission trains journalists in covering election campaigns"
_TEXT = ("Twenty-five journalists from national and regional media took part in a "
         "course on the coverage of election campaigns organised by the Mission.")


def _title(box_title: str) -> str:
    page = (f"<html lang='en'><head><title>{_HEADLINE} - Mission to Moldova - OSCE</title>"
            f"</head><body><main><section><header><h1>{box_title}</h1></header>"
            f"<h1>{_HEADLINE}</h1><div class='text'><p>{_TEXT}</p><p>{_TEXT}</p></div>"
            "</section></main></body></html>")
    return extract(page.encode(), "https://www.osce.org/moldova/716807").records[0]["title"]


def test_the_main_heading_titled_in_title_wins_over_a_box_title() -> None:
    assert _title("News of the Mission") == _HEADLINE


"""Listing mechanisms that page designs showed: a news app's dated permalink
(``…/2019/05/14/761043/``) names an item by the number after the day; an article's
own ``<header>`` is no site banner, so a byline in it that the page's stylesheet
hides is hidden; a link back to the listed category named like the page is the
entry's type when the same slot of other entries names other categories."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract


def _listing(body: str, lang: str, url: str, head: str = "<title>X</title>"
             ) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def test_a_dated_permalink_names_its_item_by_the_number_after_the_day() -> None:
    assert urls.item_number("https://example.org/pl/aktualnosci/2019/05/14/761043/") \
        == "761043"
    assert urls.item_number("https://example.org/news/2019/5/4/4127") == "4127"
    # a day's archive ends in the day: no item
    assert urls.item_number("https://example.org/pl/aktualnosci/2019/05/14/") is None
    entries = "".join(
        f"<div class='card'><h3><a href='2019/05/1{i}/76104{i}/'>ODIHR otwiera biuro "
        f"numer {i} w stolicy kraju</a></h3><time datetime='2019-05-1{i}'>1{i} maja 2019"
        f"</time></div>" for i in range(3))
    records = _listing(entries, "pl", "https://example.org/pl/aktualnosci/")
    assert [(r["url"], r["issued_on"]) for r in records] == [
        (f"https://example.org/pl/aktualnosci/2019/05/1{i}/76104{i}/", f"2019-05-1{i}")
        for i in range(3)]


def _posts(types: list[tuple[str, str]]) -> str:
    return "".join(
        f"<article><header><a href='/pl/odihr/76295{i}'><h2>Misja OBWE wspiera dialog "
        f"numer {i} w regionie</h2></a><div class='subhead'>"
        f"<span class='byline'>przez <a href='/pl/author/biuro/'>Biuro prasowe</a> |</span> "
        f"<span class='postedin'>w <a href='/pl/category/{slug}/' rel='category tag'>{name}"
        f"</a></span></div></header><div class='entry'><p>Uczestnicy omówili kolejne kroki "
        f"numer {i}.</p></div></article>" for i, (slug, name) in enumerate(types))


_HEAD = "<title>Komunikat prasowy</title><style>.byline {display:none;}</style>"
_H1 = "<h1>Komunikat prasowy</h1>"


def test_a_byline_hidden_by_the_sheet_in_an_articles_header_is_hidden() -> None:
    url = "https://example.org/pl/category/komunikaty/"
    records = _listing("<main>" + _posts([("wiadomosci", "Aktualność")] * 3) + "</main>",
                       "pl", url, _HEAD)
    assert [r["summary"] for r in records] == [
        f"Uczestnicy omówili kolejne kroki numer {i}." for i in range(3)]


def test_the_pages_own_category_is_a_type_where_the_slot_varies() -> None:
    url = "https://example.org/pl/category/komunikaty/"
    varied = [("komunikaty", "Komunikat prasowy"), ("wiadomosci", "Aktualność"),
              ("komunikaty", "Komunikat prasowy")]
    records = _listing(_H1 + _posts(varied), "pl", url, _HEAD)
    assert [r["content_type"] for r in records] == [name for _, name in varied]
    # every entry in the page's own category: the link names the list, no type
    same = [("komunikaty", "Komunikat prasowy")] * 3
    assert [r["content_type"] for r in _listing(_H1 + _posts(same), "pl", url, _HEAD)] \
        == [None] * 3

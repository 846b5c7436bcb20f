"""Listing mechanisms that page designs showed: a blog's year archive one level under a
sub-site's root (Hexo's ``/mission-to-moldova/archives/2024/``) names no item; the
``<time>`` an entry's date is read from is no type label though it shows no year ("Mar
12"); a link inside a teaser's sentence (to a field of work's page) files the item under
no field."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str = "en",
             url: str = "https://www.osce.org/mission-to-kosovo/archives/") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


@pytest.mark.parametrize(("url", "expected"), [
    # a sub-site's year archive, one or two sections deep
    ("https://www.osce.org/mission-to-kosovo/archives/2024/", None),
    ("https://www.osce.org/fr/mission-to-kosovo/archives/2023", None),
    ("https://www.osce.org/es/prensa/2022", None),
    # a node under two sections is still one, and /node/N is whatever its number
    ("https://www.osce.org/mission-to-kosovo/archives/559012/", "559012"),
    ("https://www.osce.org/node/2022", "2022"),
])
def test_a_year_archive_under_a_sub_site_names_no_item(url: str, expected: str | None
                                                         ) -> None:
    assert urls.item_number(url) == expected


def _archive_year(year: int, items: list[tuple[int, str, str]]) -> str:
    """A Landscape-like year section: the year's link, then posts showing month and day
    in a link around a <time>, the title in an h1."""
    posts = "".join(
        f"<article class='archive-article'><header>"
        f"<a href='/mission-to-kosovo/{node}/' class='archive-article-date'>"
        f"<time class='archive-article-date' datetime='{iso}T10:00:00.000Z'>{shown}</time>"
        f"</a><h1><a class='archive-article-title' href='/mission-to-kosovo/{node}/'>"
        f"Headline number {node} of the year</a></h1></header></article>"
        for node, iso, shown in items)
    return (f"<section class='archives-wrap'><div class='archive-year-wrap'>"
            f"<a href='/mission-to-kosovo/archives/{year}/' class='archive-year'>{year}</a>"
            f"</div><div class='archives'>{posts}</div></section>")


def test_year_archive_entries_have_no_year_entry_and_no_date_as_type() -> None:
    body = "<main>" + _archive_year(2024, [(594412, "2024-03-12", "Mar 12"),
                                           (594371, "2024-03-07", "Mar 7")]) \
        + _archive_year(2023, [(593912, "2023-12-20", "Dec 20")]) + "</main>"
    records = _listing(body).records
    assert [(r["url"], r["issued_on"], r["content_type"]) for r in records] == [
        ("https://www.osce.org/mission-to-kosovo/594412/", "2024-03-12", None),
        ("https://www.osce.org/mission-to-kosovo/594371/", "2024-03-07", None),
        ("https://www.osce.org/mission-to-kosovo/593912/", "2023-12-20", None),
    ]


def _card(node: int, teaser: str, tags: str) -> str:
    return (f"<li><article><h2><a href='/mission-to-kosovo/{node}/'>Headline number {node}"
            f" of the page</a></h2><p>tags: {tags}</p><p>{teaser}</p>"
            f"<a class='readmore' href='/mission-to-kosovo/{node}/'>Read more</a>"
            "</article></li>")


def test_a_field_link_inside_a_teaser_sentence_is_no_field_of_work() -> None:
    sentence = ("Some sixty students from both banks met in the capital for a forum. Read "
                "more about the OSCE's <a href='/youth'>work with young people</a> and …")
    body = "<main><ol>" + "".join([
        _card(590998, sentence, "<a href='/tag/youth.html'>Youth</a>"),
        _card(590951, TEASER, "<a href='/elections'>Elections</a>"),
        _card(590900, TEASER, "<a href='/youth'>Youth</a>, <a href='/elections'>Elections</a>"),
    ]) + "</ol></main>"
    records = _listing(body, url="https://www.osce.org/newsroom").records
    assert [r["fields_of_work"] for r in records] == [
        ["Youth"], ["Elections"], ["Youth", "Elections"]]

"""A docs generator's listing: a box holding nothing but the entry's heading (Retype's
``<doc-anchor-target><h3>``) takes the lines after it up to the next heading, and the
listing's pager (a ``<nav>``) is none of the last entry's lines; a ``rel=next`` link
leading out of the listing's addresses (a docs footer's card to the next section) loses
to the listing's own pager, a numbered address under or beside the listing's keeps it."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

_TEASER = "Participants discussed how to protect journalists who report on elections."


def _page(body: str, url: str = "https://www.osce.org/press-releases/") -> Any:
    html = f"<html lang='en'><head><title>Press releases</title></head><body>{body}</body></html>"
    return extract(html.encode(), url, "listing")


def _entry(node: str, title: str, day: str, kind: str) -> str:
    return (f"<doc-anchor-target id='a{node}'><h3><doc-anchor-trigger to='#a{node}'>#"
            f"</doc-anchor-trigger><span><a href='/odihr/{node}'>{title}</a></span></h3>"
            f"</doc-anchor-target><div class='meta'><time datetime='{day}T10:00:00+01:00'>"
            f"{day}</time> <span class='badge'>{kind}</span></div><p>{_TEASER}</p>"
            f"<p><a href='/odihr/{node}'>Read more<span class='sr-only'> about {title}"
            "</span></a></p><hr>")


_PAGER = ("<nav aria-label='Pagination'><span aria-disabled='true'>← Newer</span>"
          "<span>Page 1 of 214</span><a href='/press-releases/page/2/'>Older →</a></nav>")


def test_a_box_holding_only_a_heading_takes_the_lines_after_it() -> None:
    body = ("<main><div class='content'>"
            + _entry("594118", "ODIHR opens election observation mission in Serbia",
                     "2023-11-21", "Press release")
            + _entry("594105", "Media Freedom Representative concerned about draft law",
                     "2023-11-20", "News item")
            + _PAGER + "</div></main>")
    records = _page(body).records
    assert [r["issued_on"] for r in records] == ["2023-11-21", "2023-11-20"]
    assert [r["content_type"] for r in records] == ["Press release", "News item"]
    # the pager after the last entry is none of its lines
    assert [r["summary"] for r in records] == [_TEASER, _TEASER]


def test_a_box_holding_more_than_a_heading_takes_nothing_after_it() -> None:
    body = ("<main><div class='content'>"
            "<div class='head'><h3><a href='/odihr/594118'>ODIHR opens observation "
            "mission in Serbia</a></h3><span>aside words</span></div>"
            "<div><time datetime='2023-11-21'>21 November 2023</time></div>"
            "<div class='head'><h3><a href='/odihr/594105'>Media Freedom Representative "
            "concerned</a></h3><span>aside words</span></div>"
            "<div><time datetime='2023-11-20'>20 November 2023</time></div>"
            "</div></main>")
    assert [r["issued_on"] for r in _page(body).records] == [None, None]


def _footer_card(href: str) -> str:
    return (f"<footer><nav><a href='{href}' rel='next'><span>Next</span>"
            "<span>Statements</span></a></nav></footer>")


def _cards() -> str:
    return ("<main>" + "".join(
        f"<article><h2><a href='/odihr/{n}'>Election observation headline {n}</a></h2>"
        f"<p>{_TEASER}</p></article>" for n in ("594118", "594105", "594097")))


def test_a_rel_next_leading_out_of_the_listing_loses_to_its_pager() -> None:
    body = (_cards() + "<div class='pagination'><a class='next' href='/ru/press-releases/2/'>"
            "Старые записи</a></div></main>" + _footer_card("/ru/statements/"))
    found = _page(body, "https://www.osce.org/ru/press-releases/").next_page
    assert found == "https://www.osce.org/ru/press-releases/2/"


def test_a_rel_next_out_of_the_listing_is_read_where_no_pager_is() -> None:
    body = _cards() + "</main>" + _footer_card("/ru/statements/")
    found = _page(body, "https://www.osce.org/ru/press-releases/").next_page
    assert found == "https://www.osce.org/ru/statements/"


def test_a_numbered_address_under_or_beside_the_listing_keeps_rel_next() -> None:
    for url, nxt in (("https://www.osce.org/es/noticias/index.html",
                      "/es/noticias/page-2.html"),
                     ("https://www.osce.org/de/meldungen/", "/de/meldungen/seite-2"),
                     ("https://www.osce.org/news.html", "/news-2.html")):
        head = f"<link rel='next' href='{nxt}'>"
        body = (_cards() + "<div class='pager'><a class='next' href='/elsewhere/'>"
                "Next</a></div></main>")
        html = (f"<html lang='en'><head><title>News</title>{head}</head>"
                f"<body>{body}</body></html>")
        found = extract(html.encode(), url, "listing").next_page
        assert found == "https://www.osce.org" + nxt, url

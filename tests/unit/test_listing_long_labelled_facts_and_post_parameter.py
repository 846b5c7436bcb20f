"""Listing mechanisms that page designs showed: a line of facts may hold a label, its
colon and a long value among its pieces ("12 maja 2019 r. · Komunikat prasowy · Wydane
przez: Biuro … OBWE"), its date and type still read from the other pieces; a blog
script names its post by a ``post`` parameter, and a ``page`` parameter naming a view
in words (``page=viewpost``) turns no page."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract
from scraper.extract.pages.listing_pager import turns_to_page

ISSUER = "Biuro Instytucji Demokratycznych i Praw Człowieka OBWE"


def _listing(body: str, lang: str, url: str) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def test_a_labelled_fact_with_a_long_value_keeps_the_line_of_facts() -> None:
    entries = "".join(
        f"<div class='item'><h3><a href='/pl/odihr/80010{i}'>Spotkanie ekspertów numer "
        f"{i} w Warszawie</a></h3><p class='meta'>1{i} maja 2019 r. · Komunikat prasowy · "
        f"Wydane przez: {ISSUER} · Obszary działalności: Wybory, Demokratyzacja</p>"
        f"<p>Eksperci omówili przygotowania do wyborów.</p></div>" for i in range(3))
    records = _listing(entries, "pl", "https://www.osce.org/pl/press-releases")
    assert [(r["issued_on"], r["content_type"], r["issued_by"]) for r in records] == [
        (f"2019-05-1{i}", "Komunikat prasowy", [ISSUER]) for i in range(3)]


def test_a_blog_scripts_post_parameter_names_an_item() -> None:
    assert urls.item_number("http://example.org/index.php?module=blog&page=viewpost"
                            "&post=41&pageback=kop2.php") == "41"
    assert turns_to_page("http://example.org/news?page=2")
    assert turns_to_page("http://example.org/news?page=0,1")
    assert not turns_to_page("http://example.org/index.php?page=viewpost&post=41")


def test_blog_posts_named_by_a_post_parameter_are_entries() -> None:
    posts = "".join(
        f"<div class='post'><p class='title'><a href='index.php?module=blog&amp;"
        f"page=viewpost&amp;post=5{i}'>Office supports seminar number {i}</a></p>"
        f"<span>posted on 1{i} March 2009, 10:00</span><div><p>Participants discussed "
        f"how to answer information requests.</p></div><p><a href='index.php?module=blog"
        f"&amp;page=viewpost&amp;post=5{i}#reactions'>2 reactions</a></p></div>"
        for i in range(3))
    records = _listing(f"<div id='content'><h2>News</h2>{posts}</div>", "en",
                       "http://example.org/yerevan/index.php?file=kop2.php")
    assert [(r["url"], r["title"], r["issued_on"]) for r in records] == [
        (f"http://example.org/yerevan/index.php?module=blog&page=viewpost&post=5{i}",
         f"Office supports seminar number {i}", f"2009-03-1{i}") for i in range(3)]

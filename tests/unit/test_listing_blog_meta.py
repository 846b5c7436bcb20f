"""Listing mechanisms that WordPress themes of hold-out sets 186-190 showed: a line
saying the comments are closed and a "posted in … on <time> by <author>" line are no
teaser; a teaser shown twice (a featured slide over the entry) is one; a tag link marked
``rel="tag"`` inside the "posted in … and tagged …" sentence is the entry's field; a blog
whose authors are the structures names its issuers by its author links; the pager's
numbered path pages (``/page/14/``, "Last »") are no items."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_lines import says_comments_closed
from scraper.extract.pages.listing_pager import is_numbered_page_of

TEASER = "Twenty border guards took part in a week-long course on forged travel documents."
URL = "https://www.osce.org/pl/komunikaty-prasowe/"


def _entries(post: str, before: str = "", after: str = "") -> list[dict[str, Any]]:
    posts = "".join(post.format(n=n) for n in (733604, 733610, 733622))
    doc = Document(url=URL, text=f"<html lang='pl'><body><main>{before}{posts}{after}"
                                 "</main></body></html>")
    return ListingPage(doc).entries()


def test_a_comments_closed_line_is_no_teaser() -> None:
    post = ("<article><h2><a href='/pl/odihr/{n}'>Border guards trained in Dushanbe "
            "this week</a></h2><p>" + TEASER + "</p>"
            "<div class='foot'><img src='c.gif' alt=''> <span>Możliwość komentowania "
            "jest wyłączona</span></div></article>")
    assert [e["summary"] for e in _entries(post)] == [TEASER] * 3
    assert says_comments_closed("Commenti disabilitati")
    assert not says_comments_closed("Commenti disabilitati dalla redazione per sempre")


def test_a_posted_on_by_line_is_no_teaser() -> None:
    post = ("<article><header><h2><a href='/pl/odihr/{n}'>Border guards trained in "
            "Dushanbe this week</a></h2><div class='meta'>Ten wpis został opublikowany "
            "w kategorii <a href='/pl/category/news/' rel='category tag'>News</a> dnia "
            "<a href='/pl/odihr/{n}'><time datetime='2013-03-12T10:00:00'>12 marca 2013"
            "</time></a> przez <a href='/pl/author/redakcja/' rel='author'>Redakcja"
            "</a></div></header><p>" + TEASER + "</p></article>")
    assert [e["summary"] for e in _entries(post)] == [TEASER] * 3


def test_a_teaser_shown_twice_is_one() -> None:
    slide = ("<div class='slider'><p><strong><a href='/pl/odihr/733604'>Border guards "
             "trained in Dushanbe this week</a></strong></p><p>" + TEASER + "</p></div>")
    post = ("<article><h2><a href='/pl/odihr/{n}'>Border guards trained in Dushanbe "
            "this week</a></h2><p>" + TEASER + "</p></article>")
    assert [e["summary"] for e in _entries(post, before=slide)] == [TEASER] * 3


def test_a_rel_tag_link_in_the_posted_in_sentence_is_a_field() -> None:
    post = ("<article><h2><a href='/pl/odihr/{n}'>Border guards trained in Dushanbe "
            "this week</a></h2><p>" + TEASER + "</p><footer>Ten wpis został opublikowany "
            "w kategorii <a href='/pl/category/news/' rel='category tag'>Aktualność</a> "
            "i oznaczony tagami <a href='/pl/border-management' rel='tag'>Zarządzanie "
            "granicami</a> dnia 12 marca 2013 przez Redakcję w Warszawie.</footer>"
            "</article>")
    assert [e["fields_of_work"] for e in _entries(post)] == [["Zarządzanie granicami"]] * 3


def test_author_links_naming_structures_are_issuers() -> None:
    post = ("<article><h2><a href='/pl/odihr/{n}'>Border guards trained in Dushanbe "
            "this week</a></h2><p>" + TEASER + "</p><div class='foot'>Opublikowane "
            "przez <a href='/pl/author/odihr/' rel='author'>Biuro Instytucji "
            "Demokratycznych i Praw Człowieka</a></div></article>")
    assert [e["issued_by"] for e in _entries(post)] == [
        ["Biuro Instytucji Demokratycznych i Praw Człowieka"]] * 3


def test_a_numbered_path_page_of_the_listing_is_no_item() -> None:
    post = ("<article><h2><a href='/pl/odihr/{n}'>Border guards trained in Dushanbe "
            "this week</a></h2><p>" + TEASER + "</p></article>")
    pager = ("<div class='pagenavi'><a href='/pl/komunikaty-prasowe/page/2/'>2</a>"
             "<a href='/pl/komunikaty-prasowe/page/14/'>Ostatnia »</a></div>")
    assert [e["url"] for e in _entries(post, after=pager)] == [
        f"https://www.osce.org/pl/odihr/{n}" for n in (733604, 733610, 733622)]
    assert is_numbered_page_of(URL + "page/14/", URL)
    assert is_numbered_page_of(URL + "page/14/", URL + "page/2/")
    assert not is_numbered_page_of("https://www.osce.org/tg/page/597555",
                                   "https://www.osce.org/tg/category/news")

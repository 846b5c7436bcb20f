"""A thread of readers' comments under a stream's entry (each comment's permalink an
anchor naming one comment, ``#acomment-6124``) is no part of the entry's teaser."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

_TEASER = "The mission of twelve experts will assess the preparations for the early elections."


def _entry(n: int, anchor: str) -> str:
    return (f"<li class='activity-item'><div class='content'><p><a href='/members/ed/'>Editor</a> "
            f"posted <a href='https://www.osce.org/odihr/81040{n}'>Mission opens {n}</a></p>"
            f"<div class='inner'><p>{_TEASER}</p></div></div>"
            "<div class='comments'><ul><li><div class='meta'><a href='/members/tom/'>Tom</a> "
            f"replied <a href='/activity/p/6{n}/#{anchor}-6{n}4'>1 April 2016</a></div>"
            "<div class='comment'><p>Will the final report be available in Polish too?</p></div>"
            "</li></ul></div></li>")


def _summaries(anchor: str) -> list[object]:
    html = ("<html lang='en'><body><main><ul class='activity-list'>"
            + _entry(1, anchor) + _entry(2, anchor) + "</ul></main></body></html>")
    page = ListingPage(Document(url="https://www.osce.org/activity/", text=html))
    return [e["summary"] for e in page.entries()]


def test_a_comment_under_the_entry_is_no_teaser() -> None:
    assert _summaries("acomment") == [_TEASER] * 2


def test_a_link_to_a_section_names_no_comment() -> None:
    assert _summaries("section") == [
        f"{_TEASER} Will the final report be available in Polish too?"] * 2

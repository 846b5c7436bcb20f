"""Listing mechanisms that Joomla category blogs of hold-out sets 193 and 197 showed: a
"Label: value" line of the entry's block of facts (beside the lines whose labels are
read) is no teaser whatever its label's words; a picture's credit beside the teaser
("Photo: OSCE/Jane Doe") is none either, recognised as the news body recognises it."""

from __future__ import annotations

from typing import Any

from lxml import html

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_lines import is_fact_beside

TEASER = "Twenty border guards took part in a week-long course on forged travel documents."
URL = "https://www.osce.org/newsroom"


def _entries(post: str) -> list[dict[str, Any]]:
    posts = "".join(post.format(n=n) for n in (733604, 733610, 733622))
    doc = Document(url=URL, text=f"<html lang='en'><body><main><h1>Newsroom</h1>{posts}"
                                 "</main></body></html>")
    return ListingPage(doc).entries()


def test_an_unknown_label_in_the_entry_facts_block_is_no_teaser() -> None:
    post = ("<div class='entry'><h2><a href='/tajikistan/{n}'>Border guards trained in "
            "Dushanbe this week</a></h2><dl class='info'><dt>Details</dt>"
            "<dd>Filed under the section: <a href='/newsroom'>Media centre</a></dd>"
            "<dd>Category: <a href='/press-releases'>Press release</a></dd>"
            "<dd>Published 12 March 2013</dd></dl><p>" + TEASER + "</p></div>")
    entries = _entries(post)
    assert [e["summary"] for e in entries] == [TEASER] * 3
    assert [e["content_type"] for e in entries] == ["Press release"] * 3


def test_a_labelled_fact_line_needs_a_read_label_beside_it() -> None:
    box = html.fromstring("<div><p>Filed under: <a href='/x'>Media centre</a></p>"
                          "<p>Category: Press release</p><p>Vienna: the OSCE Chairman met "
                          "the ministers of three states in the capital today.</p></div>")
    lines = box.findall("p")
    holders = [lines[1]]
    assert is_fact_beside(lines[0], "Filed under: Media centre", holders)
    # no label read beside it, or a sentence after the colon: text
    assert not is_fact_beside(lines[0], "Filed under: Media centre", [])
    assert not is_fact_beside(lines[2], "Vienna: the OSCE Chairman met the ministers of "
                                        "three states in the capital today.", holders)


def test_a_picture_credit_beside_the_teaser_is_no_teaser() -> None:
    post = ("<div class='entry'><h2><a href='/tajikistan/{n}'>Border guards trained in "
            "Dushanbe this week</a></h2><div class='intro-image'><img src='/i/{n}.jpg' "
            "alt='Border guards'><span class='image-note'>Photo: OSCE/Jane Doe</span>"
            "</div><p>" + TEASER + "</p></div>")
    assert [e["summary"] for e in _entries(post)] == [TEASER] * 3

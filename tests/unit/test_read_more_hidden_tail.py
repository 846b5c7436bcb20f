"""A "Read more" link whose "about TITLE" tail is hidden by a class this model does not
know is never part of an entry's summary: its visible start is a read-more phrase, its
tail an element of its own (listing_titles.opens_read_more)."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

TEASER = "Over 180 members of municipal election commissions took part in the sessions."


def _entries(more: str) -> list[dict[str, Any]]:
    rows = "".join(
        f"<div class='card'><h3><a href='/mission-to-skopje/5984{n}'>Mission trains "
        f"commission number {n}</a></h3><p>{TEASER} <a href='/mission-to-skopje/5984{n}'>"
        f"{more.format(n=n)}</a></p></div>" for n in range(10, 13))
    page = f"<html lang='en'><body><main>{rows}</main></body></html>"
    return extract(page.encode(), "https://www.osce.org/mission-to-skopje/news",
                   "listing").records


def test_a_read_more_link_with_a_tail_in_an_unknown_hiding_class_is_no_summary() -> None:
    entries = _entries("Read more<span class='xyz-a11y'> about Mission trains commission "
                       "number {n}</span>")
    assert [e["summary"] for e in entries] == [TEASER] * 3
    assert [e["title"] for e in entries] == [f"Mission trains commission number {n}"
                                             for n in range(10, 13)]


def test_a_link_whose_first_words_only_begin_like_read_more_stays() -> None:
    # one piece of text: "More than …" is the teaser's own linked sentence, no read-more
    entries = _entries("More than forty observers joined in town {n}")
    assert all(e["summary"] is not None and "More than forty observers" in e["summary"]
               for e in entries)

"""The entry-title rules of listing_titles.py that no hold-out page pins down alone."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

_ENTRY = ("<div class='views-row'><h3>{heading}</h3>"
          "<p>A teaser of the item, long enough to read as one, about the work in the field.</p>"
          "<a href='/mission-to-skopje/{n}'>{link}</a></div>")


def _entries(heading: str, link: str) -> list[dict[str, Any]]:
    rows = "".join(_ENTRY.format(heading=heading, link=link, n=590100 + i) for i in range(3))
    doc = Document(url="https://www.osce.org/mission-to-skopje/news",
                   text=f"<html lang='en'><body><main>{rows}</main></body></html>")
    return ListingPage(doc).entries()


def test_a_short_link_under_a_longer_heading_leaves_the_title_to_the_heading() -> None:
    entries = _entries("Police officers in Skopje complete training", "Full story")
    assert [e["title"] for e in entries] == ["Police officers in Skopje complete training"] * 3


def test_a_date_written_as_the_heading_never_takes_the_title_from_the_link() -> None:
    # a heading of the day the item came out ("14 March 2024") is no headline: the
    # short link under it is the item's title
    entries = _entries("Thursday 14 March 2024", "Skopje training ends")
    assert [e["title"] for e in entries] == ["Skopje training ends"] * 3

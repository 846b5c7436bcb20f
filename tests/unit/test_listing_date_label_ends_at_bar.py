"""A date label's value written out in its line's text ends at the bar or bullet after
the date ("Publicado: Fri, 17 Nov 2023 14:05:00 +0100 · Misión de la OSCE en Serbia",
an RSS item's pubDate and dc:creator as a feed stylesheet shows them): what follows is
the next fact of the line, an issuer written bare."""

from __future__ import annotations

from typing import Any

from lxml import html

from scraper.extract.document import Document
from scraper.extract.labels import find_labels
from scraper.extract.pages.listing import ListingPage

URL = "https://www.osce.org/es/press-releases/rss.xml"


def _entries(facts: str) -> list[dict[str, Any]]:
    items = "".join(
        f"<div><h3><a href='https://www.osce.org/es/serbia/{n}'>La Misión apoya la "
        f"formación de jueces número {n}</a></h3><small>{facts}</small><p>Treinta jueces "
        "y fiscales participaron en Belgrado en un curso de tres días.</p></div>"
        for n in (828731, 828732, 828733))
    doc = Document(url=URL, text=f"<html lang='es'><body><h2>Elementos recientes</h2>"
                                 f"{items}</body></html>")
    return ListingPage(doc).entries()


def test_the_issuer_after_the_date_is_read() -> None:
    entries = _entries("Publicado: Fri, 17 Nov 2023 14:05:00 +0100 · Misión de la OSCE "
                       "en Serbia")
    assert [e["issued_on"] for e in entries] == ["Fri, 17 Nov 2023 14:05:00 +0100"] * 3
    assert [e["issued_by"] for e in entries] == [["Misión de la OSCE en Serbia"]] * 3


def test_the_date_value_stops_at_the_bar() -> None:
    root = html.fromstring("<html><body><small>Publicado: Mon, 13 Nov 2023 23:45:00 GMT · "
                           "Presidencia de la OSCE</small></body></html>")
    lv = find_labels(root, skip_chrome=False)["issued_on"][0]
    assert lv.text == "Mon, 13 Nov 2023 23:45:00 GMT"
    # a bar inside what is no date yet does not end it
    root = html.fromstring("<html><body><small>Publicado: 17 | 11 | 2023</small></body></html>")
    assert find_labels(root, skip_chrome=False)["issued_on"][0].text == "17 | 11 | 2023"

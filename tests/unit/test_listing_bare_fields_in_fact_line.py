"""A line of facts may name the entry's fields of work as bare words, no link ("8. Januar
2018 · Pressemitteilung · Wahlen, Demokratisierung"): each piece of it that is a field's
name is a field of the entry, as shown, in order; its date and type are none."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

URL = "https://www.osce.org/de/press-releases"


def _entries(facts: str) -> list[dict[str, Any]]:
    items = "".join(
        f"<div><h3><a href='https://www.osce.org/de/odihr/{n}'>Gutachten zum Wahlrecht "
        f"vorgelegt, Nummer {n}</a></h3><p class='meta'>{facts}</p><p>Das Gutachten "
        "bewertet die Änderungen des Wahlgesetzes und gibt Empfehlungen.</p></div>"
        for n in (829369, 829370, 829371))
    doc = Document(url=URL, text=f"<html lang='de'><body><h2>Pressemitteilungen</h2>"
                                 f"{items}</body></html>")
    return ListingPage(doc).entries()


def test_bare_fields_in_a_line_of_facts_are_read() -> None:
    entries = _entries("8. Januar 2018 &middot; Pressemitteilung &middot; Wahlen, "
                       "Demokratisierung")
    assert [e["fields_of_work"] for e in entries] == [["Wahlen", "Demokratisierung"]] * 3
    assert [e["content_type"] for e in entries] == ["Pressemitteilung"] * 3
    assert all(e["summary"].startswith("Das Gutachten") for e in entries)


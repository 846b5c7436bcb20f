"""A line of plain words after a ``<br>`` (the headline's paragraph going on: ``<p><a>
Headline</a><br>OSZE-Sekretariat; OSZE-Programm für Gleichstellungsfragen</p>``) that
names nothing but known structures gives the entry's issuers, as shown, in order; it is
a fact, no part of the teaser.  A line of other words is no issuer."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

URL = "https://www.osce.org/de/press-releases"


def _entries(line: str) -> list[dict[str, Any]]:
    items = "".join(
        f"<div><p><a href='https://www.osce.org/de/secretariat/{n}'>Neue Studie zu Frauen "
        f"in der Grenzverwaltung, Nummer {n}</a><br>\n    {line}</p><p>Die Studie zeigt "
        "anhand von Beispielen, wie gemischte Teams die Arbeit verbessern.</p></div>"
        for n in (829362, 829363, 829364))
    doc = Document(url=URL, text=f"<html lang='de'><body><h2>Pressemitteilungen</h2>"
                                 f"{items}</body></html>")
    return ListingPage(doc).entries()


def test_a_line_of_structures_after_the_headline_names_the_issuers() -> None:
    entries = _entries("OSZE-Sekretariat; OSZE-Programm für Gleichstellungsfragen")
    assert [e["issued_by"] for e in entries] == [
        ["OSZE-Sekretariat", "OSZE-Programm für Gleichstellungsfragen"]] * 3
    assert all(e["summary"].startswith("Die Studie zeigt") for e in entries)


def test_a_line_of_other_words_names_no_issuer() -> None:
    entries = _entries("Ein Bericht über die Arbeit an den Grenzübergängen")
    assert [e["issued_by"] for e in entries] == [[]] * 3

"""A listing entry headed by a heading whose only link is an anchor into the page
itself (Docsify's ``?id=slug``, a ``#slug`` permalink), its item reached only by a
"Read more" line below: the heading is the entry's title and the entry runs to the
next heading of its rank (listing_rows.headed_entries)."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

PAGE = "https://www.osce.org/de/presse/meldungen"
TEASER = "Ein Lehrgang für Grenzbeamte vermittelte Kenntnisse in Risikoanalyse und Menschenrechten."


def _entry(n: int, anchor: str) -> str:
    return (f"<h3 id='e{n}'>{anchor.format(n=n)}</h3>"
            f"<ul><li><strong>Veröffentlicht am:</strong> {n}. Juni 2025</li>"
            "<li><strong>Inhaltstyp:</strong> Meldung</li></ul>"
            f"<p>{TEASER}</p>"
            f"<p><a href='https://www.osce.org/de/secretariat/59790{n}'>Weiterlesen →</a></p>")


def _entries(anchor: str) -> list[dict[str, Any]]:
    rows = "<h2><a href='?id=juni' class='anchor'>Juni 2025</a></h2>" + "".join(
        _entry(n, anchor) for n in range(1, 4))
    page = f"<html lang='de'><body><article>{rows}</article></body></html>"
    return extract(page.encode(), PAGE, "listing").records


def _check(entries: list[dict[str, Any]]) -> None:
    assert [e["title"] for e in entries] == [f"Meldung Nummer {n} aus Wien" for n in (1, 2, 3)]
    assert [e["issued_on"] for e in entries] == [f"2025-06-0{n}" for n in (1, 2, 3)]
    assert [e["content_type"] for e in entries] == ["Meldung"] * 3
    assert [e["summary"] for e in entries] == [TEASER] * 3


def test_a_docsify_query_anchor_heading_titles_the_entry() -> None:
    _check(_entries("<a href='/de/presse/meldungen?id=e{n}' class='anchor'>"
                    "<span>Meldung Nummer {n} aus Wien</span></a>"))


def test_a_fragment_permalink_heading_titles_the_entry() -> None:
    _check(_entries("<a href='#e{n}'>Meldung Nummer {n} aus Wien</a>"))


def test_a_heading_linking_elsewhere_is_no_entry_title() -> None:
    entries = _entries("<a href='/de/presse/andere-seite'>Meldung Nummer {n} aus Wien</a>")
    assert all(e["title"] != f"Meldung Nummer {n} aus Wien"
               for n, e in zip((1, 2, 3), entries, strict=True))

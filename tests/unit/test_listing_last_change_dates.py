"""A listing entry's date given by a last change's label ("ultima modifica 16/10/2014
17:25", "Updated 14 May 2024") is the change's, never the item's: an entry showing only
that date has none; one showing both has its publication's."""

from __future__ import annotations

import pytest

from scraper.extract.dates import before_changes, parse_date
from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

_URL = "https://www.osce.org/it/sala-stampa/notizie"
_ENTRY = ("<div class='tile'><h2><a href='/it/odihr/{n}'>{title}</a></h2>"
          "<div class='byline'>{byline}</div>"
          "<p>Il documento raccoglie le buone pratiche di venti Stati partecipanti.</p>"
          "</div>")
_PUBLISHED = "<span class='pub'><span>pubblicato</span> {date} 11:30</span>"
_CHANGED = "<span class='mod'><span>ultima modifica</span> {date} 17:25</span>"


def _entries(bylines: list[str]) -> list[dict[str, object]]:
    body = "".join(_ENTRY.format(n=829160 + i, title=f"Notizia numero {i + 1} dell’ufficio",
                                 byline=b) for i, b in enumerate(bylines))
    doc = Document(url=_URL, text=f"<html lang='it'><body><main>{body}</main></body></html>")
    return ListingPage(doc).entries()


def test_an_entry_showing_only_its_last_change_has_no_date() -> None:
    entries = _entries([_PUBLISHED.format(date="09/10/2014"),
                        _CHANGED.format(date="16/10/2014"),
                        _PUBLISHED.format(date="02/10/2014") + " — "
                        + _CHANGED.format(date="03/10/2014")])
    assert [parse_date(e["issued_on"], "it") if e["issued_on"] else None  # type: ignore[arg-type]
            for e in entries] == ["2014-10-09", None, "2014-10-02"]


@pytest.mark.parametrize(("text", "kept"), [
    ("ultima modifica 16/10/2014 17:25", ""),
    ("pubblicato 02/10/2014 10:00 — ultima modifica 03/10/2014 09:12",
     "pubblicato 02/10/2014 10:00"),
    ("Posted 12 May 2024 | Updated 14 May 2024", "Posted 12 May 2024"),
    ("von webredaktion am 27.03.2006 16:05", "von webredaktion am 27.03.2006 16:05"),
])
def test_before_changes(text: str, kept: str) -> None:
    assert before_changes(text) == kept

"""A listing entry's date written after its publication label without a colon, in a
line of facts ("Pubblicato il 13 ottobre 2017 | Pubblicato da: …"): the label is no
part of the date, which is read from the words after it."""

from __future__ import annotations

import pytest

from scraper.extract.dates import parse_date
from scraper.extract.document import Document
from scraper.extract.pages.labelled_dates import labelled_date
from scraper.extract.pages.listing import ListingPage

_URL = "https://www.osce.org/it/press-releases"
_ENTRY = ("<div class='post'><h3><a href='/it/fom/{n}'>{title}</a></h3>"
          "<p>La Rappresentante ha incontrato i direttori delle testate nazionali.</p>"
          "<p class='meta'><i class='icon'></i> Pubblicato il {date}"
          " &nbsp;|&nbsp; Pubblicato da: <a href='/it/fom'>Rappresentante OSCE per la "
          "libertà dei media</a></p></div><hr>")


def test_a_date_after_its_label_in_a_line_of_facts_is_the_entrys() -> None:
    rows = [("12 ottobre 2017", "La Rappresentante accoglie la nuova legge"),
            ("9 ottobre 2017", "La Rappresentante visita Skopje")]
    body = "".join(_ENTRY.format(n=826300 + i, date=d, title=t)
                   for i, (d, t) in enumerate(rows))
    doc = Document(url=_URL, text=f"<html lang='it'><body><main>{body}</main></body></html>")
    entries = ListingPage(doc).entries()
    assert [parse_date(e["issued_on"], "it") for e in entries] == ["2017-10-12", "2017-10-09"]


@pytest.mark.parametrize(("text", "language", "date"), [
    ("Pubblicato il 13 ottobre 2017", "it", "13 ottobre 2017"),
    ("Published on 12 March 2005", "en", "12 March 2005"),
    ("Publié le : 3 mai 2011", "fr", "3 mai 2011"),
    # no label opens it, or more than a date follows the label
    ("Evento il 13 ottobre 2017", "it", None),
    ("Pubblicato il rapporto del 13 ottobre 2017 sulle elezioni", "it", None),
    ("Pubblicato da: Presidenza OSCE", "it", None),
])
def test_labelled_date(text: str, language: str, date: str | None) -> None:
    assert labelled_date(text, language) == date

"""A line that holds nothing but a link to a document is the item's attachment, not body
text, whatever its words say (no "(PDF, 240 KB)" needed): a line of a ``<br><br>`` run
(text in one element, a print view's or a blog script's) or a paragraph of its own; a
line with words beside the link stays text."""
from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/it/representative-on-freedom-of-media/822052"
_HEADLINE = "La Rappresentante presenta raccomandazioni sulla sicurezza delle giornaliste"
_P1 = ("VIENNA, 14 giugno 2023 – La Rappresentante OSCE per la libertà dei media ha "
       "presentato oggi una serie di raccomandazioni contro gli attacchi online.")
_P2 = ("Il documento sarà discusso a settembre in una riunione con i rappresentanti dei "
       "ministeri competenti e delle piattaforme digitali.")
_P3 = "Per ulteriori informazioni:<br>Ufficio della Rappresentante, Vienna"
_PDF = "https://www.osce.org/files/f/documents/7/3/822055.pdf"


def _record(line: str) -> dict[str, Any]:
    body = (f"<main><h1>{_HEADLINE}</h1><div class='content'>{_P1}<br><br>{_P2}<br><br>"
            f"{line}<br><br>{_P3}</div></main>")
    page = (f"<html lang='it'><head><title>{_HEADLINE}</title></head>"
            f"<body>{body}</body></html>")
    return extract(page.encode(), _URL, "news").records[0]


def test_a_br_run_line_of_only_a_document_link_is_no_body_text() -> None:
    rec = _record(f"<a href='{_PDF}'>Testo integrale delle raccomandazioni</a>")
    assert [b["text"] for b in rec["body_blocks"]] == [
        _P1, _P2, "Per ulteriori informazioni:\nUfficio della Rappresentante, Vienna"]
    assert rec["attachments"] == [{"url": _PDF,
                                   "title": "Testo integrale delle raccomandazioni"}]


def test_a_br_run_line_with_words_beside_a_document_link_stays() -> None:
    rec = _record(f"Il <a href='{_PDF}'>testo integrale</a> è disponibile in inglese.")
    assert "Il testo integrale è disponibile in inglese." in [
        b["text"] for b in rec["body_blocks"]]


def test_a_paragraph_of_only_a_document_link_is_no_body_text() -> None:
    # the contract's body row: "a line that holds nothing but a link to a document is
    # the item's attachment", its words naming no format or size
    body = (f"<main><h1>{_HEADLINE}</h1><div class='content'><p>{_P1}</p><p>{_P2}</p>"
            f"<p><a href='{_PDF}'>Scarica il rapporto</a></p></div></main>")
    page = (f"<html lang='it'><head><title>{_HEADLINE}</title></head>"
            f"<body>{body}</body></html>")
    rec = extract(page.encode(), _URL, "news").records[0]
    assert [b["text"] for b in rec["body_blocks"]] == [_P1, _P2]
    assert rec["attachments"] == [{"url": _PDF, "title": "Scarica il rapporto"}]

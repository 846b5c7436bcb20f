"""Table captions, screen-reader and lead class words.

A data table's ``<caption>`` is the table's caption, not article text (the contract
leaves captions out of the body; the rows stay); Government Site Builder's ``aural``
class keeps text for screen readers only; ``ingress`` (and ``preamble``) is the lead's
class word in Optimizely/EPiServer and Nordic templates (regeringen.se's ``p.ingress``).
"""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.visible import SCREEN_READER_ONLY, hidden_kind

_TEXT = ("The meeting brought together representatives of electoral bodies and civil "
         "society from across the region to discuss the new methodology in detail.")
_MORE = ("The handbook is available in English and Russian; a short version in German "
         "will follow early next year, together with a registration form.")


def _news(body: str, url: str = "https://www.osce.org/odihr/12345") -> dict[str, Any]:
    page = ("<html lang='en'><head><title>Handbook presented | OSCE</title></head><body>"
            f"<main><article><h1>Handbook presented</h1>{body}</article></main>"
            "</body></html>")
    records = extract(page.encode(), url, "news").records
    assert records
    return records[0]


def _table(caption_attrs: str = "") -> str:
    return (f"<div class='text'><p>{_TEXT}</p><table>"
            f"<caption{caption_attrs}>Dates of the regional seminars</caption>"
            "<thead><tr><th>Place</th><th>Period</th></tr></thead><tbody>"
            "<tr><td>Vienna</td><td>February 2020</td></tr>"
            "<tr><td>Tbilisi</td><td>April 2020</td></tr></tbody></table>"
            f"<p>{_MORE}</p></div>")


def test_a_visible_table_caption_is_not_body() -> None:
    record = _news(_table())
    blocks = [(b["type"], b["text"]) for b in record["body_blocks"]]
    assert ("paragraph", "Dates of the regional seminars") not in blocks
    assert "Dates of the regional seminars" not in record["body"]
    assert blocks[1:4] == [("table-row", "Place | Period"),
                           ("table-row", "Vienna | February 2020"),
                           ("table-row", "Tbilisi | April 2020")]


def test_gsb_aural_class_is_screen_reader_only() -> None:
    from lxml import html

    el = html.fromstring("<span class='aural'>Opens a new window</span>")
    assert hidden_kind(el) == SCREEN_READER_ONLY
    record = _news(f"<div class='text'><p>{_TEXT}<span class='aural'> Opens a new window"
                   f"</span></p><p>{_MORE}</p></div>")
    assert "Opens a new window" not in record["body"]


def test_ingress_class_marks_the_lead() -> None:
    lead = ("More than 60 women mediators met in Stockholm to discuss how peace processes "
            "can be made more inclusive.")
    record = _news("<div class='article__header'><p class='meta'>Press release</p></div>"
                   f"<div class='wrap'><p class='ingress'>{lead}</p>"
                   f"<div class='article__body'><p>{_TEXT}</p><p>{_MORE}</p></div></div>")
    assert record["summary"] == lead
    assert lead not in record["body"]

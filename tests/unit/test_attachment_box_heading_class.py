"""A box of files beside the text whose heading is drawn by Bootstrap's heading class
(``<div class="h5"><strong>Fichiers joints</strong></div>``, no heading element) says it
holds the item's documents like a heading element would: its links are attachments."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit


def _page(heading: str) -> NewsPage:
    html = ("<html lang='fr'><body><div class='row'><div class='col-md-18'>"
            "<div class='panel'><div class='panel-body'><h1>Discours d'ouverture</h1>"
            "<div class='bodytext'><p>BRATISLAVA, 5 décembre 2019 – Le ministre a ouvert la "
            "réunion du Conseil ministériel.</p><p>Il a appelé au dialogue entre les États "
            "participants.</p></div></div></div>"
            f"<div class='panel'><div class='panel-body'>{heading}"
            "<ul><li><a href='https://www.osce.org/files/f/documents/a/1/819032.pdf'>"
            "Texte intégral de l’allocution (PDF)</a></li></ul></div></div>"
            "</div></div></body></html>")
    return NewsPage(Document(url="https://www.osce.org/fr/chairmanship/819030", text=html))


def test_a_heading_drawn_by_a_heading_class_declares_the_files() -> None:
    page = _page("<div class='h5'><strong>Fichiers joints</strong></div>")
    assert page.attachments is not None
    assert page.attachments.value == [{
        "url": "https://www.osce.org/files/f/documents/a/1/819032.pdf",
        "title": "Texte intégral de l’allocution (PDF)"}]


def test_a_bold_line_without_a_heading_class_declares_nothing() -> None:
    page = _page("<div><strong>Fichiers joints</strong></div>")
    assert page.attachments is None

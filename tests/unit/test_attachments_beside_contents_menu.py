"""A box of files (its class or heading says so) in a column drawn as a menu whose other
links all lead to places on the page (the article's contents) holds the item's
attachments: the column is the article's own, no site menu."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="es"><head><title>Intervención | OSCE</title></head><body>
<section class="content"><div class="row">
<div class="col articleMenuCol"><div class="articleMenu">
<ul><li><a href="#s0">Resumen</a></li><li><a href="{other}">Texto</a></li></ul>
<div class="articleDownloads"><span>Textos y PDFs</span>
<a href="/files/f/documents/discurso.pdf">Discurso completo (PDF, 188 KB)</a></div>
</div></div>
<article id="articleText" class="col">
<h1>Intervención del Secretario General sobre juventud</h1>
<div id="s0"><p>El Secretario General pidió a los Estados participantes que incorporen a
los jóvenes como socios en las estrategias nacionales de prevención.</p>
<p>Los jóvenes no son solo destinatarios de programas: son quienes mejor conocen a sus
comunidades y pueden reconocer las señales de alerta.</p></div>
</article></div></section></body></html>"""


def _record(other: str) -> dict:
    page = _PAGE.format(other=other).encode()
    return extract(page, "https://www.osce.org/es/secretary-general/829327").records[0]


def test_files_beside_the_articles_contents_are_attachments() -> None:
    assert _record("#s1")["attachments"] == [
        {"url": "https://www.osce.org/files/f/documents/discurso.pdf",
         "title": "Discurso completo (PDF, 188 KB)"}]


def test_files_in_a_site_menu_are_none() -> None:
    assert _record("/es/newsroom")["attachments"] == []

"""A paragraph opening on a dateline, set on its own before the container holding the
rest of the text (a speech's "WIEN, 23. Juni 2009 – Rede des …" above the speech's
box), opens the body however short it is; an editorial note above it is cut alone."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_SPEECH = ("Herr Vorsitzender,<br>Exzellenzen,<br><br>"
           "es ist mir eine Ehre, Sie heute zur Konferenz in Wien begrüßen zu dürfen, die "
           "die politisch-militärische Dimension unserer Organisation prüft.<br><br>"
           "Die Ereignisse des vergangenen Jahres haben uns gezeigt, wie wichtig es ist, "
           "dass unsere Instrumente der Frühwarnung rasch und verlässlich greifen.<br><br>"
           "Das Wiener Dokument bleibt ein Eckpfeiler unserer gemeinsamen Sicherheit, doch "
           "es muss mit den militärischen Wirklichkeiten von heute Schritt halten.")


def _page(opening: str) -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/de/secretary-general/742318",
        text="<html lang='de'><body><div id='main'><h1>Eröffnungsrede des "
             "Generalsekretärs</h1><div class='content'>"
             "<p class='rteright'><em>Es gilt das gesprochene Wort</em></p>"
             f"{opening}<div class='speech'>{_SPEECH}</div></div></div></body></html>"))


def test_a_dateline_paragraph_opens_the_text() -> None:
    page = _page("<p><strong>WIEN, 23. Juni 2009</strong> – Rede des Generalsekretärs "
                 "zur Eröffnung der Konferenz</p>")
    assert page.body_blocks is not None
    blocks = [b["text"] for b in page.body_blocks.value]
    assert blocks[0] == ("WIEN, 23. Juni 2009 – Rede des Generalsekretärs zur Eröffnung "
                         "der Konferenz")
    assert not any("gesprochene" in t for t in blocks)
    assert page.dateline is not None
    assert page.dateline.value == {"place": "WIEN", "date": "23. Juni 2009"}


def test_a_short_paragraph_without_a_dateline_stays_out() -> None:
    page = _page("<p>Rede des Generalsekretärs zur Eröffnung der Konferenz</p>")
    assert page.body_blocks is not None
    assert page.body_blocks.value[0]["text"].startswith("Herr Vorsitzender,")
    assert page.dateline is None

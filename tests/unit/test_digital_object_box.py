"""An archive catalogue's "Digital object" box beside the record's description (AtoM's
sidebar widget) holds the item's own file: its link is the item's attachment, as a
box headed "Attachments" is; a side box headed otherwise gives none."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_ARTICLE = ("<div id='main-column'><h1>Opening address of the Chairperson-in-Office</h1>"
            "<div class='field'><h3>Scope and content</h3><div>The Chairperson welcomed "
            "the ministers to the twenty-sixth Ministerial Council.<br><br>He called on "
            "them to show a spirit of compromise over the two days.</div></div></div>")


def _attachments(heading: str) -> list[dict[str, str | None]]:
    side = (f"<div id='sidebar'><section class='sidebar-widget'><h4>{heading}</h4>"
            "<div class='reference'><a href='/files/f/documents/3/0/807233.pdf'>"
            "Full text of the address (PDF, 220 KB)</a></div></section></div>")
    doc = Document(url="https://www.osce.org/fr/chairmanship/807230",
                   text="<html lang='fr'><body><div class='row'>"
                        f"<div class='span3'>{side}</div>"
                        f"<div class='span9'>{_ARTICLE}</div></div></body></html>")
    found = NewsPage(doc).attachments
    return found.value if found else []


@pytest.mark.parametrize("heading", ["Objet numérique", "Digital object", "Obiekt cyfrowy"])
def test_a_digital_object_box_holds_the_items_file(heading: str) -> None:
    assert _attachments(heading) == [
        {"url": "https://www.osce.org/files/f/documents/3/0/807233.pdf",
         "title": "Full text of the address (PDF, 220 KB)"}]


def test_a_side_box_headed_otherwise_gives_none() -> None:
    assert _attachments("Publications récentes") == []

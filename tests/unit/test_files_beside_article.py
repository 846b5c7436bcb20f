"""A box of document links beside the article (a portal's side pane next to the column
holding it), headed "Documents" in the page's language and linking to documents only,
holds the item's attachments; a side box of other links, or one headed otherwise, no."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_ARTICLE = ("<article><h1>Journalists trained in digital safety</h1>"
            "<div class='body'><p>The Programme Office held a three-day seminar on digital "
            "safety for twenty-four journalists and bloggers from five regions.</p>"
            "<p>Participants learned to protect their accounts and devices, to store "
            "material and sources safely and to recognise phishing.</p></div></article>")


def _attachments(side: str) -> list[dict[str, str | None]]:
    doc = Document(url="https://www.osce.org/ru/office/594263",
                   text="<html lang='ru'><body><div class='row'>"
                        f"<div class='col-md-9'>{_ARTICLE}</div>"
                        f"<div class='col-md-3'>{side}</div></div></body></html>")
    found = NewsPage(doc).attachments
    return found.value if found else []


@pytest.mark.parametrize("heading", ["Документы", "Documents", "Attachments:", "Dokumente"])
def test_a_documents_box_beside_the_article_is_its_attachments(heading: str) -> None:
    side = (f"<div class='module'><h2>{heading}</h2><ul><li><a href='/files/f/8/1/594270.pdf'>"
            "Guide</a> <span>(PDF, 2 MB)</span></li></ul></div>")
    assert _attachments(side) == [
        {"url": "https://www.osce.org/files/f/8/1/594270.pdf", "title": "Guide"}]


@pytest.mark.parametrize("side", [
    # headed otherwise: a side box of publications, no attachment of the item
    ("<div class='module'><h2>Latest publications</h2><ul><li>"
     "<a href='/files/f/1/1.pdf'>Annual report</a></li></ul></div>"),
    # headed "Documents" but also linking to pages: a menu of the site's sections
    ("<div class='module'><h2>Documents</h2><ul><li><a href='/files/f/1/1.pdf'>Guide</a></li>"
     "<li><a href='/ru/documents'>All documents</a></li></ul></div>"),
])
def test_other_side_boxes_give_no_attachment(side: str) -> None:
    assert _attachments(side) == []

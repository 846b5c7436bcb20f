"""A portal's portlet title over nested boxes adding no words is the type label; a
document library's file address (``report.pdf/<id>``) is a document; a "featured"
flag closing the headline is decoration, no part of the title."""
from __future__ import annotations

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/de/secretary-general/760750"
_HEADLINE = "Generalsekretär eröffnet das Forum über gute Regierungsführung"
_TEXT = ("Der Generalsekretär eröffnete heute in Prag die abschließende Sitzung des Forums "
         "und dankte dem Vorsitz für die sorgfältige Vorbereitung der Beratungen.")


def _record(content: str, title: str = _HEADLINE) -> dict:
    page = (f"<html lang='de'><head><title>{title} - OSZE</title></head><body>"
            f"<div id='content'>{content}</div></body></html>")
    return extract(page.encode(), _URL).records[0]


def _portlet(article: str) -> str:
    return ("<section class='portlet'><div class='portlet-content'>"
            "<div class='portlet-header'><h2 class='portlet-title-text'>Rede</h2></div>"
            "<div class='portlet-content-container'><div class='portlet-body'>"
            "<div class='tools'></div>"
            f"<div class='journal-content-article'>{article}</div>"
            "</div></div></div></section>")


def test_a_portlet_title_over_wrappers_adding_no_words_is_the_type() -> None:
    article = f"<h1>{_HEADLINE}</h1><p>{_TEXT}</p><p>{_TEXT}</p>"
    assert _record(_portlet(article))["content_type"] == "Rede"


@pytest.mark.parametrize(("url", "is_doc"), [
    ("https://www.osce.org/documents/20142/0/rede.pdf/3f1c2d8e-5a7b-4c90-b1e2-7d6f0a9c4e21",
     True),
    ("https://www.osce.org/documents/20142/0/bericht.docx/41230", True),
    ("https://www.osce.org/documents/20142/0/foto.jpg/3f1c2d8e-5a7b-4c90-b1e2-7d6f0a9c4e21",
     False),
    ("https://www.osce.org/de/reports/pdf/760750", False),
])
def test_a_file_name_then_an_id_segment_is_a_document(url: str, is_doc: bool) -> None:
    assert urls.is_document(url) is is_doc


def test_a_library_file_link_in_the_text_is_an_attachment() -> None:
    href = "/documents/20142/0/rede-prag.pdf/3f1c2d8e-5a7b-4c90-b1e2-7d6f0a9c4e21"
    article = (f"<h1>{_HEADLINE}</h1><div class='text'><p>{_TEXT}</p><p>{_TEXT} Prag.</p>"
               f"<p><a href='{href}'>Rede als PDF (87 KB)</a></p></div>")
    record = _record(_portlet(article))
    assert record["attachments"] == [
        {"url": "https://www.osce.org" + href, "title": "Rede als PDF (87 KB)"}]
    assert "Rede als PDF" not in (record["body"] or "")


def test_a_featured_flag_closing_the_headline_is_left_out() -> None:
    heading = (f"<h2 class='itemTitle'>{_HEADLINE} <!-- flag --><span><sup>Empfohlen</sup>"
               "</span></h2>")
    record = _record(f"<div class='item'>{heading}<div class='text'><p>{_TEXT}</p>"
                     f"<p>{_TEXT}</p></div></div>")
    assert record["title"] == _HEADLINE


def test_a_heading_closing_on_an_ordinary_word_keeps_it() -> None:
    heading = f"<h2>{_HEADLINE} <span><sup>Prag</sup></span></h2>"
    record = _record(f"<div class='item'>{heading}<div class='text'><p>{_TEXT}</p>"
                     f"<p>{_TEXT}</p></div></div>", title=_HEADLINE + " Prag")
    assert record["title"] == _HEADLINE + " Prag"

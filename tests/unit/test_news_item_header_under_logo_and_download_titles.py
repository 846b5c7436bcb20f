"""Facts of a news item that page designs showed (Joomla 2.5 with K2): the site logo is
the page's ``<h1>`` and the item's header (date, then an ``<h2>`` headline) is a box
whose class calls it the item's; the date is an inline span a class names; an
attachment's address hides the file, its link's title or ``download`` attribute says it."""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import in_chrome
from tests.pages import news_record

TEXT = ("<p>Twenty-one border officers from Central Asia and Afghanistan completed a "
        "three-week leadership course at the Border Management Staff College.</p>"
        "<p>The course covered strategic planning, human resources management and the "
        "co-operation between neighbouring border services.</p>"
        "<p>Graduates will pass on what they learned to colleagues in their services.</p>")
LOGO = "<div id='header'><h1 id='logo'><a href='/'>OSCE</a></h1></div>"


def _news(body: str) -> Any:
    return news_record(body, "https://www.osce.org/secretariat/1001")


def test_an_item_header_under_a_logo_h1_is_no_site_chrome() -> None:
    doc_record = _news(LOGO + "<div class='itemHeader'><span class='itemDateCreated'>"
                       "Monday, 14 May 2012 11:20</span><h2 class='itemTitle'>Border officers "
                       "complete leadership course</h2></div>" + TEXT)
    assert doc_record["issued_on"] == "2012-05-14"


def test_a_header_box_without_a_headline_stays_chrome() -> None:
    from scraper.extract.document import Document
    doc = Document(url="https://www.osce.org/x/1", text=(
        "<html><body><div class='itemHeader'><span>Monday, 14 May 2012</span></div>"
        "<h2>Elsewhere</h2></body></html>"))
    span = doc.root.xpath("//span")[0]
    assert in_chrome(span)


def test_a_date_in_an_inline_span_its_class_names_is_the_items() -> None:
    record = _news("<h1>Border officers complete leadership course</h1>"
                   "<div class='meta'><span class='created-date'>14 May 2012</span></div>"
                   + TEXT)
    assert record["issued_on"] == "2012-05-14"


def test_a_download_link_whose_title_names_a_document_is_an_attachment() -> None:
    record = _news("<h1>Border officers complete leadership course</h1>" + TEXT +
                   "<p><a title='Final_report_2012.pdf' href='/item/download/412_7f3c2a'>"
                   "Final report</a></p><p><a download href='/get/413'>Course programme</a>"
                   "</p><p><a title='About us' href='/about/team'>Our team</a></p>")
    assert record["attachments"] == [
        {"url": "https://www.osce.org/item/download/412_7f3c2a", "title": "Final report"},
        {"url": "https://www.osce.org/get/413", "title": "Course programme"}]

"""A news page with no headline element (Wiki.js draws its header from the page's
properties): the known type name right above the first label is the type, and the
first paragraph the description repeats is the lead, left out of the body.  A heading
linking to itself (``toc-header``, ``toc-anchor``) is a section of the text."""

from __future__ import annotations

from lxml import html

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage
from scraper.extract.structure import is_chrome_element, is_widget

_LEAD = "More than 40 journalists from front-line regions completed a two-day safety course."


def _page(description: str) -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/support-programme-for-ukraine/597164",
        text="<html lang='en'><head><title>OSCE Support Programme trains more than 40 "
             "regional journalists to work safely | OSCE</title>"
             f"<meta name='description' content='{description}'>"
             "<meta property='og:title' content='OSCE Support Programme trains more than "
             "40 regional journalists to work safely'></head><body><div id='root'>"
             "<page><template slot='contents'><div>"
             "<p class='osce-type'><em>News</em></p><ul>"
             "<li><strong>Published:</strong> 14 March 2025</li>"
             "<li><strong>Issued by:</strong> <a href='/support-programme-for-ukraine'>"
             "OSCE Support Programme for Ukraine</a></li></ul><hr>"
             f"<p>{_LEAD}</p><p>The training, held on 11 and 12 March 2025, combined "
             "first aid, planning of trips to dangerous areas and protection of accounts "
             "and sources.</p><h2 class='toc-header' id='programme'><a href='#programme' "
             "class='toc-anchor'>¶</a> Programme</h2><p>Participants received protective "
             "equipment after the course, and their newsrooms will get advice.</p>"
             "<h2 class='toc-header' id='kit'><a href='#kit' class='toc-anchor'>¶</a> "
             "Equipment</h2><p>The event is part of a long-term project on the safety of "
             "journalists funded by several participating States.</p>"
             "</div></template></page></div></body></html>"))


def test_type_line_above_labels() -> None:
    page = _page(_LEAD)
    assert page.title_el is None
    found = page.content_type
    assert found is not None
    assert found.value == "News"


def test_described_first_paragraph_is_the_lead() -> None:
    page = _page(_LEAD)
    summary = page.summary
    assert summary is not None
    assert summary.value == _LEAD
    body = page.body
    assert body is not None
    assert not body.value.startswith(_LEAD)


def test_undescribed_first_paragraph_stays_text() -> None:
    page = _page("Another description altogether.")
    assert page.summary is None
    body = page.body
    assert body is not None
    assert body.value.startswith(_LEAD)


def test_self_anchored_heading_is_text() -> None:
    heading = html.fragment_fromstring(
        "<div><h2 class='toc-header' id='x'><a href='#x' class='toc-anchor'>¶</a> Part"
        "</h2><h2 class='toc-header'>Contents</h2></div>")
    anchored, plain = heading
    assert not is_chrome_element(anchored)
    assert not is_widget(anchored)
    assert is_widget(plain)
    body = _page(_LEAD).body
    assert body is not None
    assert "Programme" in body.value

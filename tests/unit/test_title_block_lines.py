"""A static generator's title block and a Markdown site's article furniture:

- a ``<header>`` holding the headline and no link is the item's title block, not the
  site's header: its line that is a known type label is the type, its line that is a
  known structure's name is the issuer (neither lead nor body);
- a data table's row of column heads (``<tr class="header">``) is a row of the table;
- "Share:" and its links is the share row, whatever the links are named;
- a box opened by a related widget's heading ("Related stories") lists other items:
  a document in it is no attachment.
"""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/secretariat/7001"
_P1 = "VIENNA, 3 May 2021 – Experts from twelve participating States met to discuss water."
_P2 = "The meeting was the third of its kind and the first held in person since 2019."
_P3 = "Participants agreed to meet again next year in Tashkent, with a wider agenda."

_PANDOC = ("<html lang='en'><body>"
           "<div class='banner'><p><a href='/'>OSCE</a> · <a href='/reports'>All reports</a>"
           "</p></div>"
           "<header id='title-block-header'><h1 class='title'>Talks on water resources</h1>"
           "<p class='subtitle'>Press release</p><p class='author'>OSCE Secretariat</p>"
           "<p class='date'>3 May 2021</p></header>"
           f"<p>{_P1}</p><p>{_P2}</p>"
           "<table><thead><tr class='header'><th>Region</th><th>Visits</th></tr></thead>"
           "<tbody><tr class='odd'><td>North</td><td>12</td></tr></tbody></table>"
           f"<p>{_P3}</p></body></html>")


def _record(page: str) -> dict:
    return extract(page.encode(), _URL).records[0]


def test_a_title_block_gives_the_type_and_the_issuer() -> None:
    record = _record(_PANDOC)
    assert record["content_type"] == "Press release"
    assert record["issued_by"] == ["OSCE Secretariat"]
    assert record["summary"] is None


def test_a_title_block_line_is_no_body_and_a_head_row_is_a_table_row() -> None:
    record = _record(_PANDOC)
    assert [b["text"] for b in record["body_blocks"]] == [
        _P1, _P2, "Region | Visits", "North | 12", _P3]


_DOCZ = ("<html lang='en'><body><main><h1>Talks on water resources</h1>"
         f"<p>{_P1}</p><p>{_P2}</p>"
         "<p>See the <a href='/files/f/documents/1/2/7002.pdf'>factsheet</a>.</p>"
         "<div class='css-g7qfx8r'><span>Share:</span> "
         "<a href='https://twitter.com/intent/tweet?url=x'>Twitter</a> "
         "<a href='mailto:?body=x'>E-mail</a></div>"
         "<div data-testid='box' class='css-40kh7bk'><h4>Related stories</h4><ul>"
         "<li><a href='/secretariat/6990'>Earlier talks on water</a></li>"
         "<li><a href='/files/f/documents/1/1/6991.pdf'>Annual report 2019 (PDF)</a></li>"
         "</ul></div></main></body></html>")


def test_a_share_label_and_its_links_are_no_paragraph() -> None:
    texts = [b["text"] for b in _record(_DOCZ)["body_blocks"]]
    assert texts == [_P1, _P2, "See the factsheet."]


def test_a_document_in_a_related_stories_box_is_no_attachment() -> None:
    assert _record(_DOCZ)["attachments"] == [
        {"url": "https://www.osce.org/files/f/documents/1/2/7002.pdf", "title": "factsheet"}]


def test_a_box_titled_as_documents_still_gives_its_files() -> None:
    page = _DOCZ.replace("<h4>Related stories</h4>", "<h4>Related documents</h4>")
    assert len(_record(page)["attachments"]) == 2


def test_a_structure_name_line_under_the_headline_is_the_issuer() -> None:
    page = ("<html lang='en'><body><main><h1>Talks on water resources</h1>"
            f"<p>OSCE Secretariat</p><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></main></body></html>")
    record = _record(page)
    assert record["issued_by"] == ["OSCE Secretariat"]
    assert [b["text"] for b in record["body_blocks"]] == [_P1, _P2, _P3]

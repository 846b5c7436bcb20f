"""A "similar articles" heading opens a related box (Jetpack's "Articles similaires");
a row of bold words in ``td`` cells over a data table's rows is its column heads, even
classed a "header" or worded like a label ("Topic"); a box headed as holding documents
("Dokumenty do pobrania") gives its download handler's link
(``/LinkClick.aspx?fileticket=…``) as an attachment.  Seen in hold-out sets 206 and 208."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pages import news_record

pytestmark = pytest.mark.unit

TEXT = ("<p>Twenty prosecutors from eight States spent two days in Skopje comparing how "
        "their courts weigh a motive of hatred when they pass sentence.</p>"
        "<p>The organizers will publish a short guide for trainers before the winter.</p>")


def _news(html: str, lang: str = "en") -> Any:
    return news_record(html, "https://www.osce.org/odihr/1001", lang)


@pytest.mark.parametrize(("lang", "heading"), [
    ("fr", "Articles similaires"), ("en", "Similar posts"), ("it", "Articoli simili"),
    ("es", "Artículos similares"), ("de", "Ähnliche Artikel"), ("ru", "Похожие статьи"),
    ("uk", "Схожі статті"), ("pl", "Podobne artykuły"),
])
def test_a_similar_articles_heading_ends_the_body(lang: str, heading: str) -> None:
    box = (f"<div class='relbox'><h3><em>{heading}</em></h3>"
           "<p><a href='/odihr/999'>Judges meet in Vienna</a></p><p>27 June 2016</p></div>")
    record = _news(f"<main><article><h1>Judges receive a handbook</h1>{TEXT}{box}"
                   "</article></main>", lang)
    assert record["body"].endswith("before the winter.")
    assert "27 June 2016" not in record["body"]


@pytest.mark.parametrize(("row_class", "heads"), [
    ("gridHeader", ("Session", "Subject", "Day")),    # a "header" class
    ("", ("Session", "Topic", "Day")),                  # a label word ("Topic")
])
def test_bold_cells_over_a_tables_rows_are_its_column_heads(
        row_class: str, heads: tuple[str, ...]) -> None:
    cells = "".join(f"<td><strong>{h}</strong></td>" for h in heads)
    table = (f"<table class='grid'><tr class='{row_class}'>{cells}</tr>"
             "<tr><td>Session 1</td><td>Democratic institutions</td><td>24 September</td></tr>"
             "<tr><td>Session 2</td><td>Tolerance</td><td>25 September</td></tr></table>")
    # no <article> nor <main> around: a portal's module (a site header's row would be
    # chrome there)
    record = _news("<div class='page'><h1>Judges receive a handbook</h1><div class='text'>"
                   "Twenty prosecutors from eight States spent two days in Skopje comparing "
                   f"how their courts weigh a motive of hatred.<br><br>{table}<br>"
                   "The organizers will publish a short guide before the winter.<br><br>"
                   "The guide will be printed in four languages and sent to every court of "
                   "the region before the next session opens.</div></div>")
    rows = [b["text"] for b in record["body_blocks"] if b["type"] == "table-row"]
    assert rows[0] == " | ".join(heads)
    assert len(rows) == 3


_ARTICLE = ("<div class='row'><div class='col-main'><article><h1>Director opens the "
            f"meeting</h1><div class='text'>{TEXT}</div></article></div>"
            "<div class='col-side'>{side}</div></div>")


def _attachments(side: str) -> list[dict[str, Any]]:
    record = _news(f"<main>{_ARTICLE.format(side=side)}</main>", "pl")
    return record["attachments"]


def test_a_download_handler_in_a_documents_box_is_an_attachment() -> None:
    side = ("<div class='module'><h2><span>Dokumenty do pobrania</span></h2><table>"
            "<tr><td>Tytuł</td><td>Rozmiar (KB)</td></tr>"
            "<tr><td><a href='/LinkClick.aspx?fileticket=Qm3x%3d&amp;tabid=4'>Pełny tekst</a>"
            "</td><td>86,4</td></tr>"
            "<tr><td><a href='/files/f/documents/4/2/1.pdf'>Porządek obrad</a></td>"
            "<td>212,0</td></tr></table></div>")
    assert _attachments(side) == [
        {"url": "https://www.osce.org/LinkClick.aspx?fileticket=Qm3x%3d&tabid=4",
         "title": "Pełny tekst"},
        {"url": "https://www.osce.org/files/f/documents/4/2/1.pdf", "title": "Porządek obrad"}]


def test_a_handler_link_in_a_box_headed_otherwise_is_none() -> None:
    side = ("<div class='module'><h2>Polecamy</h2><ul><li>"
            "<a href='/LinkClick.aspx?link=412&amp;tabid=4'>Raport roczny</a></li></ul></div>")
    assert _attachments(side) == []

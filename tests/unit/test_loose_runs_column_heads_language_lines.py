"""Old templates' text as a reader sees it: a paragraph that opens in a ``<b>`` after a
``<br><br>`` stands where its words do; loose words in a ``<font>`` wrapping the text
are the text's; a word over a table's last column is no label; a line of links named
by their languages is the switcher; Phorum's comma-parted query serves a file."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_P1 = ("VIENNA, 14 May 2008 – The OSCE Mission today handed over a revised curriculum to "
       "the Police Academy, completing a two-year project on basic training.")
_P2 = ("The curriculum introduces 120 hours of practical modules on problem-solving "
       "policing and communication with citizens across the municipalities.")
_P3 = ("Since 2006 the Mission has helped train 46 Academy instructors, who will teach the "
       "new modules to the next class of cadets from September onwards.")


def _page(body: str, lang: str = "en", title: str = "X") -> NewsPage:
    return NewsPage(Document(url="https://www.osce.org/skopje/810101",
                             text=f"<html lang='{lang}'><head><title>{title}</title></head>"
                                  f"<body>{body}</body></html>"))


def _blocks(page: NewsPage) -> list[dict[str, Any]]:
    found = page.body_blocks
    return found.value if found else []


def test_a_bold_paragraph_after_a_double_break_stays_in_the_text() -> None:
    bold = "The handover marks the end of the Mission's direct role in basic training."
    page = _page("<h1>Mission hands over curriculum</h1><div class='post'>"
                 "<dl><dt>Issued by:</dt><dd>OSCE Mission to Skopje</dd></dl>"
                 f"{_P1}<br><br>{_P2}<br><br><b>{bold}</b><br><br>{_P3}</div>")
    assert [b["text"] for b in _blocks(page)] == [_P1, _P2, bold, _P3]


def test_a_bold_lead_above_the_labels_in_a_cell_of_runs_is_the_summary() -> None:
    lead = ("Some 40 long-term observers from 28 participating States completed a "
            "three-day preparatory seminar in Warsaw this week.")
    page = _page("<table><tr><td><span class='hl'>ODIHR trains observers</span><br>"
                 "<span>written by editor on 15.10.2004</span><br><br>"
                 f"<b>{lead}</b><br><br>"
                 "<table><tr><td><b>Issued by:</b></td><td>ODIHR</td></tr>"
                 "<tr><td><b>Published:</b></td><td>15.10.2004</td></tr></table>"
                 f"<hr>{_P1}<br><br>{_P2}<br><br>{_P3}</td></tr></table>",
                 title="ODIHR trains observers")
    assert page.summary is not None
    assert page.summary.value == lead


def test_loose_words_in_a_font_wrapping_the_text_are_the_texts() -> None:
    loose = "“An independent court is the best guarantee of press freedom,” said the Head."
    page = _page("<table><tr><td><h2>Seminar for judges</h2><font face='Verdana'>"
                 f"<p>{_P1}</p><p>{_P2}</p><table border='1'><tr><th>Day</th><th>Topic</th></tr>"
                 "<tr><td>13 November</td><td>Standards</td></tr></table><br>"
                 f"{loose}<p>{_P3}</p></font></td></tr></table>")
    texts = [b["text"] for b in _blocks(page)]
    assert texts == [_P1, _P2, "Day | Topic", "13 November | Standards", loose, _P3]


def test_a_word_over_a_tables_last_column_is_no_label() -> None:
    page = _page("<h1>Observation mission opened</h1><dl><dt>Type :</dt>"
                 "<dd>Communiqué de presse</dd></dl>"
                 f"<div><p>{_P1}</p><h2>Calendrier</h2><table border=1>"
                 "<tr><td>Étape</td><td>Date</td></tr>"
                 "<tr><td>Ouverture</td><td>20 mai 2004</td></tr>"
                 f"<tr><td>Premier tour</td><td>13 juin 2004</td></tr></table><p>{_P2}</p></div>",
                 lang="fr")
    assert {"type": "table-row", "text": "Étape | Date"} in _blocks(page)


def test_a_line_of_links_named_by_their_languages_is_no_text() -> None:
    page = _page("<table><tr><td><span class='hl'>ODIHR trains observers</span><br><br>"
                 f"{_P1}<br><br>{_P2}<br><br>{_P3}<br><br>"
                 "<span>Also available in: <a href='/item/1.html'>Deutsch</a> | "
                 "<a href='/ru/item/2.html'>Русский</a></span></td></tr></table>",
                 title="ODIHR trains observers")
    assert [b["text"] for b in _blocks(page)] == [_P1, _P2, _P3]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/forum/file.php?3,file=412,filename=curriculum.pdf", True),
    ("https://www.osce.org/forum/read.php?3,810101,810101", False),
])
def test_phorums_comma_parted_query_naming_a_file_serves_it(url: str, expected: bool) -> None:
    assert urls.is_document(url) is expected

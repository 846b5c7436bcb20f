"""Hold-out set 140-144 fixes, each a general rule:

- a class that switches a part off ("sidebar-none", "sidebar-divider-off") says the page
  lacks it: the box wearing it is no sidebar;
- a picture's box holding its caption and, on a line of its own, its credit ("© …") is a
  figure: neither line is body;
- an author's avatar beside the byline (its ``<time>``, its ``rel="author"``) is no
  figure: the date it shows stays readable;
- a paragraph that is one document's link, whose words end in the file's facts in
  brackets ("Final report (PDF, 1.2 MB)"), is the document's link, no body text;
- a box holding the article is no share box, whatever its class says of a part of it;
- a note a reference mark in the text links to is body text, even set after the
  article's container.
"""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.classes import class_tokens
from scraper.extract.extraction import extract
from scraper.extract.figures import is_figure_box

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/secretariat/1"
_P1 = "VIENNA, 3 May 2021 – Experts from twelve participating States met to discuss water."
_P2 = "The meeting was the third of its kind and the first held in person since 2019."
_P3 = "Participants agreed to meet again next year in Tashkent, with a wider agenda."


def _record(page: str) -> dict:
    return extract(page.encode(), _URL).records[0]


def _texts(record: dict) -> list[str]:
    return [b["text"] for b in record["body_blocks"]]


# ------------------------------------------------------------------ switched-off parts
@pytest.mark.parametrize("klass", ["sidebar-none", "sidebar-divider-off"])
def test_a_switched_off_part_names_no_part(klass: str) -> None:
    assert "sidebar" not in class_tokens(html.fragment_fromstring(f"<div class='{klass}'/>"))


def test_a_box_without_sidebar_holds_the_text() -> None:
    # the headline in a title bar above the main box, as The7 sets it
    page = ("<html lang='en'><body><div class='page-title'><h1>Talks on water</h1></div>"
            "<div id='main' class='sidebar-none'><article><div class='text'>"
            f"<strong>VIENNA, 3 May 2021</strong> – {_P1[20:]}<br><br>{_P2}<br><br>{_P3}"
            "</div></article></div></body></html>")
    record = _record(page)
    assert _texts(record) == [_P1, _P2, _P3]
    assert record["dateline"] == {"place": "VIENNA", "date": "2021-05-03"}


# ------------------------------------------------------------------ figures and bylines
def test_a_caption_and_its_credit_line_make_a_figure() -> None:
    box = html.fragment_fromstring(
        "<div><img src='a.jpg'><p>The Chairperson at the Permanent Council, Vienna</p>"
        "<p>© OSCE/Jane Doe</p></div>")
    assert is_figure_box(box)


def test_two_lines_of_words_beside_a_picture_are_still_text() -> None:
    box = html.fragment_fromstring(
        "<div><img src='a.jpg'><p>One line.</p><p>Another line.</p></div>")
    assert not is_figure_box(box)


def test_a_caption_with_its_credit_is_no_body() -> None:
    page = ("<html lang='en'><body><article><h1>Talks on water</h1><div class='text'>"
            f"<p>{_P1}</p><div class='pic'><img src='a.jpg'>"
            "<p class='legend'>The Chairperson at the Permanent Council, Vienna</p>"
            "<p class='rights'>© OSCE/Jane Doe</p></div>"
            f"<p>{_P2}</p><p>{_P3}</p></div></article></body></html>")
    assert _texts(_record(page)) == [_P1, _P2, _P3]


def test_an_avatar_beside_the_byline_is_no_figure() -> None:
    box = html.fragment_fromstring(
        "<div><div class='thumb'><img src='avatar.png'></div><div class='text'>"
        "<div><p>Published</p> <time datetime='2020-10-11'>12 October 2020</time></div>"
        "</div></div>")
    assert not is_figure_box(box)


def test_the_shown_date_beside_an_avatar_beats_a_utc_stamp() -> None:
    page = ("<html lang='en'><head>"
            "<meta property='article:published_time' content='2020-10-11T22:30:00+00:00'>"
            "</head><body><article><h1>Talks on water</h1>"
            "<div class='author'><div class='thumb'><img src='avatar.png'></div>"
            "<div class='info'><div><p>Posted</p> <span>4 years ago</span> <p>on</p> "
            "<time datetime='2020-10-11'>"
            "12 October 2020</time></div><div><p>By</p> <a rel='author' href='/a'>Press"
            f"</a></div></div></div><div class='text'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
            "</div></article></body></html>")
    assert _record(page)["issued_on"] == "2020-10-12"


# ------------------------------------------------------------------ documents
def test_a_paragraph_that_is_a_documents_link_with_its_facts_is_no_body() -> None:
    page = ("<html lang='en'><body><article><h1>Talks on water</h1><div class='text'>"
            f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
            "<p><a href='/files/report.pdf'>Final report of the meeting (PDF, 1.2 MB)</a></p>"
            "</div></article></body></html>")
    record = _record(page)
    assert _texts(record) == [_P1, _P2, _P3]
    assert record["attachments"] == [{"url": "https://www.osce.org/files/report.pdf",
                                      "title": "Final report of the meeting (PDF, 1.2 MB)"}]


def test_a_box_holding_the_article_is_no_share_box() -> None:
    page = ("<html lang='en'><body><div class='post share-simple'><h1>Talks on water</h1>"
            f"<div class='text'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
            "<div class='column'><a class='button' href='/files/report.pdf'>"
            "<span>Final report</span></a></div>"
            "<div class='share'><a href='https://facebook.com/share?u=/files/x.pdf'>f</a>"
            "</div></div></body></html>")
    assert _record(page)["attachments"] == [
        {"url": "https://www.osce.org/files/report.pdf", "title": "Final report"}]


# ------------------------------------------------------------------ notes
def test_a_note_moved_after_the_article_is_body() -> None:
    note = "1 Ministerial Council Decision No. 5/21, Stockholm, 3 December 2021."
    page = ("<html lang='en'><body><main><h1>Talks on water</h1><article>"
            f"<p>{_P1}</p><p>{_P2[:-1]}<sup><a href='#fn-1' id='ref-1'>1</a></sup>.</p>"
            f"<p>{_P3}</p></article>"
            "<div id='notes'><p id='fn-1'><a href='#ref-1'>1</a> Ministerial Council "
            "Decision No. 5/21, Stockholm, 3 December 2021.</p></div>"
            "<p><a href='#top'>1</a></p></main></body></html>")
    assert _texts(_record(page)) == [_P1, _P2[:-1] + "1.", _P3, note]

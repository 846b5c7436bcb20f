"""News mechanisms: an ``aria-hidden`` separator parts the words around it; a box
named "Related topics" for screen readers only is a side box; "Other news" ends the
text; a blog's name before the headline in ``<title>``; a weblog's day header above
the headline dates the entry."""
from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.news.title_parts import title_ends

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/secretariat/591777"
_HEADLINE = "Secretary General opens the annual conference of border focal points"
_P1 = ("The OSCE Secretary General today opened the annual conference of the national "
       "focal points for border security and management in Vienna, calling for closer "
       "co-operation along the external borders of Central Asia.")
_P2 = ("Participants discussed risk analysis, the exchange of information between border "
       "agencies and the training of border guards in the detection of forged documents.")


def _record(body: str, title: str = f"{_HEADLINE} | OSCE", url: str = _URL) -> dict[str, Any]:
    page = (f"<html lang='en'><head><title>{title}</title></head><body>{body}</body></html>")
    return extract(page.encode(), url, "news").records[0]


def _blocks(rec: dict[str, Any]) -> list[str]:
    return [b["text"] for b in rec["body_blocks"]]


# ------------------------------------------------- an aria-hidden separator between words
def test_an_aria_hidden_separator_parts_a_bylines_dates() -> None:
    byline = ("<div class='meta'><time datetime='2023-06-15'>15 June 2023</time><span "
              "aria-hidden='true'> • </span><span>Updated <time datetime='2023-06-16'>16 "
              "June 2023</time></span></div>")
    rec = _record(f"<main><article><h1>{_HEADLINE}</h1>{byline}<p>{_P1}</p><p>{_P2}</p>"
                  "</article></main>")
    assert _blocks(rec) == [_P1, _P2]     # glued, "15 June 2023Updated …" was body
    assert rec["issued_on"] == "2023-06-15"


# ------------------------------------------ a box named for screen readers as a side box
def test_a_box_named_related_topics_for_screen_readers_is_no_body() -> None:
    topics = ("<section role='region' aria-labelledby='rt'><h2 id='rt' "
              "class='visually-hidden'>Related topics</h2><ul role='list'>"
              "<li><a href='https://www.osce.org/elections'>Elections</a></li>"
              "<li><a href='https://www.osce.org/gender-equality'>Gender equality</a></li>"
              "<li><a href='https://www.osce.org/moldova'>Moldova</a></li></ul></section>")
    rec = _record(f"<main><article><h1>{_HEADLINE}</h1><p>{_P1}</p><p>{_P2}</p>{topics}"
                  "</article></main>")
    assert _blocks(rec) == [_P1, _P2]
    assert [f["label"] for f in rec["fields_of_work"]] == ["Elections", "Gender equality"]


# ------------------------------------------------------------- "Other news" under the text
def test_other_news_under_the_text_ends_it() -> None:
    other = ("<p>Otras noticias</p><p>Jóvenes de ambas orillas del Dniéster debaten sobre "
             "medio ambiente</p>")
    rec = _record(f"<main><article><h1>{_HEADLINE}</h1><p>{_P1}</p><p>{_P2}</p>{other}"
                  "</article></main>")
    assert _blocks(rec) == [_P1, _P2]


# ------------------------------------------------- a weblog's name and day header
_ENTRY = (f"<table><tr><td><p><a href='00000213.htm'>« Previous entry</a> | "
          f"<a href='../index.htm'>Main</a></p>"
          "<span class='datehead'>Tuesday, March 12, 2002</span><br>"
          "<span class='entrytitle'>Second month at Idrizovo: cadets move to practice"
          f"</span><br><br><div class='entrybody'>{_P1}<br><br>{_P2}<br><br>"
          "<a href='../files/outline.pdf'>Download the course outline (PDF, 240 KB)</a>"
          "<br><br>We will post more pictures next week.</div>"
          "<p class='postedby'>Posted by Press Office @ 03:42 PM</p></td></tr></table>")


def _entry() -> dict[str, Any]:
    return _record(_ENTRY, "Field Diary: Second month at Idrizovo: cadets move to practice",
                   "https://www.osce.org/skopje/diary/archives/00000214.htm")


def test_a_blogs_name_before_the_headline_in_the_title_is_left_out() -> None:
    assert _entry()["title"] == "Second month at Idrizovo: cadets move to practice"


def test_a_day_header_over_the_headline_dates_the_entry() -> None:
    assert _entry()["issued_on"] == "2002-03-12"


@pytest.mark.parametrize(("title", "first"), [
    ("Field Diary: Second month at Idrizovo: cadets move to practice",
     "Second month at Idrizovo: cadets move to practice"),
    ("Second month at Idrizovo | The Field Diary", "Second month at Idrizovo"),
])
def test_title_ends_longest_first(title: str, first: str) -> None:
    assert title_ends(title)[0] == first


# ------------------------------------- a <br><br> line holding nothing but a document link
def test_a_br_run_line_of_only_a_document_link_is_the_attachment_not_body() -> None:
    link = "<a href='/files/f/documents/outline.pdf'>Download the course outline (PDF, 240 KB)</a>"
    rec = _record(f"<main><h1>{_HEADLINE}</h1><div class='entry'>{_P1}<br><br>{_P2}"
                  f"<br><br>{link}</div></main>")
    assert _blocks(rec) == [_P1, _P2]
    assert rec["attachments"] == [{"url": "https://www.osce.org/files/f/documents/outline.pdf",
                                   "title": "Download the course outline (PDF, 240 KB)"}]


def test_a_br_run_line_with_words_beside_the_link_stays_body() -> None:
    line = ("The organizers have published <a href='/files/f/documents/outline.pdf'>the "
            "course outline (PDF, 240 KB)</a> for all participants.")
    rec = _record(f"<main><h1>{_HEADLINE}</h1><div class='entry'>{_P1}<br><br>{_P2}"
                  f"<br><br>{line}</div></main>")
    assert _blocks(rec)[-1].startswith("The organizers have published the course outline")

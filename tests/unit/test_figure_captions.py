"""Captions are never body: a plain box holding only a picture and one short line is a
figure (its line a caption); a short line ending in a photo's credit named so is a
caption or credit line; a caption's class word in other languages is a hint."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.document import Document
from scraper.extract.figures import is_figure_box
from scraper.extract.pages.news import NewsPage
from scraper.extract.pages.news.hints import is_credit_line
from scraper.extract.structure import is_widget

_PARAS = ("<p>The Secretary General spoke at the regional conference on women, peace and "
          "security, and called on the participating States to act on their commitments.</p>"
          "<p>She proposed three steps that each participating State could take this year, "
          "from national action plans with budgets to yearly reports to the Council.</p>"
          "<p>The conference brought together ministers, experts and civil society from "
          "across the region, and closed with a joint statement of its participants.</p>")


def _box(markup: str) -> object:
    return html.fragment_fromstring(markup)


@pytest.mark.parametrize(("markup", "figure"), [
    # a picture and its caption
    ("<div><img src='a.jpg'><p>The Secretary General at the conference.</p></div>", True),
    # the picture inside a link to the large one, the caption a span
    ("<div><a href='big.jpg'><img src='a.jpg'></a><span>Participants, Vienna.</span></div>",
     True),
    # a frame's empty spacer beside the picture
    (("<div><div style='padding-top:25%'></div><picture><img src='a.jpg'></picture>"
      "<p>Caption.</p></div>"), True),
    # a card of a listing: its title is a heading or a link
    ("<div><img src='a.jpg'><h3>Mission opens office</h3></div>", False),
    ("<div><img src='a.jpg'><p><a href='/news/1'>Mission opens office</a></p></div>", False),
    # two lines of words beside the picture: text
    ("<div><img src='a.jpg'><p>One line.</p><p>Another line.</p></div>", False),
    # no picture
    ("<div><span>x</span><p>Caption.</p></div>", False),
    # words in the box itself
    ("<div><img src='a.jpg'>Some words<p>Caption.</p></div>", False),
    # a long paragraph is text, not a caption
    ("<div><img src='a.jpg'><p>" + "word " * 80 + "</p></div>", False),
])
def test_figure_box(markup: str, figure: bool) -> None:
    box = _box(markup)
    assert is_figure_box(box) is figure
    assert is_widget(box) is figure


@pytest.mark.parametrize(("text", "credit"), [
    ("Генеральний секретар ОБСЄ під час виступу в Бухаресті. (Фото: ОБСЄ)", True),
    ("Participants of the seminar. (Photo: OSCE/Jane Doe)", True),
    ("Uczestnicy seminarium (Foto: OBWE)", True),
    ("Observers at a polling station (Photo credit: OSCE)", True),
    ("© OSCE 2024", True),
    ("He referred to the annex (see: page 4 of the report).", False),
    ("The mission will assess the elections. " * 6 + "(Photo: OSCE)", False),
    ("The logo is protected ©", False),
])
def test_credit_line(text: str, credit: bool) -> None:
    assert is_credit_line(text) is credit


@pytest.mark.parametrize("word", ["legenda", "podpis", "didascalia", "legende"])
def test_caption_class_words(word: str) -> None:
    box = _box(f"<p class='{word}'>The Secretary General at the conference.</p>")
    assert is_widget(box)


def _body(before_text: str) -> str:
    page = NewsPage(Document(url="https://www.osce.org/secretary-general/1",
                             text=f"<html lang='en'><body><h1>Speech</h1><article>"
                                  f"<div class='text'>{before_text}{_PARAS}</div>"
                                  f"</article></body></html>"))
    found = page.body
    assert found is not None
    return str(found.value)


@pytest.mark.parametrize("before", [
    # a figure in a plain box, no class to say so, no credit in the caption
    "<div><img src='a.jpg'><p>The Secretary General at the conference in Bucharest.</p></div>",
    # a credit line of its own, no picture beside it
    "<p>The Secretary General at the conference in Bucharest. (Photo: OSCE)</p>",
])
def test_caption_is_no_body(before: str) -> None:
    body = _body(before)
    assert "Bucharest" not in body
    assert body.startswith("The Secretary General spoke")

"""An inline element the page floats to one side (``<span style="float:right">``) is a
box of its own: its words (a photo credit beside the picture) are no part of the text
run that follows it in the same cell, so the run stays a paragraph of the body."""

from __future__ import annotations

import pytest

from scraper.extract.blocks import linearize
from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_REST = ("Second paragraph of the release, long enough to be prose of the text body.<br><br>"
         "Third paragraph of the release, also long enough to count as prose text.")


def _doc(cell: str) -> Document:
    return Document(url="https://www.osce.org/ru/mission/596213",
                    text="<html lang='ru'><body><table><tr><td><h1>Миссия призывает к "
                         "ответственной риторике</h1></td></tr>"
                         f"<tr><td class='text'>{cell}</td></tr></table></body></html>")


@pytest.mark.parametrize("style", ["float:right;clear:right;width:250px", "FLOAT: left",
                                   "width:200px; float : inline-end"])
def test_a_floated_span_is_a_box_of_its_own(style: str) -> None:
    doc = _doc(f"<img src='/a.jpg'><span style='{style}'>Фото: Миссия</span>"
               "САРАЕВО, 14 сентября 2022 г. – Миссия призвала партии воздерживаться "
               f"от риторики.<br><br>{_REST}")
    texts = [b.text for b in linearize(doc.root, doc.order)]
    assert "Фото: Миссия" in texts
    page = NewsPage(doc)
    body = page.body_blocks.value if page.body_blocks else []
    assert body[0]["text"].startswith("САРАЕВО, 14 сентября 2022 г.")
    assert page.dateline
    assert page.dateline.value["place"] == "САРАЕВО"


@pytest.mark.parametrize("style", ["float:none", "color:red", "font-weight:bold"])
def test_an_unfloated_span_runs_on_in_the_line(style: str) -> None:
    doc = _doc(f"<span style='{style}'>Начало</span> строки продолжается<br><br>{_REST}")
    texts = [b.text for b in linearize(doc.root, doc.order)]
    assert "Начало строки продолжается" in texts

"""A row of pictures each linking somewhere else (a page's PDF, print and e-mail
buttons) is a toolbar, no picture: the date line beside it is no caption, and the
box holding both is the item's meta row, whose date is the item's."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.document import Document
from scraper.extract.figures import is_figure_box
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_BUTTONS = ("<div class='buttons'><span><a href='/item?format=pdf'><img src='pdf.png' alt='PDF'>"
            "</a></span><span><a href='/item?print=1'><img src='print.png' alt='Print'></a>"
            "</span><span><a href='/mailto?item'><img src='mail.png' alt='E-mail'></a></span>"
            "</div>")


def test_a_row_of_icon_buttons_is_no_picture() -> None:
    box = html.fragment_fromstring(
        f"<div><div class='meta'><span>Mittwoch, 04. März 2009 um 10:15</span></div>"
        f"{_BUTTONS}</div>")
    assert not is_figure_box(box)


def test_one_linked_picture_is_still_a_figure() -> None:
    box = html.fragment_fromstring(
        "<div><div><a href='big.jpg'><img src='a.jpg'></a></div>"
        "<p>Die Konferenz in der Hofburg.</p></div>")
    assert is_figure_box(box)


def test_the_date_beside_the_buttons_is_the_items() -> None:
    text = ("<p>Der Sonderbeauftragte hat heute vor dem Ständigen Rat über seine jüngsten "
            "Reisen in die Region berichtet und drei Vorschläge unterbreitet.</p>") * 3
    doc = Document(url="https://www.osce.org/de/cio/743152",
                   text="<html lang='de'><body><div id='content'>"
                        "<h2 class='contentheading'>Sonderbeauftragter berichtet dem Rat</h2>"
                        "<div class='article-tools'><div class='article-meta'>"
                        "<span class='createdate'>Mittwoch, 04. März 2009 um 10:15</span>"
                        "<span class='createby'>Geschrieben von Pressestelle</span></div>"
                        f"{_BUTTONS}</div><div class='article-content'>{text}</div>"
                        "<span class='modifydate'>Zuletzt aktualisiert am Donnerstag, "
                        "05. März 2009 um 08:40</span></div></body></html>")
    found = NewsPage(doc).issued_on
    assert found is not None
    assert "04. März 2009" in found.value

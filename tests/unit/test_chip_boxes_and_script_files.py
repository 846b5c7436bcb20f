"""Chips drawn as sibling boxes of one class, nothing written between them, are one
value each; a script's download link whose query names a document file is a document,
a search or a return address mentioning one is not."""

from __future__ import annotations

import pytest

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.labels import best, find_labels
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_CHIPS = ("<div class='chip'><div class='chip-text'>Elections</div></div>"
          "<div class='chip'><div class='chip-text'>Democratization</div></div>")


def _fields(html: str) -> list[str]:
    doc = Document(url="https://www.osce.org/x/1", text=f"<html><body>{html}</body></html>")
    lv = best(find_labels(doc.root, doc.order), "fields_of_work")
    return lv.items if lv else []


def test_chips_after_an_inline_label_are_each_a_value() -> None:
    html = f"<div class='row'><span class='label'>Fields of work:</span> {_CHIPS}</div>"
    assert _fields(html) == ["Elections", "Democratization"]


def test_chips_after_a_label_box_are_each_a_value() -> None:
    html = f"<article><div class='label'>Fields of work</div>{_CHIPS}<p>Text.</p></article>"
    assert _fields(html) == ["Elections", "Democratization"]


def test_a_box_of_another_kind_ends_the_chips() -> None:
    html = (f"<div class='row'><span>Fields of work:</span> {_CHIPS}"
            "<div class='more'>Read more</div></div>")
    assert _fields(html) == ["Elections", "Democratization"]


def test_a_long_box_of_one_class_is_no_chip() -> None:
    long = "A paragraph of the item's text that goes on far longer than any tag would. " * 2
    html = (f"<div class='row'><span>Fields of work:</span> <div class='f'>Elections</div>"
            f"<div class='f'>{long}</div></div>")
    assert _fields(html) == ["Elections"]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/ru/news/download.do?file=programma_seminara.doc", True),
    ("https://www.osce.org/get.php?name=report.pdf&lang=ru", True),
    ("https://www.osce.org/download.php?f=docs/2011/report.pdf", True),
    ("https://www.osce.org/search?q=report.pdf", False),
    ("https://www.osce.org/search?text=annual+report.pdf", False),
    ("https://www.osce.org/user/login?destination=/files/a.pdf", False),
    # a script that edits the file it names (a wiki's "manage" link) serves no download
    ("https://www.osce.org/bin/attach/Bishkek/Topic?filename=itogi.pdf", False),
    ("https://www.osce.org/upload.php?file=report.pdf", False),
    # nor one that tells about it (JSPWiki's info icon beside the attachment's link)
    ("https://www.osce.org/de/wiki/PageInfo.jsp?page=Rede_2016/rede-2016-05-23.pdf", False),
    ("https://www.osce.org/wiki/history.php?file=report.pdf", False),
    ("https://www.osce.org/download.php?f=photo.jpg", False),
    ("https://www.osce.org/news.php?id=512", False),
])
def test_a_script_serving_a_named_file_is_a_document(url: str, expected: bool) -> None:
    assert urls.is_document(url) is expected


def test_a_script_download_link_is_an_attachment() -> None:
    doc = Document(url="https://www.osce.org/ru/news/view.jsp?id=5", text=(
        "<html lang='ru'><head><base href='https://www.osce.org/ru/news/view.jsp'></head>"
        "<body><article><h1>Семинар для журналистов</h1><p>Текст новости о семинаре.</p>"
        "<p><a href='download.do?file=programma.doc'>Программа семинара</a> (DOC, 48 КБ)"
        "</p></article></body></html>"))
    found = NewsPage(doc).attachments
    assert found is not None
    assert found.value == [
        {"url": "https://www.osce.org/ru/news/download.do?file=programma.doc",
         "title": "Программа семинара"}]

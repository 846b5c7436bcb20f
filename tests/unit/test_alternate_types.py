"""An alternate whose ``type`` is no web page (an RSS or Atom feed, JSON, a PDF) is
another format of the site, no language version: never a translation, nor a node id of
the translation key."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document, is_page_type
from scraper.extract.normalize import translation_key
from scraper.extract.pages.news import NewsPage

_TEXT = ("<h1>Mission opens</h1><div><p>The mission is headed by an ambassador and consists "
         "of a core team of international experts and long-term observers.</p>"
         "<p>The mission will assess the elections for their compliance with commitments "
         "and other international obligations and standards.</p></div>")


def _page(head: str, body: str = "") -> NewsPage:
    return NewsPage(Document(url="https://www.osce.org/odihr/594817",
                             text=f"<html lang='en'><head>{head}</head>"
                                  f"<body>{body}{_TEXT}</body></html>"))


@pytest.mark.parametrize(("media_type", "page"), [
    (None, True), ("", True), ("text/html", True), ("TEXT/HTML; charset=utf-8", True),
    ("application/xhtml+xml", True), ("application/rss+xml", False),
    ("application/atom+xml", False), ("application/json", False), ("application/pdf", False),
])
def test_page_types(media_type: str | None, page: bool) -> None:
    assert is_page_type(media_type) is page


def test_a_feed_alternate_is_no_translation() -> None:
    page = _page("<link rel='alternate' type='application/rss+xml' hreflang='en' "
                 "href='https://www.osce.org/rss.xml'>"
                 "<link rel='alternate' type='application/atom+xml' hreflang='de' "
                 "href='https://www.osce.org/de/atom/777.xml'>"
                 "<link rel='alternate' hreflang='ru' href='https://www.osce.org/ru/odihr/594817'>"
                 "<link rel='alternate' type='text/html' hreflang='sr' "
                 "href='https://www.osce.org/sr/odihr/594817'>")
    found = page.translations
    assert found is not None
    assert found.value == {"ru": "https://www.osce.org/ru/odihr/594817",
                           "sr": "https://www.osce.org/sr/odihr/594817"}
    assert translation_key("594817", found.value) == "594817"


def test_a_feed_in_the_switcher_is_no_translation() -> None:
    page = _page("", "<nav><a hreflang='ru' type='application/json' "
                     "href='/ru/odihr/594817?_format=json'>JSON</a>"
                     "<a hreflang='ru' href='/ru/odihr/594817'>Русский</a></nav>")
    found = page.translations
    assert found is not None
    assert found.value == {"ru": "https://www.osce.org/ru/odihr/594817"}
    assert found.signal == "language-switcher"

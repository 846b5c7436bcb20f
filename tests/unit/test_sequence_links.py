"""A news script's "« Previous | Next »" links over its item lead to other items but
announce none of them: the page is still one article, not a list of two."""
from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.document import Document
from scraper.extract.kind import classify
from scraper.extract.pages.navigation.pagers import is_sequence_link

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("markup", "sequence"), [
    ("<a href='/cio/1'>« Previous</a>", True),
    ("<a href='/cio/2'>Next »</a>", True),
    ("<a href='/cio/2'>Следующая →</a>", True),
    ("<a href='/cio/2'>Next steps for the Mission in Skopje</a>", False),
    ("<a href='/cio/2'>Ministers meet in Vienna</a>", False),
])
def test_sequence_link(markup: str, sequence: bool) -> None:
    assert is_sequence_link(html.fromstring(markup)) is sequence


def test_an_item_under_previous_and_next_links_is_news() -> None:
    sentence = ("The Chairperson-in-Office opened the conference and spoke about the "
                "work of the field operations in the region.")
    text = " ".join([sentence] * 3)
    page = ("<html lang='en'><body><div id='content'><div class='nav'>"
            "<span><a href='/cio/591385'>« Previous</a></span> | "
            "<span><a href='/cio/592055'>Next »</a></span></div>"
            "<h3>Address by the Chairperson-in-Office</h3>"
            f"<div class='text'><p>{text}</p><p>{text}</p></div></div></body></html>")
    verdict = classify(Document(url="https://www.osce.org/cio/591878", text=page))
    assert verdict.kind == "news"

"""A "Related news" box set between the text's paragraphs is left out, and the text
read on past it; the same box after the last paragraph still ends the text."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_P1 = ("More than forty cyber security experts and officials from twenty participating "
       "States concluded a two-day workshop on protecting critical energy infrastructure.")
_P2 = ("The results of the workshop will be presented at the annual OSCE conference on "
       "cyber security, to be held in Vienna at the end of October.")
_BOX = ("<div class='mod'><h4>Related news</h4><ul>"
        "<li><a href='/secretariat/792871'>OSCE presents a guide on incident sharing</a></li>"
        "<li><a href='/secretariat/792640'>Officials trained on protecting networks</a></li>"
        "</ul></div>")


def _body(text: str) -> str:
    page = ("<html lang='en'><head><title>Workshop on energy security | OSCE</title></head>"
            "<body><main><article><h1>Workshop on energy security</h1>"
            f"<div class='text'>{text}</div></article></main></body></html>")
    return extract(page.encode(), "https://www.osce.org/secretariat/793132").records[0]["body"]


def test_a_related_box_between_paragraphs_leaves_the_text_going_on() -> None:
    assert _body(f"<p>{_P1}</p>{_BOX}<p>{_P2}</p>") == f"{_P1}\n\n{_P2}"


def test_a_related_box_after_the_text_ends_it() -> None:
    assert _body(f"<p>{_P1}</p><p>{_P2}</p>{_BOX}") == f"{_P1}\n\n{_P2}"


def test_a_related_box_after_a_share_row_ends_the_text() -> None:
    share = ("<div class='sociable'><ul><li><a href='https://facebook.com/share.php'>Facebook"
             "</a></li><li><a href='https://twitter.com/home'>Twitter</a></li></ul></div>")
    assert _body(f"<p>{_P1}</p>{share}{_BOX}<p>{_P2}</p>") == _P1

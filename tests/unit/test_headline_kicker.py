"""A kicker (a "Dachzeile", an eyebrow line) printed in the headline's first element
above the words metadata names is no part of the title."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_HEADLINE = "Secretary General opens the annual conference of border focal points"
_TEXT = ("The OSCE Secretary General today opened the annual conference of the national "
         "focal points for border security and management in Vienna, calling for closer "
         "co-operation along the external borders of Central Asia.")


def _title(h1: str, title: str = _HEADLINE) -> str:
    page = (f"<html lang='en'><head><title>{title} | OSCE</title></head><body><main>"
            f"<article>{h1}<div class='text'><p>{_TEXT}</p><p>{_TEXT}</p></div></article>"
            "</main></body></html>")
    return extract(page.encode(), "https://www.osce.org/secretariat/591777").records[0]["title"]


def test_a_kicker_before_the_named_headline_is_left_out() -> None:
    h1 = ("<h1><span class='kicker'>Annual conference in Vienna</span>"
          "<span class='visually-hidden'>: </span> <span>" + _HEADLINE + "</span></h1>")
    assert _title(h1) == _HEADLINE


def test_a_headline_in_two_parts_that_metadata_names_whole_stays_whole() -> None:
    h1 = "<h1><span>Secretary General opens</span> <span>the annual conference</span></h1>"
    assert _title(h1, "Secretary General opens the annual conference") == \
        "Secretary General opens the annual conference"


def test_without_metadata_agreeing_the_heading_is_read_whole() -> None:
    h1 = ("<h1><span class='kicker'>Annual conference in Vienna</span> <span>"
          + _HEADLINE + "</span></h1>")
    assert _title(h1, "Something else entirely on the page title") == \
        "Annual conference in Vienna " + _HEADLINE


def test_a_kicker_named_only_in_the_identities_table_is_the_type() -> None:
    # "Meldung" is a German name of the "news" type in the identities table alone
    page = ("<html lang='de'><head><title>" + _HEADLINE + " | OSCE</title></head><body>"
            "<main><article><h1><span class='kicker'>Meldung</span>"
            "<span class='visually-hidden'>: </span> <span>" + _HEADLINE + "</span></h1>"
            f"<div class='text'><p>{_TEXT}</p><p>{_TEXT}</p></div></article></main>"
            "</body></html>")
    record = extract(page.encode(), "https://www.osce.org/de/secretariat/591777").records[0]
    assert (record["title"], record["content_type"], record["content_type_id"]) == \
        (_HEADLINE, "Meldung", "news")

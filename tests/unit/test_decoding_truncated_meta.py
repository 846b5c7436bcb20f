"""A download cut off inside a ``<meta`` tag: w3lib's <meta> reader (frostwork's Rust
prescan) panics on it; the cut tag declares nothing, a declaration above it still
counts, and the page is decoded and extracted."""

from __future__ import annotations

import pytest

from scraper.extract.decoding import decode
from scraper.extract.extraction import extract

CYRILLIC = "Миссия ОБСЕ".encode("cp1251")


@pytest.mark.parametrize("body", [
    b"<meta",
    b'<!DOCTYPE html>\n<html lang="d"utf-8" />\n<meta',
    b"<html><head><title>x</title><meta",
])
def test_a_body_ending_inside_a_meta_tag_is_decoded(body: bytes) -> None:
    encoding, text = decode(body, {})
    assert encoding in ("utf-8", "cp1252")
    assert text.endswith("<meta")


def test_a_declaration_above_the_cut_tag_still_counts() -> None:
    body = b'<html><head><meta charset="windows-1251"><title>' + CYRILLIC + b"</title><meta"
    encoding, text = decode(body, {})
    assert encoding in ("windows-1251", "cp1251")
    assert "Миссия ОБСЕ" in text


def test_a_page_cut_inside_a_meta_tag_still_gives_a_record() -> None:
    page = (b"<html><head><title>OSCE</title></head><body><h1>Border training ends</h1><p>"
            + b"Officers from five countries completed the course in Dushanbe. " * 4
            + b"</p><meta")
    result = extract(page, "https://www.osce.org/secretariat/500000", "news")
    assert result.records
    assert result.records[0]["title"] == "Border training ends"

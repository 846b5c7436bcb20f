"""A byline's reading time and length ("3 min read", "3 minuty czytania (około 410
słów)"), perhaps after the label of a date read apart ("Zaktualizowano <time>"), are
facts of the post: no teaser."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.reading_lines import is_reading_line

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "expected"), [
    ("3 min read", True),
    ("Lesezeit: 4 Minuten", True),
    ("4 min di lettura", True),
    ("Temps de lecture : 3 min", True),
    ("Время чтения: 3 минуты", True),
    ("1,200 words", True),
    ("Zaktualizowano 3 minuty czytania (około 410 słów)", True),
    ("Updated · 5 minutes read", True),
    # a label alone, or a sentence around the words, is none
    ("Zaktualizowano", False),
    ("The 3 min read we promised", False),
    ("In 2020 we read 400 words a day", False),
])
def test_is_reading_line(text: str, expected: bool) -> None:
    assert is_reading_line(text) is expected


def test_a_reading_time_after_an_updated_label_is_no_teaser() -> None:
    cards = "".join(
        f"<div class='card'><article><div class='article-meta'>"
        f"<span>Opublikowano <time datetime='2022-05-1{i}T10:00:00Z'>1{i} maja 2022</time>"
        f"</span><span>Zaktualizowano <time datetime='2022-05-2{i}T10:00:00Z'>2{i} maja "
        f"2022</time></span><span><a href='/pl/categories/komunikaty/'>Komunikat prasowy"
        f"</a></span><span>3 minuty czytania (około 410 słów)</span></div>"
        f"<h1><a href='/pl/odihr/76661{i}'>ODIHR rozpoczyna ocenę numer {i}</a></h1>"
        f"<div class='content'><p>Misja oceny potrzeb spotkała się z partiami {i}.</p>"
        f"</div></article></div>" for i in range(3))
    page = (f"<html lang='pl'><head><title>Aktualności</title></head><body><main>{cards}"
            "</main></body></html>")
    records = extract(page.encode(), "https://www.osce.org/pl/press-releases?page=2",
                      "listing").records
    assert [r["summary"] for r in records] == [
        f"Misja oceny potrzeb spotkała się z partiami {i}." for i in range(3)]

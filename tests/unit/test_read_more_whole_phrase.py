"""A link to the entry's item whose visible text opens with a whole read-more phrase
("Más información", "Read more", "Подробнее") is no summary, whatever words follow it
and however they are hidden; a teaser merely opening with a word of the vocabulary
("More than 300 …") stays (listing_titles.opens_read_more, says_read_more)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_titles import says_read_more

TEASER = "Sesenta funcionarios de doce municipios participaron en los talleres regionales."


def _entries(teaser: str, more: str) -> list[dict[str, Any]]:
    rows = "".join(
        f"<tr><td><a class='msTitle' href='/es/item/3820{n}.html'><b>La Misión forma a "
        f"funcionarios número {n}</b></a><br>{teaser}<br>"
        f"<p><a href='/es/item/3820{n}.html'>{more.format(n=n)}</a></p></td></tr>"
        for n in range(1, 4))
    page = f"<html lang='es'><body><table>{rows}</table></body></html>"
    return extract(page.encode(), "https://www.osce.org/es/newsroom.html",
                   "listing").records


@pytest.mark.unit
def test_a_whole_phrase_with_its_tail_in_an_unknown_hiding_class_is_no_summary() -> None:
    entries = _entries(TEASER, "Más información<span class='msAccess'> sobre: La Misión "
                               "forma a funcionarios número {n}</span>")
    assert [e["summary"] for e in entries] == [TEASER] * 3


@pytest.mark.unit
def test_a_whole_phrase_and_its_tail_in_one_text_is_no_summary() -> None:
    entries = _entries(TEASER, "Read more about the training of officials number {n}")
    assert [e["summary"] for e in entries] == [TEASER] * 3


@pytest.mark.unit
def test_an_entry_with_no_teaser_but_its_read_more_link_has_no_summary() -> None:
    entries = _entries("", "Más información sobre: La Misión forma a funcionarios "
                           "número {n}")
    assert [e["summary"] for e in entries] == [None] * 3


@pytest.mark.unit
def test_a_teaser_linked_to_the_item_opening_with_more_stays() -> None:
    entries = _entries("", "More than 300 officials took part in session number {n}")
    assert all(e["summary"] and e["summary"].startswith("More than 300") for e in entries)


@pytest.mark.unit
@pytest.mark.parametrize(("text", "expected"), [
    ("Read more", True), ("more", True), ("Read more about the visit", True),
    ("Подробнее о визите", True), ("Más información sobre: X", True),
    ("More than 300 observers", False), ("Mehr als 300 Beobachter", False),
    ("Suite à la réunion", False), ("Readmore", False),
])
def test_a_read_more_phrase_opens_a_text_only_whole(text: str, expected: bool) -> None:
    assert says_read_more(text) is expected

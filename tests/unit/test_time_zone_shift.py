"""A machine timestamp near midnight (UTC) beside the date a reader is shown one day
later or earlier: one moment in two time zones, and the record gives the shown date."""
from __future__ import annotations

import pytest

from scraper.extract.dates import near_midnight, shifted_by_time_zone
from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("stamp", "shown", "shifted"), [
    ("2024-03-07T23:30:00+00:00", "8 March 2024", True),
    ("2024-03-08T01:00:00-05:00", "7 March 2024", True),
    ("2024-03-07T12:00:00+00:00", "8 March 2024", False),   # midday: no zone moves it
    ("2024-03-07T23:30:00+00:00", "6 March 2024", False),   # the wrong way
    ("2024-03-07T23:30:00+00:00", "9 March 2024", False),   # two days: another date
    ("2024-03-07", "8 March 2024", False),                  # no time of day
])
def test_shift(stamp: str, shown: str, shifted: bool) -> None:
    assert shifted_by_time_zone(stamp, shown, "en") is shifted


def test_near_midnight() -> None:
    assert near_midnight("2024-03-07T22:15:00Z")
    assert not near_midnight("2024-03-07T09:15:00Z")


def _issued_on(stamp: str, shown: str) -> str | None:
    page = NewsPage(Document(
        url="https://www.osce.org/secretariat/590001",
        text=f"<html lang='en'><head><meta property='article:published_time' "
             f"content='{stamp}'></head><body><h1>Ministers meet in Vienna</h1>"
             f"<p>Published: <time datetime='{stamp}'>{shown}</time></p>"
             f"<article><p>The ministers met in Vienna to discuss the year ahead and the "
             f"work of the field operations.</p></article></body></html>"))
    found = page.issued_on
    return None if found is None else str(found.value)


def test_the_shown_date_wins_over_a_utc_stamp_of_the_same_moment() -> None:
    assert _issued_on("2024-03-07T23:30:00+00:00", "8 March 2024") == "8 March 2024"


def test_the_stamp_wins_otherwise() -> None:
    assert _issued_on("2024-03-07T10:30:00+00:00", "8 March 2024") == "2024-03-07T10:30:00+00:00"


def test_a_byline_date_without_label_wins_too() -> None:
    stamp = "2024-05-06T22:45:00+00:00"
    page = NewsPage(Document(
        url="https://www.osce.org/secretary-general/590002",
        text=f"<html lang='en'><head><meta property='article:published_time' "
             f"content='{stamp}'></head><body><article><h1>Trust is built step by step</h1>"
             f"<div class='entry-meta'><time datetime='{stamp}'>May 7, 2024</time></div>"
             f"<div class='entry-content'><p>The Secretary General spoke to the conference "
             f"about the verification of arms control agreements.</p><p>She met the "
             f"delegations of the participating States.</p></div></article></body></html>"))
    found = page.issued_on
    assert found is not None
    assert "7" in str(found.value)
    assert "2024-05-06" not in str(found.value)

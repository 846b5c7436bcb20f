"""A ``<time>`` gives the date it shows when that is a full date (what the reader
sees); its ``datetime`` attribute, read as its local date, is the fallback for a
relative, partial or missing text.  News labels, header dates and listing entries."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.dates import time_value
from scraper.extract.document import Document
from scraper.extract.extraction import extract, extract_document


@pytest.mark.parametrize(("attribute", "shown", "language", "expected"), [
    # the moment in UTC the evening before the day shown
    ("2024-10-14T23:30:00Z", "15 de octubre de 2024", "es", "15 de octubre de 2024"),
    ("2025-03-23T23:30:00Z", " 24 marzo\n 2025 ", "it", "24 marzo 2025"),
    # relative, partial or no text: the attribute, as written
    ("2024-10-14T23:30:00Z", "hace 2 horas", "es", "2024-10-14T23:30:00Z"),
    ("2024-10-14T23:30:00+02:00", "14 Oct", "en", "2024-10-14T23:30:00+02:00"),
    ("2024-10-14", "", "en", "2024-10-14"),
    ("2024-10-14", None, "en", "2024-10-14"),
    # no attribute: the text, whatever it is
    (None, "15 October 2024", "en", "15 October 2024"),
    (None, "yesterday", "en", "yesterday"),
    # figures whose day and month could swap: the order the attribute confirms
    ("2018-06-07", "06/07/2018", "en", "2018-06-07"),
    ("2018-07-06T10:00:00Z", "06/07/2018", "en", "06/07/2018"),
    ("2018-07-06", "25/07/2018", "en", "25/07/2018"),
])
def test_time_value(attribute: str | None, shown: str | None, language: str,
                    expected: str) -> None:
    assert time_value(attribute, shown, language) == expected


_P = ("The Mission observed the elections and published its preliminary findings on the "
      "conduct of the vote across the country today.")


def _news(header: str) -> dict[str, Any]:
    html = ("<html lang='en'><head><title>Elections | OSCE</title></head><body><article>"
            f"<header><h1>Elections observed</h1>{header}</header>"
            f"<div class='text'><p>{_P}</p><p>{_P} Again.</p></div></article></body></html>")
    return extract(html.encode(), "https://www.osce.org/odihr/1").records[0]


@pytest.mark.parametrize(("time", "expected"), [
    ("<time datetime='2024-10-14T23:30:00Z'>15 October 2024</time>", "2024-10-15"),
    ("<time datetime='2024-10-14T23:30:00Z'>2 hours ago</time>", "2024-10-14"),
    ("<time datetime='2024-10-15T01:30:00+03:00'></time>", "2024-10-15"),
])
def test_a_news_label_takes_the_date_its_time_shows(time: str, expected: str) -> None:
    record = _news(f"<dl><dt>Published</dt><dd>{time}</dd></dl>")
    assert record["issued_on"] == expected


def test_a_time_under_the_headline_takes_the_date_it_shows() -> None:
    record = _news("<p class='meta'><time datetime='2024-10-14T23:30:00Z'>"
                   "15 October 2024</time></p>")
    assert record["issued_on"] == "2024-10-15"


def _listing(time: str) -> list[dict[str, Any]]:
    rows = "".join(
        f"<li><h3><a href='/odihr/59{i}'>ODIHR observes the vote in region {i}</a></h3>"
        f"{time}<p>Observers from many States followed the vote and the count.</p></li>"
        for i in range(3))
    doc = Document(url="https://www.osce.org/odihr/press-releases",
                   text=f"<html lang='en'><body><main><h1>Press releases</h1><ul>{rows}</ul>"
                        "</main></body></html>")
    return extract_document(doc, "listing").records


@pytest.mark.parametrize(("time", "expected"), [
    ("<time datetime='2025-03-23T23:30:00Z'>24 March 2025</time>", "2025-03-24"),
    ("<p>Published: <time datetime='2025-03-23T23:30:00Z'>24 March 2025</time></p>",
     "2025-03-24"),
    ("<time datetime='2025-03-23T23:30:00Z'>Mar 24</time>", "2025-03-23"),
])
def test_a_listing_entry_takes_the_date_its_time_shows(time: str, expected: str) -> None:
    entries = _listing(time)
    assert [e["issued_on"] for e in entries] == [expected] * 3


def test_a_label_holding_a_published_and_an_updated_time_takes_the_date_shown() -> None:
    """WordPress's "Posted on" holds both <time>s, their texts run together: the
    published one's own text is the date shown, not its UTC ``datetime``."""
    entries = _listing(
        "<span class='posted-on'>Posted on <a href='#'>"
        "<time class='entry-date published' datetime='2019-03-11T23:30:00+00:00'>"
        "March 12, 2019</time><time class='updated' datetime='2019-03-12T07:05:00+00:00'>"
        "March 12, 2019</time></a></span>")
    assert [e["issued_on"] for e in entries] == ["2019-03-12"] * 3

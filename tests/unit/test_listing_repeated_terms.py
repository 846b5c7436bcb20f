"""A definition list's term repeated one per value gives every value, in order.

An entry's ``<dl>`` of facts may write its term again before each value
(``<dt>Issued by</dt><dd>A</dd><dt>Issued by</dt><dd>B</dd>``): the terms in a row are
one list, so ``issued_by`` and ``fields_of_work`` hold every value, not the first alone.
A term of another field between two of them ends the run.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

URL = "https://www.osce.org/press-releases?start=10"


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='en'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), URL, "listing").records


def _entry(n: int, issuers: list[str], fields: list[str]) -> str:
    facts = "".join([*(f"<dt>Issued by</dt><dd>{i}</dd>" for i in issuers),
                     *(f"<dt>Field of work</dt><dd>{f}</dd>" for f in fields)])
    return (f"<li><article><h3><a href='/secretariat/83045{n}'>Story number {n} of the "
            f"week</a></h3><dl><dt>Date</dt><dd>1{n} October 2016</dd>"
            f"<dt>Type</dt><dd>News</dd>{facts}</dl>"
            f"<p>Teaser of the story number {n}.</p></article></li>")


def test_every_value_of_a_repeated_term_is_read() -> None:
    entries = "".join([
        _entry(1, ["OSCE Secretariat", "Transnational Threats Department"],
               ["Cyber/ICT Security", "Economic activities"]),
        _entry(2, ["OSCE Mission to Bosnia and Herzegovina"], ["Youth", "Good governance"]),
        _entry(3, ["OSCE Mission in Kosovo"], ["Rule of law"]),
    ])
    records = _listing(f"<main><h1>Press releases</h1><ul>{entries}</ul></main>")
    assert [(r["issued_by"], r["fields_of_work"]) for r in records] == [
        (["OSCE Secretariat", "Transnational Threats Department"],
         ["Cyber/ICT Security", "Economic activities"]),
        (["OSCE Mission to Bosnia and Herzegovina"], ["Youth", "Good governance"]),
        (["OSCE Mission in Kosovo"], ["Rule of law"]),
    ]

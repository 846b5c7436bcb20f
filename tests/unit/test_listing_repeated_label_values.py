"""A listing entry's label repeated one per value gives every value, in order.

A card's line of facts writes each issuer and each field of work as a chip of its own,
the label before each one ("Issued by: A", "Issued by: B"; here screen-reader-only, as
an icon shows it to the eye).  The chips side by side are one list: the entry's
``issued_by`` and ``fields_of_work`` hold every chip's value, not the first alone, also
where a chip's value is a link inside its list item.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

URL = "https://www.osce.org/project-coordinator-in-uzbekistan/news"


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='en'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), URL, "listing").records


def _chip(label: str, value: str, href: str | None = None) -> str:
    inner = f"<i aria-hidden='true'></i><span class='sr-only'>{label}: </span>{value}"
    return f"<li>{inner}</li>" if href is None else f"<li><a href='{href}'>{inner}</a></li>"


def _card(n: int, issuers: list[str], fields: list[tuple[str, str]]) -> str:
    chips = "".join([*(_chip("Issued by", i) for i in issuers),
                     *(_chip("Field of work", f, h) for f, h in fields)])
    return (f"<article><time datetime='2022-06-1{n}'>1{n} Jun</time>"
            f"<h3><a href='/project-coordinator-in-uzbekistan/82724{n}'>Story number {n} "
            f"of the week</a></h3><p>Teaser of the story number {n}.</p>"
            f"<ul class='facts'>{chips}</ul></article>")


def test_every_chip_of_a_repeated_label_is_a_value() -> None:
    cards = "".join([
        _card(1, ["OSCE Project Co-ordinator in Uzbekistan"], [("Youth", "/youth"),
                                                               ("Education", "/education")]),
        _card(2, ["OSCE Office for Democratic Institutions and Human Rights",
                  "OSCE Project Co-ordinator in Uzbekistan"], [("Elections", "/elections")]),
        _card(3, ["OSCE Secretariat"], [("Cyber/ICT Security", "/cyber-ict-security")]),
    ])
    records = _listing(f"<main><h1>News</h1>{cards}</main>")
    assert [(r["issued_by"], r["fields_of_work"]) for r in records] == [
        (["OSCE Project Co-ordinator in Uzbekistan"], ["Youth", "Education"]),
        (["OSCE Office for Democratic Institutions and Human Rights",
          "OSCE Project Co-ordinator in Uzbekistan"], ["Elections"]),
        (["OSCE Secretariat"], ["Cyber/ICT Security"]),
    ]

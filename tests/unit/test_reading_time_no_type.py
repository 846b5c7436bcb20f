"""Hold-out set 266: a listing entry's reading-time line ("4 Minuten Lesezeit") is no
type label."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_SITE = "https://www.osce.org"


def _records(body: str, url: str, kind: str, lang: str) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>OSCE</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, kind).records


def test_a_reading_time_line_is_no_type() -> None:
    # the entry's line of facts: its date, its category links (no type among them) and
    # how long it takes to read; "4 Minuten Lesezeit" measures the text, it names no type
    posts = "".join(
        f"<article class='md-post'><header><ul class='md-meta__list'>"
        f"<li><time datetime='2023-05-0{i}'>{i}. Mai 2023</time></li>"
        f"<li>in <a href='/de/blog/category/grenzen/'>Grenzen</a></li>"
        f"<li>{i} Minuten Lesezeit</li></ul></header>"
        f"<div><h2><a href='/de/secretariat/81360{i}'>Lehrgang Nummer {i} beendet</a></h2>"
        f"<p>Zwanzig Offiziere haben den Lehrgang Nummer {i} abgeschlossen.</p></div>"
        f"</article>" for i in (5, 4, 3))
    records = _records(f"<main><h1>Presseraum</h1>{posts}</main>",
                       f"{_SITE}/de/blog/", "listing", "de")
    assert [r["content_type"] for r in records] == [None, None, None]
    assert [r["issued_on"] for r in records] == ["2023-05-05", "2023-05-04", "2023-05-03"]

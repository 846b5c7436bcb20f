"""Every bad page has a defined outcome: a record (possibly with nulls) and a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.extract.document import NotHTML
from scraper.extract.extraction import extract

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "fixtures" / "news" / "cur-seed-border-management.html").read_bytes()
URL = "https://www.osce.org/secretariat/499851"
BODY = b"<p>" + b"A paragraph of body text that is long enough to count as text. " * 3 + b"</p>"


def page(inner: bytes, head: bytes = b"") -> bytes:
    return b"<html><head>" + head + b"</head><body>" + inner + b"</body></html>"


@pytest.mark.parametrize(("body", "reason"), [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary"),
    (b"plain text, not a page", "no HTML markup"),
])
def test_not_html_is_refused_with_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(NotHTML, match=reason):
        extract(body, URL)


def test_truncated_html_still_gives_what_it_has() -> None:
    cut = SEED[: SEED.index(b"The online and in-person event")]
    record = extract(cut, URL).records[0]
    assert record["title"].startswith("Innovative responses")
    assert record["issued_by"] == ["OSCE Chairpersonship", "OSCE Secretariat",
                                   "Transnational Threats Department"]
    # two paragraphs made it before the cut; the first repeats the lead, kept as the summary
    assert record["body"].count("\n\n") == 0
    assert record["summary"]
    assert not record["body"].startswith(record["summary"])


def test_deep_nesting_does_not_crash_and_is_reported() -> None:
    deep = page(b"<h1>A title for the deep page</h1>" + b"<div>" * 10_000 + b"<p>x</p>"
                + b"</div>" * 10_000)
    result = extract(deep, URL)
    assert result.records[0]["title"] == "A title for the deep page"
    assert any("nests deeper" in p for p in result.problems)


@pytest.mark.parametrize("label", ["TBC", "31 February 2021", "Spring 2022", "n/a"])
def test_vague_or_impossible_date_is_null_with_a_warning(label: str) -> None:
    body = page(b"<h1>Title of the item</h1><p>Issued on: " + label.encode() + b"</p>" + BODY)
    result = extract(body, URL)
    assert result.records[0]["issued_on"] is None
    assert any("issued_on" in p and label in p for p in result.problems)


def test_dates_in_the_body_are_never_the_publication_date() -> None:
    body = page(b"<h1>Title of the item</h1><p>VIENNA, 12 March 2020 - The meeting on "
                b"14 March 2020 and 15 March 2020 was long enough to count as body text.</p>")
    record = extract(body, URL).records[0]
    assert record["issued_on"] is None
    assert record["dateline"] == {"place": "VIENNA", "date": "2020-03-12"}


def test_label_twice_keeps_the_first_and_says_so() -> None:
    body = page(b"<h1>Title of the item</h1><p>Issued by: OSCE Secretariat</p>"
                b"<p>Issued by: OSCE Mission to Serbia</p>" + BODY)
    result = extract(body, URL)
    assert result.records[0]["issued_by"] == ["OSCE Secretariat"]
    assert any("appears twice" in p for p in result.problems)


def test_label_without_value_and_value_without_label() -> None:
    body = page(b"<h1>Title of the item</h1><dl><dt>Issued by:</dt><dd></dd>"
                b"<dt>Fields of work:</dt><dd>Youth</dd></dl><p>OSCE Secretariat</p>" + BODY)
    record = extract(body, URL).records[0]
    assert record["issued_by"] == []
    assert record["fields_of_work"] == ["Youth"]


def test_page_without_title() -> None:
    record = extract(page(BODY), URL).records[0]
    assert record["title"] is None
    assert "title" not in record["provenance"]
    assert record["body"]


def test_invalid_json_ld_is_skipped_and_other_signals_answer() -> None:
    head = b'<script type="application/ld+json">{"headline": "Broken",, }</script>'
    body = page(b"<h1>The visible headline</h1><p>Issued on: 26 April 2015</p>" + BODY, head)
    record = extract(body, URL).records[0]
    assert record["title"] == "The visible headline"
    assert record["issued_on"] == "2015-04-26"


@pytest.mark.parametrize(("raw", "title"), [
    # declared UTF-8, really cp1252
    ("<meta charset='utf-8'><h1>Caf\xe9 r\xe9sum\xe9</h1>".encode("latin-1"), "Café résumé"),
    # UTF-8 with one cp1252 word pasted in
    ("<meta charset='utf-8'><h1>Café – ".encode() + b"r\xe9sum\xe9</h1>", "Café – résumé"),
    # a charset nobody knows: ignored, the bytes are UTF-8
    ("<meta charset='x-unknown-42'><h1>Café résumé</h1>".encode(), "Café résumé"),
    # no declaration at all, cp1252 bytes
    ("<h1>Caf\xe9 r\xe9sum\xe9</h1>".encode("cp1252"), "Café résumé"),
])
def test_lying_unknown_and_mixed_charsets(raw: bytes, title: str) -> None:
    assert extract(page(raw + BODY), URL).records[0]["title"] == title


def test_listing_without_entries() -> None:
    result = extract(page(b"<h1>News and press releases</h1><p>No results.</p>"),
                     "https://www.osce.org/press-releases", "listing")
    assert result.records == []
    assert result.next_page is None


def test_menu_that_repeats_itself_gives_each_entry_once() -> None:
    item = (b"<li><a href='/a'>A</a><ul><li><a href='/b'>B</a><ul><li><a href='/a'>A</a></li>"
            b"</ul></li></ul></li>")
    result = extract(page(b"<nav><ul>" + item + item + b"</ul></nav>"),
                     "https://www.osce.org/", "navigation")
    assert [(r["name"], r["path"]) for r in result.records] == [("A", []), ("B", ["A"])]

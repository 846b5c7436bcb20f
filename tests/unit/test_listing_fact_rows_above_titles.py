"""Listing mechanisms that page designs showed: a table whose entries open with a row of
their facts (the date, the type word beside it) ABOVE the title's row, so that the row
after an entry's last line is the next entry's date, not its own."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."
TYPES = ["Press release", "News item", "Statement"]


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def _head_first(i: int, separator: bool = True, teaser: bool = True) -> str:
    rows = (f"<tr><td class='d'>{20 - i} March 2004</td><td align='right'>{TYPES[i % 3]}</td>"
            f"</tr><tr><td colspan='2'><a href='/item/41{i}.html'><b>Experts meet in "
            f"Vienna, round {i}</b></a></td></tr>")
    if teaser:
        rows += f"<tr><td colspan='2'>{TEASER}</td></tr>"
    if separator:
        rows += "<tr><td colspan='2'><img src='/dots.gif' alt=''></td></tr>"
    return rows


def _records(rows: str) -> list[tuple[str, str | None, str | None, str | None]]:
    records = _listing(f"<main><table>{rows}</table></main>").records
    return [(r["url"], r["issued_on"], r["content_type"], r["summary"]) for r in records]


def _expected(n: int, teasers: set[int] | None = None) -> list[tuple[str, str, str, Any]]:
    return [(f"https://www.osce.org/item/41{i}.html", f"2004-03-{20 - i}", TYPES[i % 3],
             TEASER if teasers is None or i in teasers else None) for i in range(n)]


def test_a_row_of_facts_above_each_title_row_is_that_entrys() -> None:
    rows = "".join(_head_first(i) for i in range(4))
    assert _records(rows) == _expected(4)


def test_head_rows_without_separators_and_without_teasers() -> None:
    rows = "".join(_head_first(i, separator=False, teaser=i % 2 == 0) for i in range(4))
    assert _records(rows) == _expected(4, {0, 2})


def test_a_block_that_is_no_item_ends_the_entry_above_it() -> None:
    # a document's block (its own date and type row, then a PDF link) between two entries:
    # its facts are none of the entry above's
    pdf = ("<tr><td>17 March 2004</td><td>Document</td></tr><tr><td colspan='2'>"
           "<a href='/files/report.pdf'>Annual report 2003</a></td></tr>")
    rows = _head_first(0, teaser=False) + pdf + _head_first(1) + _head_first(2)
    assert _records(rows) == _expected(3, {1, 2})


def test_a_date_below_the_title_row_stays_its_entrys() -> None:
    # the usual table: title row, then its date and type row; the row above an entry is
    # the previous entry's
    rows = "".join(
        f"<tr><td colspan='2'><a href='/item/41{i}.html'>Experts meet in Vienna, round {i}"
        f"</a></td></tr><tr><td>{20 - i} March 2004</td><td>{TYPES[i % 3]}</td></tr>"
        for i in range(4))
    assert _records(rows) == _expected(4, set())


def test_a_date_in_the_title_row_is_read_there() -> None:
    # a heading row with a date above the first entry is no entry's head: the entry rows
    # carry their own dates
    rows = "<tr><th>Updated 21 March 2004</th><th></th></tr>" + "".join(
        f"<tr><td>{20 - i} March 2004</td><td><a href='/item/41{i}.html'>Experts meet in "
        f"Vienna, round {i}</a> {TYPES[i % 3]}</td></tr>" for i in range(3))
    assert [r[:2] for r in _records(rows)] == [r[:2] for r in _expected(3)]

"""Listing mechanisms that data grids of hold-out sets 164, 165 and 167 showed: a
table's header row is its first row of header cells, a pager row spanning the table
above it in the ``<thead>`` being none; a grid drawn in boxes (``role=row`` of
``role=gridcell``) names its columns in a ``role=row`` of ``role=columnheader`` cells
wherever the grid puts it (after the rows); a group's row that folds the rows under it
(``aria-expanded``) is no line of the entry above it; a status flag closing a headline's
link (``<span class="badge">Neu</span>``) is no part of the title."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."
ISSUERS = "OSCE Secretariat<br>Transnational Threats Department"
FIELDS = "National minority issues, Education"


def _listing(body: str, lang: str = "en",
             url: str = "https://www.osce.org/newsroom/press-releases") -> list[dict[str, Any]]:
    page = (f"<html lang='{lang}'><head><title>X</title></head><body><main>{body}</main>"
            "</body></html>")
    return extract(page.encode(), url, "listing").records


def test_a_pager_row_above_the_header_row_names_no_column() -> None:
    pager = ("<tr class='pager'><td colspan='4'><a href='?p=1'>1</a> <a href='?p=2'>2</a>"
             "</td></tr>")
    header = "<tr><th>Date</th><th>Title</th><th>Issued by</th><th>Fields of work</th></tr>"
    rows = "".join(
        f"<tr><td>2{i} Nov 2014</td><td><a href='/secretariat/71137{i}'>Border officials "
        f"complete course number {i}</a><div>{TEASER}</div></td><td>{ISSUERS}</td>"
        f"<td>{FIELDS}</td></tr>" for i in range(3))
    records = _listing(f"<table><thead>{pager}{header}</thead><tbody>{rows}</tbody></table>")
    assert [(r["issued_by"], r["fields_of_work"], r["summary"]) for r in records] == [
        (["OSCE Secretariat", "Transnational Threats Department"],
         ["National minority issues", "Education"], TEASER)] * 3


def _cell(text: str) -> str:
    return f"<div role='gridcell'>{text}</div>"


def test_a_grid_of_boxes_names_its_columns_in_a_header_row_after_its_rows() -> None:
    rows = "".join(
        "<div role='row'>" + _cell(f"1{i} May 2017") + _cell(
            f"<a href='/mission-to-moldova/71405{i}'>Training on dialogue number {i}</a>"
            f"<div>{TEASER}</div>") + _cell("OSCE Mission to Moldova") + _cell(FIELDS)
        + "</div>" for i in range(3))
    header = "<div role='row'>" + "".join(
        f"<div role='columnheader'>{name}</div>"
        for name in ("Date", "Title", "Issued by", "Fields of work")) + "</div>"
    grid = (f"<div class='grid'><div><div role='grid'>{rows}</div></div>"
            f"<div><div>{header}</div></div></div>")
    records = _listing(grid)
    assert [(r["issued_by"], r["fields_of_work"], r["summary"]) for r in records] == [
        (["OSCE Mission to Moldova"], ["National minority issues", "Education"], TEASER)] * 3


def test_a_group_row_folding_the_rows_under_it_is_no_line_of_the_entry_above() -> None:
    def group(month: str) -> str:
        return (f"<tr aria-expanded='true'><td></td><td colspan='2'>Mese: {month} 2020 "
                f"(Numero: 2)</td></tr>")

    def row(day: int, month: int, n: int) -> str:
        return (f"<tr><td></td><td>{day}/{month}/2020</td><td><a href='/it/odihr/71238{n}'>"
                f"Linee guida numero {n} sulla protezione dei difensori</a>"
                f"<div>Le linee guida raccolgono le esperienze di organizzazioni.</div>"
                f"</td></tr>")
    table = (f"<table><tbody>{group('giugno')}{row(18, 6, 1)}{row(12, 6, 2)}"
             f"{group('maggio')}{row(29, 5, 3)}{row(26, 5, 4)}</tbody></table>")
    records = _listing(table, "it", "https://www.osce.org/it/press-releases")
    assert [(r["issued_on"], r["summary"]) for r in records] == [
        (day, "Le linee guida raccolgono le esperienze di organizzazioni.")
        for day in ("2020-06-18", "2020-06-12", "2020-05-29", "2020-05-26")]


def test_a_status_flag_closing_the_headline_link_is_no_part_of_the_title() -> None:
    flag = " <span class='badge bg-label-danger'>Neu</span>"
    cards = "".join(
        f"<div class='card'><h5><a href='/de/secretary-general/71288{i}'>Generalsekretärin "
        f"ruft zur Zusammenarbeit Nummer {i} auf"
        f"{flag if i == 0 else ''}</a></h5>"
        f"<p>Bei einem Treffen in Wien warb die Generalsekretärin für Vertrauen.</p></div>"
        for i in range(3))
    records = _listing(cards, "de", "https://www.osce.org/de/pressemitteilungen")
    assert [r["title"] for r in records] == [
        f"Generalsekretärin ruft zur Zusammenarbeit Nummer {i} auf" for i in range(3)]

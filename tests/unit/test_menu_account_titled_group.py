"""A group of the menu titled as the signed-in reader's own account ("My account",
"Личный кабинет") holds their own links (their data, their registrations): no
entries, whatever each link is named; and a title row closes the groups below the one
it opens, so a sub-title after it heads its own links."""

from __future__ import annotations

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.account import names_account

Entry = tuple[str, str, list[str]]


def _menu(body: str) -> list[Entry]:
    page = ("<!DOCTYPE html><html lang='en'><head><title>t</title></head>"
            f"<body>{body}<h1>Registration</h1><p>Text.</p></body></html>")
    records = extract(page.encode(), "https://www.osce.org/what", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def test_links_under_a_my_account_title_are_no_entries() -> None:
    nav = ('<nav><ul><li><a href="/elections">Elections</a></li>'
           '<li><span>My account</span><ul><li><a href="/ct/data">My data</a></li>'
           '<li><a href="/ct/registrations">My registrations</a></li></ul></li></ul></nav>')
    assert _menu(nav) == [("Elections", "/elections", [])]


def test_account_titles_in_the_sites_languages() -> None:
    assert names_account("Личный кабинет")
    assert names_account("My account")
    assert not names_account("Media centre")


_HEAD = '<tr><td class="head" bgcolor="{}"><b>{}</b></td></tr>'
_ROW = '<tr><td class="item"><a href="/{}">{}</a></td></tr>'
_SUB = '<tr><td class="sub" style="padding-left:22px"><a href="/{}">{}</a></td></tr>'


def test_a_title_row_closes_the_deeper_groups_before_it() -> None:
    table = ('<table role="navigation"><tbody>' + _HEAD.format("#123", "Our work")
             + '<tr><td class="item"><a href="javascript:t(\'f\')" aria-controls="f">'
             'Fields</a></td></tr></tbody><tbody id="f">'
             + "".join(_SUB.format(x, x.title()) for x in ("elections", "youth", "policing"))
             + "</tbody><tbody>" + _HEAD.format("#123", "Media")
             + _ROW.format("press", "Press") + _ROW.format("photos", "Photos")
             + _HEAD.format("#999", "Archive") + _ROW.format("old", "Old")
             + _ROW.format("older", "Older") + "</tbody></table>")
    found = _menu(table)
    assert ("Press", "/press", ["Media"]) in found
    assert ("Old", "/old", ["Media", "Archive"]) in found

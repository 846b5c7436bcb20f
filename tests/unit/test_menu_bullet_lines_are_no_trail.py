"""Links standing on lines of their own (table rows, ``<br>`` runs), each behind a "»"
bullet, are a column of a box of the menu, no breadcrumb: a trail is one line."""

from __future__ import annotations

from lxml import html

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.trail import on_lines

Entry = tuple[str, str, list[str]]


def _menu(body: str) -> list[Entry]:
    page = ("<!DOCTYPE html><html lang='en'><head><title>t</title></head>"
            f"<body>{body}</body></html>")
    records = extract(page.encode(), "https://www.osce.org/what", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def _box(title: str, names: list[str]) -> str:
    return ('<table width="100%"><tr><td bgcolor="#0d3d6b"><font color="#fff"><b>'
            f"{title}</b></font></td></tr>"
            + "".join(f'<tr><td>&raquo;&nbsp;<a href="/{n.lower()}">{n}</a></td></tr>'
                      for n in names) + "</table><br>")


def test_boxes_of_bullet_rows_under_titles_are_menu_groups() -> None:
    column = ('<table><tr><td width="210" valign="top">'
              + _box("Our work", ["Elections", "Policing", "Migration", "Youth", "Education"])
              + _box("Media", ["News", "Photos", "Videos"])
              + '<table><tr><td><b>Office of the Project Co-ordinator</b><br>16 Striletska'
              ' St.<br>01034 Kyiv, Ukraine<br>Tel.: +380 44 492 03 82</td></tr></table>'
              + '</td><td><h1>Subscribe</h1><p>We send a monthly digest of our work.</p>'
              '</td></tr></table>')
    found = _menu(column)
    assert ("Photos", "/photos", ["Media"]) in found
    assert ("Elections", "/elections", ["Our work"]) in found


def test_links_in_rows_or_between_breaks_stand_on_lines() -> None:
    rows = html.fromstring('<table><tr><td>» <a href="/a">A</a></td></tr>'
                           '<tr><td>» <a href="/b">B</a></td></tr></table>')
    breaks = html.fromstring('<p><a href="/a">A</a><br><a href="/b">B</a></p>')
    trail = html.fromstring('<p><a href="/">Home</a> » <a href="/a">A</a> » Here</p>')
    assert on_lines(rows, rows.xpath(".//a"))
    assert on_lines(breaks, breaks.xpath(".//a"))
    assert not on_lines(trail, trail.xpath(".//a"))

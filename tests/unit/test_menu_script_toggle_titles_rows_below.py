"""A table menu's worded script control folding open the rows right after it (its
``aria-controls`` naming the ``<tbody>`` of a collapsed submenu) is a title line of the
column, under the title row above it; a bullet picture saying nothing (``alt=""``)
before some lines' words is no part of how a line looks; a title row closes the groups
below the one it opens, so a later sub-title's links stand under it; and a group
titled as the reader's own account gives no entries."""

from __future__ import annotations

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]


def _menu(body: str) -> list[Entry]:
    page = ("<!DOCTYPE html><html lang='en'><head><title>t</title></head>"
            f"<body>{body}<h1>Registration</h1><p>Text.</p></body></html>")
    records = extract(page.encode(), "https://www.osce.org/what", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


_HEAD = '<tr><td class="head" bgcolor="{}"><b>{}</b></td></tr>'
_ROW = '<tr><td class="item">{}<a href="/{}">{}</a></td></tr>'
_SUB = '<tr><td class="sub" style="padding-left:22px"><a href="/{}">{}</a></td></tr>'
_ARROW = '<img src="/arrow.gif" alt=""> '
_FIELDS = ["elections", "policing", "migration", "youth", "education"]
_MEETINGS = ["hdim", "shdm"]


def _table(tail: str = "", toggle: bool = True, arrow: str = _ARROW) -> str:
    opener = ('<a href="javascript:toggle(\'fow\')" aria-controls="fow">Fields of work</a>'
              if toggle else "<span>Fields of work</span>")
    return ('<table role="navigation" aria-label="Site menu"><tbody>'
            + _HEAD.format("#123", "Our work")
            + f'<tr><td class="item">{arrow}{opener}</td></tr></tbody>'
            + '<tbody id="fow" style="display:none">'
            + "".join(_SUB.format(f, f.title()) for f in _FIELDS) + "</tbody><tbody>"
            + _ROW.format(arrow, "meetings", "Meetings") + '</tbody><tbody id="meet">'
            + "".join(_SUB.format(m, m.upper()) for m in _MEETINGS) + "</tbody><tbody>"
            + _ROW.format("", "projects", "Projects") + "</tbody><tbody>"
            + _HEAD.format("#123", "Media") + _ROW.format("", "press", "Press")
            + _ROW.format("", "photos", "Photos") + "</tbody>" + tail + "</table>")


def test_a_script_toggle_over_its_collapsed_rows_titles_them_under_the_title_above() -> None:
    found = _menu(_table())
    assert ("Elections", "/elections", ["Our work", "Fields of work"]) in found
    assert not any(name == "Fields of work" for name, _, _ in found)


def test_a_bullet_picture_makes_no_line_look_otherwise() -> None:
    found = _menu(_table())
    assert ("Meetings", "/meetings", ["Our work"]) in found
    assert ("HDIM", "/hdim", ["Our work", "Meetings"]) in found
    assert ("Projects", "/projects", ["Our work"]) in found
    assert ("Press", "/press", ["Media"]) in found

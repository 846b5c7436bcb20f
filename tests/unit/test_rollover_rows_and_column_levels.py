"""Older table menus:

- a rollover link whose handler is handed only the link (``showSub(this)``) opens the
  hidden box of links standing right after its row (a layer written by
  ``document.write``): that box is its collapsed submenu, under the column's title
  row and the link's name;
- a box the page calls a menu (``td.leftnav``) laying its links out as one table of
  rows is read as a link column: its title rows label the links below them;
- a link row looking like the column's first-level links, after a sub-title's rows
  that look otherwise, stands under the outer title again ("all regions")."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

URL = "https://www.example.org/section/page.html"


def _menu(body: str) -> list[tuple[str, str, list[str]]]:
    return menu_entries(body, URL)


def _row(inner: str) -> str:
    return f"<tr><td>{inner}</td></tr>"


def _title(words: str, cls: str = "") -> str:
    return f"<tr><td bgcolor='#336699'{cls}><b>{words}</b></td></tr>"


@pytest.mark.unit
def test_rollover_row_opens_the_written_layer_after_it() -> None:
    layer = ("<script>document.write('<div id=\"m_east\" style=\"display:none\">');"
             "document.write('<a href=\"/minsk/\">Office in Minsk</a><br>');"
             "document.write('<a href=\"/kyiv/\">Office in Kyiv</a><br>');"
             "document.write('</div>');</script>")
    rows = "".join([
        _title("About"),
        _row("<a href='/who/' onmouseover='showSub(this)'>Who we are</a>"),
        _row("<a href='/history/' onmouseover='showSub(this)'>History</a>"),
        _title("Regions"),
        _row("<a href='/east/' onmouseover='showSub(this)'>Eastern Europe</a>"),
        _row(layer),
        _row("<a href='/west/' onmouseover='showSub(this)'>Western Europe</a>"),
        _row("<a href='/north/' onmouseover='showSub(this)'>Northern Europe</a>"),
    ])
    page = (f"<table><tr><td width='180'><table>{rows}</table></td>"
            "<td><h1>Page</h1><p>Body text of the page, a sentence or two long.</p>"
            "</td></tr></table>")
    found = _menu(page)
    assert ("Office in Minsk", "/minsk/", ["Regions", "Eastern Europe"]) in found
    assert ("Office in Kyiv", "/kyiv/", ["Regions", "Eastern Europe"]) in found
    assert ("History", "/history/", ["About"]) in found


def _left_nav(rows: str) -> str:
    return ("<table><tr><td class='leftnav'><img src='/s.gif' alt=''><br>"
            f"<table>{rows}</table><img src='/s.gif' alt=''></td>"
            "<td><h1>Page</h1><p>Body text of the page, a sentence or two long.</p>"
            "</td></tr></table>")


def _item(href: str, words: str, cls: str = "item") -> str:
    return f"<tr><td class='{cls}'><img src='/b.gif' alt=''><a href='{href}'>{words}</a></td></tr>"


@pytest.mark.unit
def test_menu_box_holding_a_table_reads_its_title_rows() -> None:
    rows = "".join([
        "<tr><td class='head'>Institutions</td></tr>",
        _item("/chair/", "Chairmanship"), _item("/sec/", "Secretariat"),
        _item("/odihr/", "ODIHR"),
        "<tr><td class='head'>Topics</td></tr>",
        _item("/arms/", "Arms control"), _item("/media/", "Media freedom"),
    ])
    found = _menu(_left_nav(rows))
    assert ("Secretariat", "/sec/", ["Institutions"]) in found
    assert ("Media freedom", "/media/", ["Topics"]) in found


@pytest.mark.unit
def test_first_level_row_after_sub_titles_closes_them() -> None:
    rows = "".join([
        "<tr><td class='head'>Institutions</td></tr>",
        _item("/chair/", "Chairmanship"), _item("/sec/", "Secretariat"),
        "<tr><td class='head'><a href='/field/'>Field</a></td></tr>",
        "<tr><td class='sub'>East</td></tr>",
        _item("/minsk/", "Minsk", "item2"), _item("/kyiv/", "Kyiv", "item2"),
        "<tr><td class='sub'>South</td></tr>",
        _item("/baku/", "Baku", "item2"), _item("/tbilisi/", "Tbilisi", "item2"),
        _item("/field/map/", "all regions"),
        "<tr><td class='head'>Topics</td></tr>",
        _item("/arms/", "Arms control"), _item("/media/", "Media freedom"),
    ])
    found = _menu(_left_nav(rows))
    assert ("Baku", "/baku/", ["Field", "South"]) in found
    assert ("all regions", "/field/map/", ["Field"]) in found
    assert ("Arms control", "/arms/", ["Topics"]) in found


@pytest.mark.unit
def test_rows_alike_at_both_levels_stay_in_the_open_group() -> None:
    rows = "".join([
        "<tr><td class='head'>Institutions</td></tr>",
        _item("/chair/", "Chairmanship"), _item("/sec/", "Secretariat"),
        "<tr><td class='head'>Field</td></tr>",
        "<tr><td class='sub'>East</td></tr>",
        _item("/minsk/", "Minsk"), _item("/kyiv/", "Kyiv"),
        "<tr><td class='sub'>South</td></tr>",
        _item("/baku/", "Baku"), _item("/tbilisi/", "Tbilisi"),
    ])
    found = _menu(_left_nav(rows))
    assert ("Tbilisi", "/tbilisi/", ["Field", "South"]) in found

"""Older menus a browser builds from the page's own scripts and tables:

- an inline script made only of ``document.write`` calls of string literals is read as
  the markup it writes (:mod:`scraper.extract.docwrite`); any other script stays one;
- a rollover layer whose id the handler's key names with a word before it
  (``tcmShow('about')`` showing ``lyr_about``) is that link's submenu, and the bold
  title rows of the layer's table label the links below them;
- a ``javascript:`` toggle (``href="javascript:toggleNav('n1')"``, an icon, no words)
  opens the collapsed submenu it names, is no entry and no link of its line, and the
  link in the next cell of its row names the submenu."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.docwrite import render_document_writes, written_by
from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.example.org/section/page.html") -> list[Entry]:
    return menu_entries(body, url, main=("<table><tr><td><h1>Page</h1><p>Body text of the page.</p>"
                                         "</td></tr></table>"))


@pytest.mark.unit
@pytest.mark.parametrize(("script", "written"), [
    ("document.write('<b>a</b>');", "<b>a</b>"),
    ("<!--\ndocument.write('<a href=\\'/x\\'>it\\'s</a>');\n// -->", "<a href='/x'>it's</a>"),
    ('document.write("<p>" + \'one\' +\n "</p>"); document.writeln("<br>")',
     "<p>one</p><br>\n"),
    ("document.write('<\\/div>\\u00e9\\x41\\n')", "</div>éA\n"),
    ("/* menu */ window.document.write('x')", "x"),
    ("document.write('<b>' + name + '</b>');", None),     # a variable: not known
    ("if (a) document.write('x');", None),
    ("document.write(x);", None),
    ("var a = 1;", None),
    ("", None),
])
def test_written_by(script: str, written: str | None) -> None:
    assert written_by(script) == written


@pytest.mark.unit
def test_render_leaves_other_scripts() -> None:
    page = ("<p>a</p><script src='/m.js'>document.write('no')</script>"
            "<script type='text/template'>document.write('no')</script>"
            "<script>document.write('<i>yes</i>')</script>"
            "<script>var k='document.write';</script>")
    out = render_document_writes(page)
    assert "<i>yes</i>" in out
    assert "document.write('<i>yes</i>')" not in out
    assert out.count("document.write('no')") == 2
    assert "var k='document.write';" in out


@pytest.mark.unit
def test_document_parses_written_markup() -> None:
    doc = Document(url="https://www.example.org/",
                   text="<html><body><script>document.write('<div id=\"w\">Hi</div>');"
                        "</script></body></html>")
    assert doc.root.xpath("string(//div[@id='w'])") == "Hi"


def _layer(key: str, rows: str, written: bool) -> str:
    div = (f"<div id='lyr_{key}' style='position:absolute;visibility:hidden'>"
           f"<table>{rows}</table></div>")
    if written:
        div = "<script>document.write('" + div.replace("'", "\\'") + "');</script>"
    return div


def _button(key: str, name: str, rows: str, written: bool = False) -> str:
    return (f"<td><a href='/{key}' onmouseover=\"tcmShow('{key}')\">"
            f"<img src='/{key}.gif' alt='{name}'></a>{_layer(key, rows, written)}</td>")


_ROWS = ("<tr><td><b>Region one</b></td></tr>"
         "<tr><td><a href='/a1'>Alpha</a></td></tr><tr><td><a href='/a2'>Beta</a></td></tr>"
         "<tr><td><b>Region two</b></td></tr><tr><td><a href='/b1'>Gamma</a></td></tr>")


@pytest.mark.unit
@pytest.mark.parametrize("written", [False, True])
def test_rollover_layers_with_title_rows(written: bool) -> None:
    plain = ("<tr><td><a href='/about/who'>Who</a></td></tr>"
             "<tr><td><a href='/about/h'>History</a></td></tr>")
    bar = ("<table id='topnav'><tr>" + _button("about", "About us", plain)
           + _button("where", "Where we are", _ROWS, written) + "</tr></table>")
    entries = _menu(bar)
    assert ("Who", "/about/who", ["About us"]) in entries
    assert ("Alpha", "/a1", ["Where we are", "Region one"]) in entries
    assert ("Gamma", "/b1", ["Where we are", "Region two"]) in entries


def _tree(display: str) -> str:
    def row(href: str, name: str, toggle: str = "") -> str:
        cell = (f"<a href=\"javascript:toggle('{toggle}')\"><img src='/plus.gif' "
                f"alt='Open submenu'></a>") if toggle else "<img src='/pixel.gif' alt=''>"
        return (f"<tr><td>{cell}</td><td><a href='{href}'><img src='/arrow.gif' alt='»'>"
                f"&nbsp;{name}</a></td></tr>")

    sub = ("<tr><td></td><td><div id='n1' style='display:" + display + "'><table>"
           + "".join(f"<tr><td><img src='/pixel.gif' width='14' height='1' alt=''>"
                     f"<a href='/sec/{i}'><img src='/arrow2.gif' alt='›'> Office {i}</a></td></tr>"
                     for i in range(1, 4)) + "</table></div></td></tr>")
    return ("<table><tr><td colspan='2'><b>Institutions</b></td></tr>"
            + row("/sec", "Secretariat", "n1") + sub + row("/hc", "High Commissioner")
            + row("/rfom", "Media Freedom") + "<tr><td colspan='2'><b>Press</b></td></tr>"
            + row("/press", "Releases") + row("/photos", "Photos") + "</table>")


@pytest.mark.unit
@pytest.mark.parametrize("display", ["none", "block"])
def test_script_toggle_tree(display: str) -> None:
    entries = _menu(_tree(display))
    assert ("Secretariat", "/sec", ["Institutions"]) in entries
    assert ("Office 2", "/sec/2", ["Institutions", "Secretariat"]) in entries
    assert ("High Commissioner", "/hc", ["Institutions"]) in entries
    assert ("Photos", "/photos", ["Press"]) in entries
    assert not [e for e in entries if "Open" in e[0] or e[1].startswith("javascript")]

"""An older editor's row of image buttons over a page whose menu a class names
(Namo WebEditor's rollover bar above a left ``table.menu``): the buttons, named by their
images' ``alt`` text, are the menu's top level; a ``javascript:`` button whose handler
names a hidden layer's id (any function: ``xx_show_layer('panel2')``) opens that layer,
its links under the button's name.  A row of images leading off the site (partners'
logos) is no such row."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

BASE = "https://www.osce.org"
SEP = '<td><img src="img/sep.gif" width="2" height="24"></td>'


def _button(href: str, alt: str, handler: str = "") -> str:
    return (f'<td><a href="{href}" onmouseover="swap(\'b\', \'img/on.gif\');{handler}">'
            f'<img src="img/{alt[:3].lower()}.gif" name="b" alt="{alt}" border="0"></a></td>')


def _page(row: str) -> str:
    layer = "".join(
        f"document.write('<tr><td><a href=\"/en/units/{p}.html\">{w}<\\/a><\\/td><\\/tr>');\n"
        for p, w in (("chair", "Chairmanship"), ("secretariat", "Secretariat")))
    return ('<html><head><meta name="generator" content="Namo WebEditor v6.0">'
            '<title>OSCE</title></head><body><table width="780"><tr>'
            '<td><a href="/en/index.html"><img src="img/banner.gif" alt="OSCE"></a></td></tr>'
            f'<tr><td><table><tr>{row}</tr></table>'
            '<script language="JavaScript"><!--\n'
            "document.write('<div id=\"panel2\" style=\"position:absolute; "
            "visibility:hidden\"><table>');\n"
            f"{layer}document.write('<\\/table><\\/div>');\n// --></script></td></tr>"
            '<tr><td><table class="menu" width="190">'
            '<tr><td bgcolor="#2B4F81"><b>Fields of work</b></td></tr>'
            '<tr><td><a href="/en/fields/arms.html">Arms control</a></td></tr>'
            '<tr><td><a href="/en/fields/borders.html">Border management</a></td></tr>'
            '<tr><td><a href="/en/fields/elections.html">Elections</a></td></tr>'
            '</table></td></tr></table>'
            '<p>The OSCE works for stability, peace and democracy.</p></body></html>')


_BAR = SEP.join([
    _button("/en/index.html", "Home"), _button("/en/about.html", "About us"),
    _button("javascript:;", "Structures", " xx_show_layer('panel2');"),
    _button("/en/news.html", "Newsroom"), _button("/en/contact.html", "Contact"),
]) + SEP


@pytest.mark.unit
def test_image_button_row_beside_named_menu() -> None:
    records = extract(_page(_BAR).encode(), f"{BASE}/en/index.html", "navigation").records
    got = [(r["name"], r["url"].removeprefix(BASE), r["path"]) for r in records]
    assert got[:6] == [
        ("Home", "/en/index.html", []),
        ("About us", "/en/about.html", []),
        ("Chairmanship", "/en/units/chair.html", ["Structures"]),
        ("Secretariat", "/en/units/secretariat.html", ["Structures"]),
        ("Newsroom", "/en/news.html", []),
        ("Contact", "/en/contact.html", []),
    ]
    assert [name for name, _, _ in got[6:]] == ["Arms control", "Border management", "Elections"]


@pytest.mark.unit
def test_off_site_image_row_is_no_menu() -> None:
    partners = SEP.join(_button(f"https://www.{w.lower()}.org/", w)
                        for w in ("Council", "Union", "Nations"))
    records = extract(_page(partners).encode(), f"{BASE}/en/index.html", "navigation").records
    assert [r["name"] for r in records] == ["Arms control", "Border management", "Elections"]

"""A component library's menu named in short words, and a badge drawn, not named.

A menu bar's classes may say "menu" and "item" in their short forms (ICEfaces writes
``div.iceMnuBar > div.iceMnuBarItem``, each item's hidden submenu inside a
``div.iceMnuItm``), or say it in German spelt in ASCII (``hauptmenue``): the box is
the menu, its nested hidden submenus collapsed parts of it.  A status flag inside a
link that a utility-class theme draws as a pill (rounded corners on a fill of its own:
``rounded-full bg-amber-100``, or an inline style) is decoration, as one a ``badge``
class names is: "Podcasts", not "Podcasts NEW"."""

from __future__ import annotations

import pytest

from scraper.extract.badges import drawn_as_pill
from scraper.extract.document import Document
from scraper.extract.pages.navigation.hints import menu_hinted
from scraper.extract.structure import class_tokens
from tests.pages import menu_entries

_ITEM = "<div class='iceMnuItm'><a href='{href}'><span>{name}</span></a></div>"


def _items(*pairs: tuple[str, str]) -> str:
    return "".join(_ITEM.format(href=h, name=n) for h, n in pairs)


_BAR = (
    "<div class='iceMnuBar {extra}'>"
    "<div class='iceMnuBarItem'><a class='iceMnuBarItemLabel' href='/about'>"
    "<span>About</span></a>"
    "<div class='iceMnuBarSubMenu' style='display:none;'>"
    + _items(("/who", "Who we are"), ("/history", "History")) +
    "</div></div>"
    "<div class='iceMnuBarItem'><a class='iceMnuBarItemLabel' href='javascript:;'>"
    "<span>Topics</span></a>"
    "<div class='iceMnuBarSubMenu' style='display:none;'>"
    "<div class='iceMnuItm'><a href='javascript:;'><span>Human dimension</span>"
    "<span class='iceMnuItmArrow'>›</span></a>"
    "<div class='iceMnuItmSubMenu' style='display:none;'>"
    + _items(("/elections", "Elections"), ("/media-freedom", "Media freedom")) +
    "</div></div></div></div></div>"
    "<div class='content'><h1>Welcome</h1><p>Some words of the home page.</p>"
    "<a href='/news/1'>A story</a></div>"
)

_EXPECTED = [
    ("About", "/about", []),
    ("Who we are", "/who", ["About"]),
    ("History", "/history", ["About"]),
    ("Elections", "/elections", ["Topics", "Human dimension"]),
    ("Media freedom", "/media-freedom", ["Topics", "Human dimension"]),
]


def test_a_menu_bar_named_in_short_words_is_read_with_its_nested_submenus() -> None:
    assert menu_entries(_BAR.format(extra="")) == _EXPECTED


@pytest.mark.parametrize("name", ["hauptmenue", "menue", "iceMnuBar", "mnu-main"])
def test_short_and_ascii_spelt_menu_names_hint_a_menu(name: str) -> None:
    doc = Document.from_bytes(f"<html><body><div class='{name}'></div></body></html>".encode(),
                              "https://www.osce.org/")
    assert menu_hinted(class_tokens(doc.root.xpath("//div")[0]))


def test_a_menu_named_in_german_spelt_in_ascii_is_a_menu() -> None:
    page = ("<div class='hauptmenue'><ul><li><a href='/about'>About</a></li>"
            "<li><a href='/news'>News</a></li><li><a href='/jobs'>Jobs</a></li></ul></div>"
            "<div class='teaser'><ul><li><a href='/news/1'>A story</a></li>"
            "<li><a href='/news/2'>Another story</a></li></ul></div>")
    assert [e[1] for e in menu_entries(page)] == ["/about", "/news", "/jobs"]


@pytest.mark.parametrize("badge", [
    "<span class='ml-1 rounded-full bg-amber-100 px-1.5 text-[10px]'>NEW</span>",
    "<span class='rounded-3 bg-success text-white'>Beta</span>",
    "<span style='border-radius: 9px; background: #fde68a'>NEW</span>",
], ids=["tailwind", "bootstrap-utilities", "inline-style"])
def test_a_flag_drawn_as_a_pill_is_no_part_of_the_name(badge: str) -> None:
    page = ("<nav><ul><li><a href='/press'>Press</a></li>"
            f"<li><a href='/podcasts'>Podcasts {badge}</a></li>"
            "<li><a href='/videos'>Videos</a></li></ul></nav>")
    assert [e[0] for e in menu_entries(page)] == ["Press", "Podcasts", "Videos"]


@pytest.mark.parametrize(("html", "pill"), [
    ("<span class='rounded-full bg-sky-100'>x</span>", True),
    ("<span class='md:rounded bg-red-500'>x</span>", True),
    ("<span class='rounded-none bg-red-500'>x</span>", False),
    ("<span class='rounded-full bg-cover'>x</span>", False),
    ("<span class='rounded-full'>x</span>", False),
    ("<span style='border-radius:0;background:#eee'>x</span>", False),
    ("<span style='border-radius:4px;background-color:#eee'>x</span>", True),
])
def test_drawn_as_pill(html: str, pill: bool) -> None:
    doc = Document.from_bytes(f"<html><body>{html}</body></html>".encode(),
                              "https://www.osce.org/")
    assert drawn_as_pill(doc.root.xpath("//span")[0]) is pill

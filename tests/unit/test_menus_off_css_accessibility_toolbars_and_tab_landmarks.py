"""Menu rules:

- S3WaaS's ``off-css`` class keeps words for screen readers only ("Expand submenu",
  "– external link opening in a new window"): no part of a name or label;
- the accessibility toolbar (``ul#accessibilityMenu``: text size, contrast, site map)
  is no site menu, whatever menu word its id carries;
- a ``tabs`` row that is the top list of a navigation landmark named the menu
  (FandomDesktop's ``ul.wds-tabs`` in its local navigation) is that menu drawn as tabs;
- a hand-made table column (no menu hint): image buttons over its groups are entries,
  not a banner; an image link in a group's title bar heads that group; the page on
  view, shown bold behind the same bullet picture as its peers, is no title."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/docs/page.html")


def _items(names: list[str]) -> str:
    return "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in names)


@pytest.mark.unit
def test_off_css_words_are_for_screen_readers_only() -> None:
    body = ("<nav class='menu' aria-label='Main menu'><ul class='nav'>"
            "<li><a href='#'>About</a><button class='sub-menu-toggle'>"
            "<span class='off-css'>Expand submenu</span></button>"
            "<ul class='sub-menu'><li><a href='/history'>History</a></li>"
            "<li><a href='/jobs'>Jobs<span class='off-css'> – external link</span></a></li>"
            "</ul></li><li><a href='/news'>News</a></li></ul></nav>"
            "<main><h1>Title</h1><p>Text.</p></main>")
    assert _menu(body) == [("History", "/history", ["About"]), ("Jobs", "/jobs", ["About"]),
                           ("News", "/news", [])]


@pytest.mark.unit
def test_accessibility_toolbar_is_no_site_menu() -> None:
    body = ("<div id='topBar'><ul id='accessibilityMenu'>"
            "<li><a href='#content'>Skip to content</a></li>"
            "<li><a href='javascript:void(0);'>A+</a></li>"
            "<li><a href='/sitemap' title='Site map'>Site map</a></li></ul></div>"
            "<nav class='menu' aria-label='Main menu'><ul class='nav'>"
            + _items(["Home", "About", "News"]) + "</ul></nav>"
            "<main><h1>Title</h1><p>Text.</p></main>")
    assert _menu(body) == [("Home", "/home", []), ("About", "/about", []),
                           ("News", "/news", [])]


@pytest.mark.unit
def test_tabs_row_of_a_navigation_landmark_is_its_menu() -> None:
    body = ("<header><nav class='community-header__local-navigation' "
            "aria-label='Wiki navigation'><ul class='wds-tabs'>"
            "<li class='wds-dropdown'><div class='wds-tabs__tab-label'><span>Explore</span>"
            "</div><div class='wds-dropdown__content'><ul class='wds-list'>"
            + _items(["Main", "Pages"]) + "</ul></div></li>"
            "<li class='wds-dropdown'><div class='wds-tabs__tab-label'>"
            "<a href='/news'><span>News</span></a></div>"
            "<div class='wds-dropdown__content'><ul class='wds-list'>"
            + _items(["Releases", "Speeches"]) + "</ul></div></li></ul></nav></header>"
            "<main><h1>Title</h1><p>Text.</p></main>")
    assert _menu(body) == [
        ("Main", "/main", ["Explore"]), ("Pages", "/pages", ["Explore"]),
        ("News", "/news", []), ("Releases", "/releases", ["News"]),
        ("Speeches", "/speeches", ["News"])]


def _row(inner: str) -> str:
    return (f"<tr><td valign=top width=12><img src='arrow.gif' width=7></td>"
            f"<td><font size=-2>{inner}</font></td></tr>")


def _group(title: str, rows: list[str]) -> str:
    return ("<tr><td><table border=0 width='100%'>"
            f"<tr><td colspan=2 bgcolor='#003366'>{title}</td></tr>"
            + "".join(_row(r) for r in rows) + "</table></td></tr>"
            "<tr><td><img src='spacer.gif' height=10></td></tr>")


def _link(name: str) -> str:
    return f"<a href='/{name.lower()}'>{name}</a>"


def _table_page(about: list[str]) -> str:
    column = ("<table border=0 width=160>"
              "<tr><td><a href='/whatsnew'><img src='b1.gif' alt='New'></a></td></tr>"
              "<tr><td><a href='/jobs'><img src='b2.gif' alt='Jobs'></a></td></tr>"
              + _group("<img src='h1.gif' alt='About'>", about)
              + _group("<a href='/field'><img src='h2.gif' alt='Field'></a>",
                       [_link(n) for n in ("Kosovo", "Bosnia", "Croatia")])
              + _group("<img src='h3.gif' alt='Press'>",
                       [_link(n) for n in ("Releases", "Photos")])
              + "</table>")
    return (f"<table border=0 width=760><tr><td valign=top>{column}</td>"
            "<td valign=top><p><b><font size=+1>In brief</font></b></p>"
            "<p>Some words of the page, long enough to be its text.</p></td></tr></table>")


@pytest.mark.unit
def test_table_column_of_image_buttons_and_linked_group_title() -> None:
    menu = _menu(_table_page([_link(n) for n in ("History", "States")]))
    assert menu == [
        ("New", "/whatsnew", []), ("Jobs", "/jobs", []),
        ("History", "/history", ["About"]), ("States", "/states", ["About"]),
        ("Field", "/field", []), ("Kosovo", "/kosovo", ["Field"]),
        ("Bosnia", "/bosnia", ["Field"]), ("Croatia", "/croatia", ["Field"]),
        ("Releases", "/releases", ["Press"]), ("Photos", "/photos", ["Press"])]


@pytest.mark.unit
def test_page_on_view_behind_the_same_bullet_is_no_title() -> None:
    menu = _menu(_table_page(["<b>In brief</b>"] + [_link(n) for n in ("History", "States")]))
    assert ("History", "/history", ["About"]) in menu
    assert ("States", "/states", ["About"]) in menu

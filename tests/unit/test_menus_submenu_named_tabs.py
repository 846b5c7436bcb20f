"""A menu item's submenu panel named after the tabs it hangs from (``li > a +
ul.subTabs``, ``li > span + div.tabs-content-wrapper``) is the item's submenu, no
in-page tab widget; tabs switching panels (``role=tablist``) stay none."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.osce.org/what", main="<main><h1>Home</h1></main>")


def _tabs_menu(panel_attr: str = "") -> str:
    return ('<div id="navigation"><ul id="tabsHeader">'
            '<li><a href="/">Home</a></li>'
            '<li class="hasSub"><a href="/what">What we do</a>'
            f'<ul class="subTabs"{panel_attr}><li><a href="/elections">Elections</a></li>'
            '<li><a href="/policing">Policing</a></li></ul></li>'
            '<li><a href="/publications">Publications</a></li></ul></div>')


def test_a_submenu_named_tabs_under_a_menu_item_is_its_submenu() -> None:
    assert _menu(_tabs_menu()) == [
        ("Home", "/", []), ("What we do", "/what", []),
        ("Elections", "/elections", ["What we do"]), ("Policing", "/policing", ["What we do"]),
        ("Publications", "/publications", [])]


def test_tabs_switching_panels_under_a_menu_item_stay_no_menu() -> None:
    assert ("Elections", "/elections", ["What we do"]) not in _menu(
        _tabs_menu(' role="tablist"'))

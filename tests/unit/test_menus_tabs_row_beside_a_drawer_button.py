"""A row of the site's section tabs in a named navigation landmark is its top menu,
though a button of the landmark opens a drawer (``aria-controls``): that button
switches no tab.  Tabs switching panels (``role=tab``) are still none."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.osce.org/what", main="<main><h1>Home</h1></main>")


def _nav(tabs_attr: str = "") -> str:
    return ('<nav class="navbar" aria-label="Main navigation">'
            '<button aria-controls="drawer" aria-expanded="false">Menu</button>'
            f'<div class="navbar_tabs"><ul class="nav navbar-nav"{tabs_attr}>'
            '<li><a href="/news">News</a></li><li><a href="/events">Events</a></li>'
            '<li><a href="/resources">Resources</a></li></ul></div></nav>'
            '<div id="drawer" aria-hidden="true" style="visibility: hidden"></div>')


def test_section_tabs_beside_a_drawer_button_are_the_menu() -> None:
    assert _menu(_nav()) == [("News", "/news", []), ("Events", "/events", []),
                             ("Resources", "/resources", [])]


def test_tabs_switching_panels_are_no_menu() -> None:
    assert _menu(_nav(' role="tablist"')) == []

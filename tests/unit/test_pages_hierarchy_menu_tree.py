"""A class name joining a pages word to "hierarchy" (a wiki's sidebar tree of pages,
``ul.pages-hierarchy``) names a tree of the site's pages, no pager: its links are menu
entries under the toggle that opens it, like those of a ``pages-menu``."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries

_TREE = (
    "<div id='menu-sidebar' role='navigation' aria-label='Main menu'>"
    "<ul class='menu_root'>"
    "<li class='main-menu-item'><a href='/'>Home</a></li>"
    "<li class='main-menu-item open'>"
    "<button type='button' aria-expanded='true' aria-controls='work-children'>"
    "<span>Our work</span><span class='sr-only'>Close submenu</span></button>"
    "<ul class='{cls}' id='work-children'>"
    "<li><a href='/arms-control'>Arms control</a></li>"
    "<li><a href='/youth'>Youth</a></li>"
    "<li><a href='/policing'>Policing</a></li>"
    "</ul></li>"
    "<li class='main-menu-item'><a href='/about'>About us</a></li>"
    "</ul></div>")


def _menu(cls: str) -> list[Entry]:
    return menu_entries(_TREE.format(cls=cls), "https://www.example.org/youth",
                        main="<main><h1>Youth</h1><p>Body text of the page.</p></main>")


@pytest.mark.unit
def test_pages_hierarchy_is_a_tree_of_pages() -> None:
    got = {name: path for name, _, path in _menu("main-menu--children pages-hierarchy")}
    assert got == {"Home": [], "Arms control": ["Our work"], "Youth": ["Our work"],
                   "Policing": ["Our work"], "About us": []}


@pytest.mark.unit
def test_pages_box_is_still_no_menu() -> None:
    got = {name for name, _, _ in _menu("pages")}
    assert "Arms control" not in got

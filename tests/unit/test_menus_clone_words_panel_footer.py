"""Menu designs of hold-out set 110: a hidden sticky navbar clone leading to addresses
of its own (``/sticky/…``) under the words of the menu's items, and a mega panel's
footer row ("All fields of work ›") inside a ``dropdown-menu`` panel."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.example.org/section") -> list[Entry]:
    return menu_entries(body, url, main="<h1>Title</h1><p>Body text of the page.</p>")


_NAVBAR = ("<nav class='navbar'><ul class='nav'>"
           "<li class='dropdown'><a href='#' class='dropdown-toggle' aria-expanded='false'>"
           "What we do</a><div class='dropdown-menu mega-dropdown-menu'>"
           "<ul><li class='dropdown-header'>Dimensions</li>"
           "<li><a href='/arms'>Arms control</a></li><li><a href='/borders'>Borders</a></li>"
           "</ul><div class='mega-dropdown-footer'><a href='/what'>All fields &rsaquo;</a>"
           "</div></div></li>"
           "<li><a href='/structures'>Structures</a></li>"
           "<li><a href='/newsroom'>Newsroom</a></li></ul></nav>")

_CLONE = ("<div class='navbar-clone' aria-hidden='true' style='display:none'>"
          "<ul class='nav'><li><a href='/sticky/what' tabindex='-1'>What we do</a></li>"
          "<li><a href='/sticky/structures' tabindex='-1'>Structures</a></li>"
          "<li><a href='/sticky/newsroom' tabindex='-1'>Newsroom</a></li></ul></div>")


def test_a_hidden_clone_showing_the_menus_words_gives_nothing() -> None:
    got = _menu(_NAVBAR + _CLONE)
    assert not [u for _, u, _ in got if u.startswith("/sticky/")]


def test_a_footer_row_inside_a_menu_panel_is_under_the_panels_toggle() -> None:
    got = _menu(_NAVBAR)
    assert ("All fields", "/what", ["What we do"]) in got

"""Three browser behaviours a menu is read through: a button's ``popovertarget`` opens
the popover it names (its words label that panel, as ``aria-controls`` would); a
``<dialog>`` without ``open`` is not rendered (the drawer copy of the menu placed
before it gives nothing, a drawer that is the only menu still counts); a component
host holding one element is read as that element (KoliBri's ``kol-heading`` around
a column's ``h3``)."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/",
                        main="<main><h1>Page</h1><p>Body text of the page.</p></main>")


_POPOVER_NAV = (
    "<nav aria-label='Main'><ul>"
    "<li><button type='button' popovertarget='p1'>Our work</button>"
    "<div popover id='p1'>"
    "<div><h2>Fields</h2><ul><li><a href='/arms'>Arms control</a></li>"
    "<li><a href='/youth'>Youth</a></li></ul></div>"
    "<div><h2>Meetings</h2><ul><li><a href='/mc'>Ministerial Council</a></li></ul></div>"
    "</div></li>"
    "<li><a href='/news'>Newsroom</a></li><li><a href='/about'>About</a></li></ul></nav>")

_DRAWER = (
    "<button type='button' aria-controls='drawer' aria-haspopup='dialog'>Menu</button>"
    "<dialog id='drawer' aria-label='Menu'><details><summary>Topics</summary><ul>"
    "<li><a href='/arms'>Arms</a></li><li><a href='/youth'>Young people</a></li>"
    "<li><a href='/mc'>Council</a></li></ul></details>"
    "<ul><li><a href='/news'>News</a></li><li><a href='/about'>About us</a></li>"
    "<li><a href='/contact'>Contact</a></li></ul></dialog>")


def test_popovertarget_button_labels_its_popover() -> None:
    assert _menu(_POPOVER_NAV) == [
        ("Arms control", "/arms", ["Our work", "Fields"]),
        ("Youth", "/youth", ["Our work", "Fields"]),
        ("Ministerial Council", "/mc", ["Our work", "Meetings"]),
        ("Newsroom", "/news", []),
        ("About", "/about", []),
    ]


def test_popovertarget_opens_a_panel_placed_apart() -> None:
    body = (
        "<nav aria-label='Main'><ul>"
        "<li><button type='button' popovertarget='p1'>Our work</button></li>"
        "<li><a href='/news'>Newsroom</a></li><li><a href='/about'>About</a></li></ul></nav>"
        "<div popover id='p1' class='panel'><h2>Fields</h2><ul>"
        "<li><a href='/arms'>Arms control</a></li><li><a href='/youth'>Youth</a></li>"
        "<li><a href='/policing'>Policing</a></li></ul></div>")
    assert _menu(body) == [
        ("Arms control", "/arms", ["Our work", "Fields"]),
        ("Youth", "/youth", ["Our work", "Fields"]),
        ("Policing", "/policing", ["Our work", "Fields"]),
        ("Newsroom", "/news", []),
        ("About", "/about", []),
    ]


def test_closed_dialog_copy_before_the_menu_gives_nothing() -> None:
    assert _menu(f"<header>{_DRAWER}{_POPOVER_NAV}</header>") == _menu(_POPOVER_NAV)


def test_closed_dialog_that_is_the_only_menu_counts() -> None:
    assert _menu(f"<header>{_DRAWER}</header>") == [
        ("Arms", "/arms", ["Topics"]),
        ("Young people", "/youth", ["Topics"]),
        ("Council", "/mc", ["Topics"]),
        ("News", "/news", []),
        ("About us", "/about", []),
        ("Contact", "/contact", []),
    ]


def test_component_heading_titles_its_column() -> None:
    body = (
        "<nav aria-label='Main'><ul><li>"
        "<button type='button' aria-controls='p1' aria-expanded='false'>Our work</button>"
        "<div id='p1' hidden>"
        "<div class='col'><kol-heading _level='3' _label='Fields'><h3>Fields</h3></kol-heading>"
        "<ul><li><kol-link _href='/arms'><a href='/arms'>Arms control</a></kol-link></li>"
        "<li><kol-link _href='/youth'><a href='/youth'>Youth</a></kol-link></li></ul>"
        "<kol-link _href='/fields'><a href='/fields'>All fields</a></kol-link></div>"
        "<div class='col'><kol-heading _level='3' _label='Offices'>"
        "<h3><a href='/offices'>Offices</a></h3></kol-heading>"
        "<ul><li><a href='/tirana'>Tirana</a></li><li><a href='/skopje'>Skopje</a></li></ul>"
        "</div></div></li><li><a href='/about'>About</a></li></ul></nav>")
    assert _menu(body) == [
        ("Arms control", "/arms", ["Our work", "Fields"]),
        ("Youth", "/youth", ["Our work", "Fields"]),
        ("All fields", "/fields", ["Our work", "Fields"]),
        ("Offices", "/offices", ["Our work"]),
        ("Tirana", "/tirana", ["Our work", "Offices"]),
        ("Skopje", "/skopje", ["Our work", "Offices"]),
        ("About", "/about", []),
    ]

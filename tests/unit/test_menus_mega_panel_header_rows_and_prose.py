"""Menu designs (NSW Digital Design System): a mega menu whose panels open with a header
row (a "Back" button and a close button named only by screen-reader words), the panel's
title, a line of prose describing the panel, then its list."""

from __future__ import annotations

from tests.pages import Entry, menu_entries

_URL = "https://www.osce.org/"


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, _URL)


_CLOSE = ("<button class='icon-button js-close-nav' type='button'>"
          "<span class='material-icons' aria-hidden='true'>close</span>"
          "<span class='sr-only'>Close Menu</span></button>")


def _panel(title: str, description: str, links: list[tuple[str, str]]) -> str:
    return ("<div class='main-nav__sub-nav' role='region'>"
            f"<div class='main-nav__header'>{_CLOSE}</div>"
            f"<div class='main-nav__title'>{title}</div>"
            f"<div class='main-nav__description'>{description}</div>"
            "<ul class='main-nav__sub-list'>"
            + "".join(f"<li><a href='{u}'>{n}</a></li>" for u, n in links) + "</ul></div>")


def test_a_line_of_prose_under_a_panels_title_labels_nothing() -> None:
    menu = _menu("<nav class='main-nav' aria-label='Main menu'><ul class='main-nav__list'>"
                 "<li><a href='/what'>Fields of work</a>"
                 + _panel("Fields of work", "All 23 fields in which the OSCE is active.",
                          [("/elections", "Elections"), ("/policing", "Policing")])
                 + "</li><li><a href='/where'>Where we are</a>"
                 + _panel("Where we are",
                          "Our field operations and institutions across the region.",
                          [("/odihr", "ODIHR")]) + "</li></ul></nav>")
    assert ("Elections", "/elections", ["Fields of work"]) in menu
    assert ("ODIHR", "/odihr", ["Where we are"]) in menu


def test_a_short_title_before_the_list_still_labels_it() -> None:
    # no sentence: a title, whatever its length of words
    menu = _menu("<nav class='main-nav'><ul class='main-nav__list'><li><a href='/what'>Work</a>"
                 "<div class='panel'><div>Security across three dimensions</div><ul>"
                 "<li><a href='/elections'>Elections</a></li>"
                 "<li><a href='/policing'>Policing</a></li></ul></div></li></ul></nav>")
    assert ("Elections", "/elections", ["Work", "Security across three dimensions"]) in menu


def test_a_drawers_header_with_a_close_button_named_by_hidden_words_is_no_level() -> None:
    menu = _menu("<nav class='main-nav' id='main-nav' aria-label='Main menu'>"
                 "<div class='main-nav__header'><div class='main-nav__title'>Menu</div>"
                 f"{_CLOSE}</div>"
                 "<ul class='main-nav__list'><li><a href='/about'>About</a></li>"
                 "<li><a href='/newsroom'>Newsroom</a></li></ul></nav>")
    assert menu == [("About", "/about", []), ("Newsroom", "/newsroom", [])]


# ------------------------------------------------------------------ switchers and panel footers
def test_a_team_switcher_showing_the_organisations_name_labels_nothing() -> None:
    menu = _menu("<nav aria-label='Site'><div class='flex flex-col'>"
                 "<button type='button' aria-haspopup='menu' aria-expanded='false'>"
                 "<span data-slot='avatar'><img src='/emblem.svg' alt=''></span>"
                 "<span>OSCE</span></button>"
                 "<div data-slot='section'><a href='/search'>Search</a>"
                 "<a href='/newsroom'>Newsroom</a></div></div></nav>")
    assert menu == [("Search", "/search", []), ("Newsroom", "/newsroom", [])]


def test_a_mega_panels_footer_row_is_part_of_the_menu() -> None:
    menu = _menu("<nav class='main-nav menu--main'><ul class='menu'><li>"
                 "<button aria-expanded='false' aria-controls='mm-1'>Our work</button>"
                 "<div class='mega-menu' id='mm-1'><div class='mega-menu__column'>"
                 "<h3>Human dimension</h3><ul><li><a href='/elections'>Elections</a></li>"
                 "<li><a href='/democratization'>Democratization</a></li></ul></div>"
                 "<div class='mega-menu__footer'><a href='/what'>All fields of work</a></div>"
                 "</div></li></ul></nav>")
    assert ("All fields of work", "/what", ["Our work"]) in menu
    assert ("Elections", "/elections", ["Our work", "Human dimension"]) in menu

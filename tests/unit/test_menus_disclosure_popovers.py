"""Headless UI's header (Tailwind UI): each ``Popover.Button`` is a ``button`` saying
whether the panel after it is open (``aria-expanded``, no ``aria-haspopup``, no
``aria-controls`` while closed) and labels that panel's links, whether the panel
holds lists (a mega panel of headed columns) or bare links (a flyout); direct links
stand beside the popovers in no list.  The logo shows only its image, the site's name
being screen-reader-only words: no entry."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/",
                        main="<main><h1>Page</h1><p>Body text of the page.</p></main>")


_CHEVRON = "<svg aria-hidden='true'><path d='M5 7l5 5 5-5'/></svg>"


def _popover(label: str, panel: str) -> str:
    return (f"<div class='relative'><button type='button' aria-expanded='false'>{label}"
            f"{_CHEVRON}</button><div class='absolute' hidden style='display:none'>"
            f"{panel}</div></div>")


HEADER = (
    "<header><nav aria-label='Global' class='flex'>"
    "<div class='flex lg:flex-1'><a href='/'><span class='sr-only'>Example Organisation"
    "</span><img src='/img/logo.svg' alt=''></a></div>"
    "<div class='hidden lg:flex'>"
    + _popover("Our work",
               "<div><h3 id='c1'>Fields of work</h3><ul aria-labelledby='c1'>"
               "<li><a href='/arms'>Arms control</a></li><li><a href='/youth'>Youth</a></li>"
               "<li><a href='/policing'>Policing</a></li></ul>"
               "<a href='/fields'>All fields <span aria-hidden='true'>&rarr;</span></a></div>"
               "<div><a href='/projects'>Projects</a></div>")
    + _popover("Structures",
               "<div><a href='/chair'>Chairpersonship</a><p>Who leads this year.</p></div>"
               "<div><a href='/secretariat'>Secretariat</a><p>Supports the rest.</p></div>")
    + "<a href='/countries'>Countries</a>"
    + _popover("Newsroom", "<a href='/news'>News</a><a href='/statements'>Statements</a>")
    + "<a href='/about'>About us</a></div></nav></header>")


def test_popover_buttons_label_their_panels() -> None:
    entries = _menu(HEADER)
    assert ("Chairpersonship", "/chair", ["Structures"]) in entries
    assert ("News", "/news", ["Newsroom"]) in entries
    assert ("Countries", "/countries", []) in entries


def test_the_only_panel_with_lists_is_one_group_beside_bare_links() -> None:
    # its lists are no top level of the menu: links stand beside the panel in no list
    entries = _menu(HEADER)
    assert ("Arms control", "/arms", ["Our work", "Fields of work"]) in entries
    assert ("All fields", "/fields", ["Our work", "Fields of work"]) in entries
    assert ("Projects", "/projects", ["Our work"]) in entries


def test_a_logo_named_for_screen_readers_only_is_no_entry() -> None:
    assert "/" not in [url for _, url, _ in _menu(HEADER)]


def test_the_whole_header() -> None:
    assert _menu(HEADER) == [
        ("Arms control", "/arms", ["Our work", "Fields of work"]),
        ("Youth", "/youth", ["Our work", "Fields of work"]),
        ("Policing", "/policing", ["Our work", "Fields of work"]),
        ("All fields", "/fields", ["Our work", "Fields of work"]),
        ("Projects", "/projects", ["Our work"]),
        ("Chairpersonship", "/chair", ["Structures"]),
        ("Secretariat", "/secretariat", ["Structures"]),
        ("Countries", "/countries", []),
        ("News", "/news", ["Newsroom"]),
        ("Statements", "/statements", ["Newsroom"]),
        ("About us", "/about", []),
    ]


def test_a_menu_button_before_the_whole_hidden_menu_labels_nothing() -> None:
    # the small screen's "Menu" button opens the whole menu: no group of it
    page = ("<nav aria-label='Main'><a href='/'><img src='/logo.png' alt='Home'></a>"
            "<button type='button' aria-expanded='false'>Menu</button>"
            "<div hidden><ul><li><a href='/a'>Alpha</a></li><li><a href='/b'>Beta</a></li>"
            "<li><a href='/c'>Gamma</a></li></ul></div></nav>")
    assert _menu(page) == [("Alpha", "/a", []), ("Beta", "/b", []), ("Gamma", "/c", [])]

"""A dropdown's trigger labels the links of the panel after it: Bootstrap's
``a.dropdown-toggle[data-toggle=dropdown]`` (or ``data-bs-toggle``) and any link
leading nowhere (``href="#"``) that says it opens something (``aria-haspopup``,
``aria-expanded``), before a box of bare links whose hiding is left to the
framework's style sheet (Bootstrap 4's ``div.dropdown-menu > a.dropdown-item``),
however the items around them are closed (Nikola's template leaves its ``<li>``
open)."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.example.org/section/page.html") -> list[Entry]:
    return menu_entries(body, url, main="<main><h1>Page</h1><p>Body text of the page.</p></main>")


def _navbar(toggle: str, close_li: bool = False) -> str:
    end = "</li>" if close_li else ""
    groups = (("Fields of work", ("arms-control", "Arms control"), ("youth", "Youth"),
               ("policing", "Policing")),
              ("Meetings", ("summits", "Summits"), ("councils", "Councils")))
    items = "".join(
        f"<li class='nav-item dropdown'>{toggle.format(label=label)}"
        f"<div class='dropdown-menu'>"
        + "".join(f"<a href='/{u}' class='dropdown-item'>{n}</a>" for u, n in links)
        + f"</div>{end}"
        for label, *links in groups)
    return ("<nav class='navbar navbar-expand-md'><a class='navbar-brand' href='/'>Site</a>"
            "<button class='navbar-toggler' data-toggle='collapse' data-target='#bs' "
            "aria-controls='bs' aria-expanded='false' aria-label='Toggle navigation'>"
            "<span class='navbar-toggler-icon'></span></button>"
            "<div class='collapse navbar-collapse' id='bs'><ul class='navbar-nav'>"
            f"{items}<li class='nav-item'><a class='nav-link' href='/news'>News</a>{end}"
            "</ul></div></nav>")


_BOOTSTRAP4 = ("<a href='#' class='nav-link dropdown-toggle' data-toggle='dropdown' "
               "aria-haspopup='true' aria-expanded='false'>{label}</a>")
_BOOTSTRAP5_BUTTON = ("<button type='button' class='nav-link dropdown-toggle' "
                      "data-bs-toggle='dropdown'>{label}</button>")
_ARIA_LINK = "<a href='#' class='nav-link' aria-expanded='false'>{label}</a>"


@pytest.mark.unit
@pytest.mark.parametrize("toggle", [_BOOTSTRAP4, _BOOTSTRAP5_BUTTON, _ARIA_LINK])
@pytest.mark.parametrize("close_li", [False, True])
def test_toggle_labels_its_dropdown(toggle: str, close_li: bool) -> None:
    got = {name: path for name, _, path in _menu(_navbar(toggle, close_li))}
    assert got["Arms control"] == ["Fields of work"]
    assert got["Policing"] == ["Fields of work"]
    assert got["Summits"] == ["Meetings"]
    assert got["Councils"] == ["Meetings"]
    assert got["News"] == []
    assert "Fields of work" not in got   # the toggle leads nowhere: no entry


@pytest.mark.unit
def test_plain_link_before_box_on_view_labels_nothing() -> None:
    """A link to a page, saying it opens nothing, before a box of links on view: the
    box is its neighbour, no dropdown of it."""
    got = {name: path for name, _, path in _menu(
        _navbar("<a href='/{label}' class='nav-link'>{label}</a>", close_li=True))}
    assert got["Arms control"] == []
    assert got["Summits"] == []


@pytest.mark.unit
def test_toggle_opening_whole_menu_labels_nothing() -> None:
    """A ``#`` toggle saying only the menu's name ("Menu") opens the whole menu: no
    group label of it."""
    body = ("<nav class='navbar'><a href='#' class='dropdown-toggle' data-toggle='dropdown'>"
            "Menu</a><div class='dropdown-menu'>"
            "<a href='/about' class='dropdown-item'>About</a>"
            "<a href='/news' class='dropdown-item'>News</a>"
            "<a href='/contact' class='dropdown-item'>Contact</a></div></nav>")
    got = {name: path for name, _, path in _menu(body)}
    assert got == {"About": [], "News": [], "Contact": []}


@pytest.mark.unit
def test_wordless_split_toggle_takes_its_label_from_the_link_beside_it() -> None:
    """Bootstrap's split button: the item's real link, then a toggle showing no words
    (only a screen reader's "Toggle submenu") before the dropdown: the link heads the
    group the toggle opens, and is an entry itself."""
    body = ("<nav class='navbar'><ul class='navbar-nav'>"
            "<li class='nav-item dropdown btn-group'>"
            "<a class='nav-link' href='/structures'>Structures</a>"
            "<button type='button' class='nav-link dropdown-toggle dropdown-toggle-split' "
            "data-toggle='dropdown' aria-expanded='false'>"
            "<span class='sr-only'>Toggle submenu</span></button>"
            "<div class='dropdown-menu'>"
            "<a class='dropdown-item' href='/secretariat'>Secretariat</a>"
            "<a class='dropdown-item' href='/odihr'>ODIHR</a></div></li>"
            "<li class='nav-item'><a class='nav-link' href='/news'>News</a></li>"
            "</ul></nav>")
    got = {name: path for name, _, path in _menu(body)}
    assert got == {"Structures": [], "Secretariat": ["Structures"], "ODIHR": ["Structures"],
                   "News": []}

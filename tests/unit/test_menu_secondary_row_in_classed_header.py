"""A page marking its header only by a box's class (``div.lp-header-area``: no
``<header>``, banner or header id) has its header there: a "secondary" menu landmark in
that box is the header's second menu row, part of the site menu (the contract's settled
case), path []."""

from __future__ import annotations

from tests.pages import menu_entries

_HEADER = ("<div class='lp-header-area'>"
           "<nav class='lp-secondary-nav' aria-label='Menu dodatkowe'><ul class='nav'>"
           "<li><a href='/pl/contact'>Kontakt</a></li>"
           "<li><a href='/pl/procurement'>Zamówienia</a></li></ul></nav>"
           "<nav class='navbar' aria-label='Menu główne'><ul class='nav navbar-nav'>"
           "<li><a href='/pl/newsroom'>Aktualności</a></li>"
           "<li><a href='/pl/library'>Biblioteka</a></li></ul></nav></div>")
_MAIN = "<main><h1>Wybory</h1><p>Tekst artykułu o wyborach.</p></main>"


def test_a_secondary_nav_in_a_header_named_by_class_is_menu() -> None:
    assert menu_entries(_HEADER, "https://www.osce.org/pl", _MAIN) == [
        ("Kontakt", "/pl/contact", []),
        ("Zamówienia", "/pl/procurement", []),
        ("Aktualności", "/pl/newsroom", []),
        ("Biblioteka", "/pl/library", []),
    ]

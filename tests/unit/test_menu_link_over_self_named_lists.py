"""A link over lists that each carry a name of their own (``aria-label``, unseen) is
their peer, no title: the countries of a panel under an "All countries" link stand
under the panel's toggle only; a link over a list it names still heads it."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(inner: str) -> list[Entry]:
    nav = ("<nav aria-label='Main menu'><ul>"
           "<li><button type='button' id='b-c' aria-expanded='false' aria-controls='p-c'>"
           "Countries</button>"
           "<div id='p-c' role='region' aria-labelledby='b-c' class='hidden'>"
           f"<div class='container'>{inner}</div></div></li>"
           "<li><a href='/newsroom'>Newsroom</a></li><li><a href='/about'>About</a></li>"
           "</ul></nav>")
    return menu_entries(nav, "https://www.example.org/section",
                        main="<main><h1>Title</h1><p>Body text of the page.</p></main>")


def _grid(first: str, second: str) -> str:
    return ("<a href='/states' class='text-primary'>All countries</a>"
            "<div class='grid'><div class='col-9'>"
            f"<ul role='list'{first}><li><a href='/states/albania'>Albania</a></li>"
            "<li><a href='/states/andorra'>Andorra</a></li></ul></div>"
            f"<div class='col-3'><ul role='list'{second}>"
            "<li><a href='/partners/asian'>Asian Partners</a></li>"
            "<li><a href='/partners/med'>Mediterranean Partners</a></li></ul></div></div>")


def test_a_link_over_self_named_lists_is_their_peer() -> None:
    got = _menu(_grid(" aria-label='Participating States'", " aria-label='Partners'"))
    assert ("All countries", "/states", ["Countries"]) in got
    assert ("Albania", "/states/albania", ["Countries"]) in got
    assert ("Asian Partners", "/partners/asian", ["Countries"]) in got


def test_a_link_over_unnamed_lists_still_heads_them() -> None:
    got = _menu(_grid("", ""))
    assert ("Albania", "/states/albania", ["Countries", "All countries"]) in got

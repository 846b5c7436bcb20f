"""A footer row inside the panel a menu item opens (a mega panel's last line, below its
columns, in a box classed ``…-footer`` with no menu word in the classes around it) is a
line of that panel, an entry under the item's words, not the page's footer."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/section",
                        main="<main><h1>Title</h1><p>Body text of the page.</p></main>")


_NAV = ("<nav aria-label='Main navigation'><div class='x_wrapper'><ul class='x_level1-list'>"
        "<li class='x_level1'><a href='#' aria-haspopup='true' aria-expanded='false'>"
        "Where we are</a>"
        "<div class='x_mega' role='region' aria-label='Where we are'>"
        "<div class='x_mega-inner'>"
        "<div class='x_mega-col'><h3>Europe</h3><ul class='x_mega-list'>"
        "<li><a href='/albania'>Albania</a></li><li><a href='/serbia'>Serbia</a></li></ul></div>"
        "<div class='x_mega-col'><h3>Asia</h3><ul class='x_mega-list'>"
        "<li><a href='/astana'>Astana</a></li><li><a href='/bishkek'>Bishkek</a></li></ul></div>"
        "</div>"
        "<div class='x_mega-footer'><a href='/closed'>Closed activities</a></div>"
        "</div></li>"
        "<li class='x_level1'><a href='/newsroom'>Newsroom</a></li>"
        "<li class='x_level1'><a href='/about'>About us</a></li>"
        "</ul></div></nav>")


def test_a_footer_row_in_an_items_panel_is_an_entry_under_the_item() -> None:
    got = _menu(_NAV)
    assert ("Closed activities", "/closed", ["Where we are"]) in got
    assert ("Albania", "/albania", ["Where we are", "Europe"]) in got


def test_the_pages_own_footer_beside_the_menu_gives_nothing() -> None:
    footer = ("<div class='x_footer'><ul><li><a href='/privacy'>Privacy</a></li>"
              "<li><a href='/terms'>Terms</a></li></ul></div>")
    got = _menu(_NAV + footer)
    assert not [u for _, u, _ in got if u in ("/privacy", "/terms")]

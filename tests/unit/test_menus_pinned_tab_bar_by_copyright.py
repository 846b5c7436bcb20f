"""Menu designs: a navigation bar pinned to the screen (an app's bottom tab bar, written
after the page's text and its copyright line) is drawn over the page wherever the reader
scrolls: standing by no line of the page, it is no footer's row but a menu."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.pages.navigation.looks import pinned_to_screen
from tests.pages import Entry, menu_entries

_MAIN = ("<main><h1>Community policing in Moldova</h1><p>Officers met residents.</p>"
         "<footer>© Example 2024 · <a href='/terms'>Terms</a></footer></main>")


def _page(bar_attrs: str) -> list[Entry]:
    bar = (f"<div {bar_attrs} role='navigation' aria-label='Sections'>"
           "<a href='/'>Home</a><a href='/newsroom'>Newsroom</a>"
           "<a href='/events'>Events</a><a href='/publications'>Publications</a>"
           "<button type='button' aria-controls='panel'>Menu</button></div>")
    drawer = ("<div id='panel' class='fixed top-0 left-0 -translate-x-full' role='dialog' "
              "aria-label='Main menu'><div><div>Menu</div><button type='button'>Close</button>"
              "</div><nav aria-labelledby='t1'><div id='t1'>Topics</div><ul>"
              "<li><a href='/elections'>Elections</a></li><li><a href='/youth'>Youth</a></li>"
              "<li><a href='/policing'>Policing</a></li></ul></nav></div>")
    return menu_entries(f"<div>{_MAIN}{bar}</div>{drawer}", "https://www.example.org/news/1")


_TOPICS = [("Elections", "/elections", ["Topics"]), ("Youth", "/youth", ["Topics"]),
           ("Policing", "/policing", ["Topics"])]


@pytest.mark.parametrize("attrs", ["class='w-full bottom-0 fixed left-0'",
                                   "class='navbar fixed-bottom'",
                                   "style='position: fixed; bottom: 0'"])
def test_a_tab_bar_pinned_to_the_screen_after_the_copyright_is_a_menu(attrs: str) -> None:
    assert _page(attrs) == [("Home", "/", []), ("Newsroom", "/newsroom", []),
                            ("Events", "/events", []),
                            ("Publications", "/publications", []), *_TOPICS]


def test_the_same_bar_in_the_page_s_flow_is_the_footer_s_row() -> None:
    assert _page("class='w-full bottom-0 left-0'") == _TOPICS


@pytest.mark.parametrize(("markup", "pinned"), [
    ("<div class='fixed bottom-0'><a>x</a></div>", True),
    ("<div style='position:fixed'><a>x</a></div>", True),
    ("<div class='fixed-width'><a>x</a></div>", False),
    ("<div style='position:relative'><a>x</a></div>", False),
])
def test_pinned_to_screen(markup: str, pinned: bool) -> None:
    el = html.fragment_fromstring(markup)
    assert pinned_to_screen(el[0]) is pinned

"""A toggle opening the whole menu whose shown words are only the menu's name and its
open or close words, one after another ("Menu Close": the burger's word while closed
and its word while open; "MENU MENU", the same word twice) is the small screen's
burger: its words label no group of the menu.  A toggle showing words of its own
still labels the links it opens."""

from __future__ import annotations

import pytest

from scraper.extract.pages.navigation.controls import says_only_menu_words
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

LIST = (
    '<ul id="primary-menu-list"><li><a href="#">Our work</a>'
    '<button aria-expanded="false"><span class="screen-reader-text">Open menu</span></button>'
    '<ul class="sub-menu"><li><a href="/fields">Fields of work</a></li>'
    '<li><a href="/projects">Projects</a></li></ul></li>'
    '<li><a href="/where">Where we are</a></li><li><a href="/jobs">Jobs</a></li>'
    '<li><a href="/about">About us</a></li></ul>')
MAIN = "<main><h2>Hello</h2><p>Some text of the page.</p></main>"
EXPECTED = [("Fields of work", "/fields", ["Our work"]), ("Projects", "/projects", ["Our work"]),
            ("Where we are", "/where", []), ("Jobs", "/jobs", []), ("About us", "/about", [])]


def _page(toggle: str) -> str:
    return ('<header><nav aria-label="Primary menu"><div class="menu-button-container">'
            f'{toggle}</div><div class="primary-menu-container">{LIST}</div></nav></header>'
            + MAIN)


def test_open_and_close_words_of_a_burger_label_nothing() -> None:
    toggle = ('<button aria-controls="primary-menu-list" aria-expanded="false">'
              '<span class="open">Menu <svg></svg></span>'
              '<span class="close">Close <svg></svg></span></button>')
    assert menu_entries(_page(toggle)) == EXPECTED


def test_doubled_menu_word_of_a_toggle_pointing_nowhere_labels_nothing() -> None:
    toggle = ('<div class="toggle-blocks"><span role="button" aria-expanded="false">'
              '<span class="label-closed">MENU</span><span class="label-open">MENU</span>'
              '</span></div>')
    assert menu_entries(_page(toggle)) == EXPECTED


def test_toggle_showing_its_own_title_still_labels_its_links() -> None:
    toggle = ('<button aria-controls="primary-menu-list" aria-expanded="false">'
              '<span>Programmes</span></button>')
    assert menu_entries(_page(toggle))[2] == ("Where we are", "/where", ["Programmes"])


@pytest.mark.parametrize(("text", "only"), [
    ("Menu Close", True), ("MENU MENU", True), ("Main menu ×", True),
    ("Меню Закрыть меню", True), ("Menü schließen", True),
    ("Menu of services", False), ("Close relations", False), ("Main office", False), ("", False),
])
def test_says_only_menu_words(text: str, only: bool) -> None:
    assert says_only_menu_words(text) is only

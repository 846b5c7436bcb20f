"""Menu rules: a heading whose class calls it the toggle and whose words name the
menu with its rank ("Primary Menu") names the menu, no group; a navigation landmark
naming itself a menu of a rank ("secondary-navigation", an ``aria-label`` "Secondary
menu") is a menu wherever it stands, its list's service-row name ("menu-utility")
included; a ranked strip of tags' links is none, nor is an unmarked utility row of
the header."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries

pytestmark = pytest.mark.unit


def _menu(body: str, url: str = "https://www.osce.org/") -> list[Entry]:
    return menu_entries(body, url)


def _primary(head: str = "") -> str:
    return ('<header id="masthead"><a href="/" rel="home">OSCE</a>'
            f'<nav id="primary-navigation" class="site-navigation primary-navigation">{head}'
            '<div class="menu-main-container"><ul class="nav-menu">'
            '<li><a href="/">Home</a></li>'
            '<li><a href="/about">About</a><ul class="sub-menu">'
            '<li><a href="/history">History</a></li></ul></li></ul></div></nav></header>')


_CONTENT = '<div id="main"><div id="content" role="main"><h1>Title</h1><p>Text.</p></div>'
_SIDEBAR = ('<div id="secondary"><nav role="navigation" class="navigation site-navigation '
            'secondary-navigation"><ul class="menu"><li><a href="/cio">Chairmanship</a></li>'
            '<li><a href="/contacts">Contact us</a></li>'
            '<li><a href="https://twitter.com/OSCE" aria-label="Twitter">'
            '<span class="icon" aria-hidden="true"></span></a></li></ul></nav></div></div>')
_PRIMARY = [("Home", "/", []), ("About", "/about", []), ("History", "/history", ["About"])]
_SECONDARY = [("Chairmanship", "/cio", []), ("Contact us", "/contacts", []),
              ("Twitter", "https://twitter.com/OSCE", [])]


def test_a_toggle_heading_naming_the_menu_with_its_rank_labels_no_group() -> None:
    body = _primary('<h1 class="menu-toggle">Primary Menu</h1>') + _CONTENT + _SIDEBAR
    assert _menu(body) == _PRIMARY + _SECONDARY


def test_a_heading_of_other_words_still_heads_its_menu() -> None:
    body = _primary('<h2 class="menu-toggle">About the OSCE</h2>') + _CONTENT + _SIDEBAR
    assert _menu(body)[:3] == [(n, u, ["About the OSCE", *p]) for n, u, p in _PRIMARY]


def test_a_ranked_navigation_landmark_in_the_sidebar_is_a_menu() -> None:
    assert _menu(_primary() + _CONTENT + _SIDEBAR) == _PRIMARY + _SECONDARY


def test_a_ranked_strip_of_tags_below_the_header_is_no_menu() -> None:
    strip = ('<nav id="secondary-nav"><div><h2>Don\'t miss</h2><ul class="menu">'
             '<li><a href="/tag/milan/">Milan</a></li><li><a href="/tag/smm/">SMM</a></li>'
             '</ul></div></nav>')
    assert _menu(_primary() + strip + _CONTENT + "</div>") == _PRIMARY


def test_a_header_nav_labelled_secondary_menu_is_a_menu_its_utility_list_too() -> None:
    top = ('<header id="masthead"><div class="row-top"><nav class="site-navigation '
           'secondary-menu" aria-label="Secondary menu"><ul id="menu-utility" '
           'class="secondary-menu-ul menu"><li><a href="/jobs">Jobs</a></li>'
           '<li><a href="/procurement">Procurement</a></li></ul></nav></div>'
           '<nav class="site-navigation primary-menu"><ul class="menu">'
           '<li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>')
    assert _menu(top + _CONTENT + "</div>") == [
        ("Jobs", "/jobs", []), ("Procurement", "/procurement", []),
        ("Home", "/", []), ("About", "/about", [])]


def test_an_unmarked_utility_row_of_the_header_stays_out() -> None:
    top = ('<header id="masthead"><div class="utility"><ul class="utility-links">'
           '<li><a href="/jobs">Jobs</a></li><li><a href="/procurement">Procurement</a></li>'
           '</ul></div><nav class="site-navigation primary-menu"><ul class="menu">'
           '<li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>')
    assert _menu(top + _CONTENT + "</div>") == [("Home", "/", []), ("About", "/about", [])]

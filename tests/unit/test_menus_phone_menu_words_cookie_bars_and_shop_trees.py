"""Menu designs: a Bootstrap 3 navbar's phone-only "Menu" word beside its burger, a
cookie bar drawn as a bottom navbar, a shop's menus whose every link names its
script by ``main_page=…``, its category tabs in a ``#navCatTabs`` row, its
categories box indented with non-breaking spaces and ASCII tree glyphs, and an older
portal's side boxes each opening with its title."""

from __future__ import annotations

import pytest

from scraper.extract.pages.navigation.hints import strip_glyphs
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

NAVBAR = (
    '<nav id="top"><div class="container"><div id="top-links" class="nav pull-right">'
    '<ul class="list-inline"><li><a href="/contacts"><i class="fa fa-envelope"></i> '
    '<span class="hidden-xs">Contact</span></a></li>'
    '<li class="dropdown"><a href="/index.php?route=account/account" class="dropdown-toggle">'
    '<i class="fa fa-user"></i> <span class="hidden-xs">My Account</span></a>'
    '<ul class="dropdown-menu"><li><a href="/index.php?route=account/register">Register</a>'
    '</li><li><a href="/index.php?route=account/login">Login</a></li></ul></li>'
    '<li><a href="https://twitter.com/OSCE" aria-label="OSCE on Twitter">'
    '<i class="fa fa-twitter"></i></a></li></ul></div></div></nav>'
    '<nav id="menu" class="navbar" aria-label="Main navigation">'
    '<div class="navbar-header"><span class="visible-xs">Menu</span>'
    '<button class="navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse">'
    '<span class="sr-only">Toggle navigation</span></button></div>'
    '<div class="collapse navbar-collapse navbar-ex1-collapse"><ul class="nav navbar-nav">'
    '<li><a href="/">Home</a></li><li><a href="/about">About</a></li>'
    '<li><a href="/work">Our work</a></li></ul></div></nav>')
COOKIE_BAR = (
    '<div id="cookie-bar" class="navbar-fixed-bottom alert">We use cookies. See our '
    '<a href="/privacy">cookie policy</a>.</div>')


def test_phone_only_menu_word_labels_nothing() -> None:
    assert menu_entries(NAVBAR) == [
        ("Contact", "/contacts", []), ("OSCE on Twitter", "https://twitter.com/OSCE", []),
        ("Home", "/", []), ("About", "/about", []), ("Our work", "/work", [])]


def test_cookie_bar_drawn_as_a_navbar_is_no_menu() -> None:
    assert menu_entries(NAVBAR + "<h1>Welcome</h1>" + COOKIE_BAR)[-1] == (
        "Our work", "/work", [])


SHOP = (
    '<div id="navMain"><ul><li><a href="/index.php?main_page=index">Home</a></li></ul></div>'
    '<div id="navCatTabs"><ul>'
    '<li><a href="/index.php?main_page=index&amp;cPath=1">Topics</a></li>'
    '<li><a href="/index.php?main_page=index&amp;cPath=2">Countries</a></li>'
    '<li><a href="/index.php?main_page=index&amp;cPath=3">Structures</a></li>'
    "</ul></div>"
    '<table><tr><td id="navColumnOne"><div class="sideBox">'
    '<h3 class="leftBoxHeading">Categories</h3><div class="sideBoxContent">'
    '<a class="category-top" href="/index.php?main_page=index&amp;cPath=1">Topics-&gt;</a><br>'
    '<a class="category-top" href="/index.php?main_page=index&amp;cPath=3">'
    "Structures-&gt;</a><br>"
    '<a class="category-subs" href="/index.php?main_page=index&amp;cPath=3_1">'
    "&nbsp;&nbsp;|_&nbsp;Secretariat</a><br>"
    '<a class="category-subs" href="/index.php?main_page=index&amp;cPath=3_2">'
    "&nbsp;&nbsp;|_&nbsp;Field operations-&gt;</a><br>"
    '<a class="category-products" href="/index.php?main_page=index&amp;cPath=3_2_1">'
    "&nbsp;&nbsp;&nbsp;&nbsp;|_&nbsp;Mission to Serbia</a><br>"
    '<a class="category-subs" href="/index.php?main_page=index&amp;cPath=3_3">'
    "&nbsp;&nbsp;|_&nbsp;Institutions</a><br>"
    "</div></div></td><td><h1>Field operations</h1><p>Text.</p></td></tr></table>")


def test_shop_menus_read_with_tabs_and_indented_category_tree() -> None:
    cat = "/index.php?main_page=index&cPath="
    assert menu_entries(SHOP) == [
        ("Home", "/index.php?main_page=index", []),
        ("Topics", f"{cat}1", []),
        ("Countries", f"{cat}2", []),
        ("Structures", f"{cat}3", []),
        ("Secretariat", f"{cat}3_1", ["Categories", "Structures"]),
        ("Field operations", f"{cat}3_2", ["Categories", "Structures"]),
        ("Mission to Serbia", f"{cat}3_2_1", ["Categories", "Structures", "Field operations"]),
        ("Institutions", f"{cat}3_3", ["Categories", "Structures"]),
    ]


@pytest.mark.parametrize(("text", "name"), [
    ("Länder->", "Länder"), ("|_ Vorsitz", "Vorsitz"), ("|- Vorsitz", "Vorsitz"),
    ("Newsroom -->", "Newsroom"), ("Press =>", "Press"), ("Co-operation", "Co-operation"),
])
def test_ascii_tree_branches_and_arrows_are_glyphs(text: str, name: str) -> None:
    assert strip_glyphs(text) == name


def _box(title: str, lines: str) -> str:
    return (f'<div class="box menu-box"><div class="box-title"><h1>{title}</h1></div>'
            f'<div class="box-content menu-items">{lines}</div></div>')


BULLET = '<img src="/bullet.gif" alt="">&#160;'
SUB = '&#160;&#160;&#160;<img src="/sub.gif" alt="">&#160;'
PORTAL = (
    '<table><tr><td id="left-col">'
    + _box("About us", f'{BULLET}<a href="/who">Who we are</a><br>'
                       f'{BULLET}<a href="/chair">Chairmanship</a><br>'
                       f'{SUB}<a href="/chair/priorities">Priorities</a><br>')
    + _box("Newsroom", f'{BULLET}<a href="/press">Press releases</a><br>'
                       f'{BULLET}<a href="/news">News</a><br>')
    + '</td><td><h2>Latest</h2><p>Text of the page.</p></td></tr></table>')


def test_side_boxes_titled_by_their_headings_with_indented_sub_items() -> None:
    assert menu_entries(PORTAL) == [
        ("Who we are", "/who", ["About us"]),
        ("Chairmanship", "/chair", ["About us"]),
        ("Priorities", "/chair/priorities", ["About us", "Chairmanship"]),
        ("Press releases", "/press", ["Newsroom"]),
        ("News", "/news", ["Newsroom"]),
    ]

"""A mega-menu column built of widget boxes (a titled menu widget, then a text widget
holding "All fields of work →") keeps the lone link after the group under the group's
heading (widgets.WidgetLabels._closing_widget_label); and a shop's cart link among the
menu's links is the reader's own, no entry, as their account link is (account.is_cart,
through account.is_own_account).

Each page isolates one signal, so a failure names it.
"""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.pages.navigation.account import is_cart, is_own_account
from tests.pages import menu_entries

_GROUP = ('<div class="widget"><h3>Security</h3><div><ul class="menu">'
          '<li><a href="/arms">Arms</a></li><li><a href="/borders">Borders</a></li>'
          '</ul></div></div>')
_OTHER = ('<div class="col"><div class="widget"><h3>Human</h3><div><ul class="menu">'
          '<li><a href="/elections">Elections</a></li></ul></div></div></div>')


def _panel(column: str) -> str:
    return ('<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li>'
            '<li><a href="#">Our work</a><div class="mega"><div class="row">'
            f'<div class="col">{column}</div>{_OTHER}</div></div></li>'
            '<li><a href="/news">News</a></li></ul></nav>')


def test_a_widget_link_after_a_titled_list_widget_stands_under_its_heading() -> None:
    column = (_GROUP + '<div class="widget"><div class="textwidget"><p>'
              '<a href="/work">All fields of work &rarr;</a></p></div></div>')
    assert ("All fields of work", "/work", ["Our work", "Security"]) in menu_entries(
        _panel(column))


def test_a_second_titled_widget_after_the_link_leaves_it_the_panels() -> None:
    # the column holds a second titled group after the link: it closes no one group
    column = (_GROUP + '<div class="widget"><p><a href="/work">All fields of work</a></p>'
              '</div><div class="widget"><h3>Also</h3><ul><li><a href="/x">X</a></li>'
              '</ul></div>')
    assert ("All fields of work", "/work", ["Our work"]) in menu_entries(_panel(column))


_SHOP = ('<nav><ul class="menu"><li><a href="/elections">Elections</a></li>'
         '<li><a href="/policing">Policing</a></li></ul></nav>'
         '<ul class="menu">{}</ul>')
_KEPT = [("Elections", "/elections", []), ("Policing", "/policing", [])]


def test_a_menu_link_saying_only_an_amount_of_money_is_the_readers_cart() -> None:
    assert menu_entries(_SHOP.format('<li><a href="/orders/current">0,00&euro;</a></li>')
                        ) == _KEPT


def test_a_menu_link_whose_class_says_cart_is_no_entry() -> None:
    assert menu_entries(_SHOP.format('<li class="menu-cart"><a href="/orders/current">'
                                     'Items</a></li>')) == _KEPT


def test_a_menu_link_whose_tooltip_names_the_basket_is_no_entry() -> None:
    assert menu_entries(_SHOP.format('<li><a href="/orders/current" '
                                     'title="Afficher votre panier">Commande</a></li>'),
                        "https://www.osce.org/fr/") == _KEPT


@pytest.mark.parametrize(("url", "name", "own"), [
    ("https://www.osce.org/fr/panier/", "Commande", True),
    ("https://www.osce.org/shop/cart", "Items", True),
    ("https://www.osce.org/x", "$ 12.50", True),
    ("https://www.osce.org/x", "1 250,00 руб.", True),
    ("https://www.osce.org/x", "Warenkorb", True),
    ("https://www.osce.org/x", "2024", False),            # a year, no money
    ("https://www.osce.org/x", "Europe 2024", False),
    ("https://www.osce.org/carta", "Carta de París", False),
    ("https://www.osce.org/cartography", "Cartography", False),
])
def test_own_cart_by_address_amount_or_words(url: str, name: str, own: bool) -> None:
    assert is_own_account(url, name) is own


def test_a_cart_class_on_a_box_holding_other_links_says_nothing_of_one_of_them() -> None:
    box = html.fromstring('<div><div class="header-cart"><a href="/a">A</a>'
                          '<a href="/b">B</a></div></div>')
    assert is_cart("A", box.xpath(".//a")[0], box) is False

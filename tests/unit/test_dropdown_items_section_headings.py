"""Mechanisms that hold-out sets 154 and 155 showed.

A box a menu framework's class word names an item (``div.ui.dropdown.item``, a nested
``div.item``) holding a hidden panel of links after words of its own is a collapsed
submenu a reader opens, as a list item's is; its words label the panel, hidden or
not.  A header among a panel's items labels them up to the next header of its kind or
a divider.  A list item holding a heading beside a wordless icon is a section heading
over the items after it (their submenus included)."""

from __future__ import annotations

import pytest

from tests.pages import menu_records

pytestmark = pytest.mark.unit


_menu = menu_records


def _paths(body: str) -> dict[str, list[str]]:
    return {r["url"].removeprefix("https://www.osce.org"): r["path"] for r in _menu(body)}


_DROPDOWNS = (
    "<div class='ui secondary menu' id='top' role='navigation'>"
    "<a class='item' href='/en'>Home</a>"
    "<div class='ui dropdown item' tabindex='0'>Topics <i class='dropdown icon'></i>"
    "<div class='menu transition hidden'>"
    "<div class='header'>Security</div>"
    "<a class='item' href='/policing'>Policing</a>"
    "<a class='item' href='/borders'>Borders</a>"
    "<div class='divider'></div>"
    "<div class='header'>Events</div>"
    "<a class='item' href='/summits'>Summits</a>"
    "<a class='item' href='/forums'>Forums</a>"
    "</div></div>"
    "<div class='ui dropdown item' tabindex='0'>Places <i class='dropdown icon'></i>"
    "<div class='menu transition hidden'>"
    "<div class='item'><i class='dropdown icon'></i><span class='text'>Offices</span>"
    "<div class='menu transition hidden'>"
    "<a class='item' href='/offices/vienna'>Vienna</a>"
    "<a class='item' href='/offices/prague'>Prague</a>"
    "<div class='divider'></div>"
    "<a class='item' href='/offices'>All offices</a>"
    "</div></div>"
    "<a class='item' href='/partners'>Partners</a>"
    "</div></div>"
    "<a class='item' href='/press'>Press</a>"
    "</div><main><h1>Policing</h1><p>Text.</p></main>")


def test_hidden_dropdown_panels_of_item_boxes_are_reached() -> None:
    got = _paths(_DROPDOWNS)
    assert list(got) == ["/en", "/policing", "/borders", "/summits", "/forums",
                         "/offices/vienna", "/offices/prague", "/offices", "/partners",
                         "/press"]
    assert got["/partners"] == ["Places"]


def test_header_labels_items_up_to_the_next_header() -> None:
    got = _paths(_DROPDOWNS)
    assert got["/policing"] == ["Topics", "Security"]
    assert got["/summits"] == ["Topics", "Events"]


def test_nested_item_words_label_its_hidden_panel() -> None:
    got = _paths(_DROPDOWNS)
    assert got["/offices/vienna"] == ["Places", "Offices"]
    assert got["/offices"] == ["Places", "Offices"]


def test_item_holding_a_heading_and_an_icon_is_a_section_heading() -> None:
    side = (
        "<div id='aside-menu' class='aside-menu'><ul class='menu-nav'>"
        "<li class='menu-item'><a href='/en' class='menu-link'>Home</a></li>"
        "<li class='menu-section'><h4 class='menu-section-text'>What we do</h4>"
        "<i class='menu-section-icon flaticon-more'></i></li>"
        "<li class='menu-item menu-item--submenu'><a href='javascript:;' "
        "class='menu-link menu-toggle'><span class='menu-link-text'>Topics</span></a>"
        "<div class='menu-submenu'><ul class='menu-subnav'>"
        "<li class='menu-item'><a href='/policing' class='menu-link'>Policing</a></li>"
        "<li class='menu-item'><a href='/borders' class='menu-link'>Borders</a></li>"
        "</ul></div></li>"
        "<li class='menu-section'><h4 class='menu-section-text'>Where we work</h4>"
        "<i class='menu-section-icon flaticon-more'></i></li>"
        "<li class='menu-item menu-item--submenu'><a href='javascript:;' "
        "class='menu-link menu-toggle'><span class='menu-link-text'>Offices</span></a>"
        "<div class='menu-submenu'><ul class='menu-subnav'>"
        "<li class='menu-item'><a href='/offices/vienna' class='menu-link'>Vienna</a></li>"
        "<li class='menu-item'><a href='/offices/prague' class='menu-link'>Prague</a></li>"
        "</ul></div></li>"
        "</ul></div><main><h1>Policing</h1><p>Text.</p></main>")
    got = _paths(side)
    assert got == {
        "/en": [],
        "/policing": ["What we do", "Topics"],
        "/borders": ["What we do", "Topics"],
        "/offices/vienna": ["Where we work", "Offices"],
        "/offices/prague": ["Where we work", "Offices"],
    }

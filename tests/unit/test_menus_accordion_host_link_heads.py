"""Menu designs: an item whose submenu sits in a component host (an accordion element
around its ``section``: ``li > amp-accordion > section > header + ul``) is read as if
the host were the box it shows: the link heading the section labels its links."""

from __future__ import annotations

from lxml import html

from scraper.extract.pages.navigation.title_groups import box_head
from tests.pages import Entry, menu_entries


def _item(head: str, links: str, host: bool) -> str:
    inner = (f"<section><header class='menu-item-header'>{head}"
             "<i class='fa fa-angle-down' aria-hidden='true'></i></header>"
             f"<ul class='sub-menu'>{links}</ul></section>")
    if host:
        inner = f"<amp-accordion class='menu-accordion' layout='container'>{inner}</amp-accordion>"
    return f"<li class='menu-item menu-item-has-children'>{inner}</li>"


def _li(url: str, name: str) -> str:
    return f"<li class='menu-item'><a href='{url}'>{name}</a></li>"


def _menu(host: bool) -> list[Entry]:
    inner = _item("<a href='/sec'>Secretariat</a>", _li("/sg", "Secretary General")
                  + _li("/cpc", "Conflict Prevention Centre"), host)
    outer = _item("<span>Structures</span>", _li("/chair", "Chairpersonship") + inner
                  + _li("/odihr", "ODIHR"), host)
    body = ("<amp-sidebar id='sidebar' layout='nodisplay'><nav><ul class='amp-menu'>"
            + _li("/home", "Home") + outer + _li("/jobs", "Jobs") + "</ul></nav></amp-sidebar>")
    return menu_entries(body, "https://www.example.org/",
                        main="<main><h1>News</h1><p>Text.</p></main>")


_EXPECTED = [("Home", "/home", []), ("Chairpersonship", "/chair", ["Structures"]),
             ("Secretariat", "/sec", ["Structures"]),
             ("Secretary General", "/sg", ["Structures", "Secretariat"]),
             ("Conflict Prevention Centre", "/cpc", ["Structures", "Secretariat"]),
             ("ODIHR", "/odihr", ["Structures"]), ("Jobs", "/jobs", [])]


def test_a_link_heading_an_accordion_section_labels_its_links() -> None:
    assert _menu(host=True) == _EXPECTED


def test_the_same_menu_without_the_host_reads_the_same() -> None:
    assert _menu(host=False) == _EXPECTED


def test_a_host_holding_one_box_gives_that_box_s_head() -> None:
    el = html.fragment_fromstring("<amp-accordion><section><header><a href='/s'>S</a>"
                                  "</header><ul><li>x</li></ul></section></amp-accordion>")
    head = box_head(el)
    assert head is not None
    assert head.tag == "header"

"""Menu designs: the Web Experience Toolkit's screen-reader-only class (``wb-inv``)
names no group a reader sees; a sidebar's title over its rule (``h5`` then a bare
divider) labels the links below the rule; a folded ``<details>`` group among those
links stands under the title too."""

from __future__ import annotations

import pytest

from scraper.extract.visible import SCREEN_READER_ONLY, hidden_kind
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

def test_wet_screen_reader_heading_over_a_menu_bar_is_no_label() -> None:
    body = ('<nav role="navigation" id="wb-sm"><h2 class="wb-inv">Menu des sujets</h2>'
            '<ul class="menu" role="menubar">'
            '<li><a href="#sm-1" aria-haspopup="true" aria-controls="sm-1">Notre travail</a>'
            '<ul id="sm-1" role="menu" aria-hidden="true">'
            '<li><a href="/fr/elections">Élections</a></li>'
            '<li><a href="/fr/youth">Jeunesse</a></li></ul></li>'
            '<li><a href="/fr/about">À propos</a></li></ul></nav>'
            '<main><h1>Titre</h1><p>Texte.</p></main>')
    assert menu_entries(body, "https://www.osce.org/fr/secretariat") == [
        ("Élections", "/fr/elections", ["Notre travail"]),
        ("Jeunesse", "/fr/youth", ["Notre travail"]),
        ("À propos", "/fr/about", []),
    ]


def test_wb_inv_is_screen_reader_only() -> None:
    from lxml import html
    el = html.fromstring('<h2 class="wb-inv">Menu</h2>')
    assert hidden_kind(el) == SCREEN_READER_ONLY


def _sidebar() -> str:
    return ('<div class="sidebar"><div class="sidebar-menu">'
            '<div class="sidebar-content"><form action="/search"><input name="q"></form></div>'
            '<h5 class="sidebar-title">Fields of work</h5><div class="sidebar-divider"></div>'
            '<a href="/arms-control" class="sidebar-link">Arms control</a>'
            '<a href="/elections" class="sidebar-link">Elections</a>'
            '<details class="collapse-panel"><summary>More fields of work</summary>'
            '<div class="collapse-content"><a href="/youth" class="sidebar-link">Youth</a>'
            '<a href="/policing" class="sidebar-link">Policing</a></div></details><br>'
            '<h5 class="sidebar-title">Field operations</h5><div class="sidebar-divider"></div>'
            '<a href="/mission-to-serbia" class="sidebar-link">Mission to Serbia</a>'
            '<a href="/mission-in-kosovo" class="sidebar-link">Mission in Kosovo</a>'
            '</div></div>')


def test_a_sidebar_title_over_its_rule_labels_the_links_and_the_folded_group() -> None:
    body = (f'<nav class="navbar"><a href="/" class="navbar-brand">OSCE</a>'
            f'<ul class="navbar-nav"><li><a href="/newsroom">Newsroom</a></li></ul></nav>'
            f'{_sidebar()}<div class="content"><h1>Title</h1><p>Words.</p></div>')
    assert menu_entries(body) == [
        ("Newsroom", "/newsroom", []),
        ("Arms control", "/arms-control", ["Fields of work"]),
        ("Elections", "/elections", ["Fields of work"]),
        ("Youth", "/youth", ["Fields of work", "More fields of work"]),
        ("Policing", "/policing", ["Fields of work", "More fields of work"]),
        ("Mission to Serbia", "/mission-to-serbia", ["Field operations"]),
        ("Mission in Kosovo", "/mission-in-kosovo", ["Field operations"]),
    ]


def test_a_divider_after_items_still_closes_the_titled_group() -> None:
    body = ('<nav class="navbar"><ul class="navbar-nav"><li><a href="/newsroom">Newsroom</a>'
            '</li></ul></nav><div class="sidebar"><div class="sidebar-menu">'
            '<div class="sidebar-content"><form action="/search"><input name="q"></form></div>'
            '<h5 class="sidebar-title">Get involved</h5><div class="sidebar-divider"></div>'
            '<a href="/jobs" class="sidebar-link">Jobs</a>'
            '<a href="/procurement" class="sidebar-link">Procurement</a>'
            '<div class="sidebar-divider"></div>'
            '<a href="/contacts" class="sidebar-link">Contacts</a></div></div>'
            '<div class="content"><h1>Title</h1><p>Words.</p></div>')
    assert menu_entries(body) == [
        ("Newsroom", "/newsroom", []),
        ("Jobs", "/jobs", ["Get involved"]),
        ("Procurement", "/procurement", ["Get involved"]),
        ("Contacts", "/contacts", []),
    ]

"""Menu designs of hold-out set 162 (a Redmine install as the site): a box named the
main menu by its own id and drawn as tabs (``div#main-menu.tabs``) is the site menu;
the header's ``<h1>`` names the site, no group of the menu after it; a REST
application's create form (``/issues/new``) is an action, no entry; a sidebar of
headings each over its list, unboxed (``h3, ul, h3, ul``), is the rest of the site menu,
a heading holding a link both an entry and its list's label."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.chrome import is_edit_action

pytestmark = pytest.mark.unit

Entry = tuple[str, str, list[str]]


def _menu(body: str, url: str = "https://www.osce.org/projects/osze/wiki/Start") -> list[Entry]:
    page = f"<!DOCTYPE html><html lang='de'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


_TABS = ('<div id="main-menu" class="tabs"><ul>'
         '<li><a href="/de">Übersicht</a></li><li><a href="/de/about">Über die OSZE</a></li>'
         '<li><a href="/de/countries">Länder</a></li><li><a href="/de/news">News</a></li>'
         '</ul></div>')


def test_main_menu_drawn_as_tabs_is_the_menu() -> None:
    body = f'<div id="top">{_TABS}</div><div id="content"><h1>Start</h1><p>Text.</p></div>'
    assert _menu(body) == [
        ("Übersicht", "/de", []), ("Über die OSZE", "/de/about", []),
        ("Länder", "/de/countries", []), ("News", "/de/news", []),
    ]


def test_tab_widget_switching_panels_is_still_no_menu() -> None:
    body = ('<nav><ul><li><a href="/de">Start</a></li><li><a href="/de/news">News</a></li>'
            '<li><a href="/de/about">Über uns</a></li></ul></nav>'
            '<div id="main-menu" class="tabs" role="tablist">'
            '<a href="/de/a" role="tab" aria-controls="p1">A</a>'
            '<a href="/de/b" role="tab" aria-controls="p2">B</a>'
            '<a href="/de/c" role="tab" aria-controls="p3">C</a></div>')
    assert [name for name, _, _ in _menu(body)] == ["Start", "News", "Über uns"]


def test_headline_of_the_page_header_is_no_title_of_the_menu() -> None:
    body = ('<div id="header"><h1><span class="current-project">Organisation für '
            'Sicherheit</span></h1><div id="main-menu"><ul><li><a href="/de">Übersicht</a>'
            '</li><li><a href="/de/news">News</a></li>'
            '<li><a href="/de/about">Über die OSZE</a></li></ul></div></div>'
            '<div id="content"><h2>Start</h2><p>Text.</p></div>')
    assert _menu(body) == [
        ("Übersicht", "/de", []), ("News", "/de/news", []), ("Über die OSZE", "/de/about", []),
    ]


@pytest.mark.parametrize(("url", "action"), [
    ("https://www.osce.org/projects/osze/issues/new", True),
    ("https://www.osce.org/projects/osze/wiki/new", True),
    ("https://www.osce.org/new", False),          # a page named "new" of the site's top
    ("https://www.osce.org/de/news", False),
])
def test_collection_create_form_is_an_edit_action(url: str, action: bool) -> None:
    assert is_edit_action(url) is action


def test_create_forms_in_the_menu_are_no_entries() -> None:
    body = ('<div id="main-menu" class="tabs"><ul><li><a class="new-object" href="#" '
            'onclick="toggleNewObjectDropdown(); return false;">+</a><ul class="menu-children">'
            '<li><a href="/projects/osze/issues/new">Neues Ticket</a></li>'
            '<li><a href="/projects/osze/wiki/new">Neue Wiki-Seite</a></li></ul></li>'
            '<li><a href="/de">Übersicht</a></li><li><a href="/de/news">News</a></li>'
            '<li><a href="/de/about">Über die OSZE</a></li></ul></div>'
            '<div id="content"><h1>Start</h1></div>')
    assert [name for name, _, _ in _menu(body)] == ["Übersicht", "News", "Über die OSZE"]


def test_unboxed_titled_lists_of_a_sidebar_beside_a_named_menu() -> None:
    body = (f'<div id="header">{_TABS}</div><div id="main"><div id="sidebar">'
            '<h3 id="A">Arbeitsbereiche<a href="#A" class="wiki-anchor">¶</a></h3>'
            '<ul><li><a href="/de/elections">Wahlen</a></li>'
            '<li><a href="/de/youth">Jugend</a></li></ul>'
            '<h3 id="S"><a href="/de/structures">Strukturen</a>'
            '<a href="#S" class="wiki-anchor">¶</a></h3>'
            '<ul><li><a href="/de/secretariat">Sekretariat</a></li>'
            '<li><a href="/de/odihr">BDIMR</a></li></ul>'
            '<h3>Feldoperationen</h3><ul><li>Osteuropa<ul>'
            '<li><a href="/de/mission-to-moldova">Mission in Moldau</a></li>'
            '<li><a href="/de/project-coordinator-in-ukraine">Projektkoordinator</a></li>'
            '</ul></li></ul></div>'
            '<div id="content"><h1>Start</h1><p>Die <a href="/de/elections">Wahlen</a>.</p>'
            '</div></div>')
    assert _menu(body)[4:] == [
        ("Wahlen", "/de/elections", ["Arbeitsbereiche"]),
        ("Jugend", "/de/youth", ["Arbeitsbereiche"]),
        ("Strukturen", "/de/structures", []),
        ("Sekretariat", "/de/secretariat", ["Strukturen"]),
        ("BDIMR", "/de/odihr", ["Strukturen"]),
        ("Mission in Moldau", "/de/mission-to-moldova", ["Feldoperationen", "Osteuropa"]),
        ("Projektkoordinator", "/de/project-coordinator-in-ukraine",
         ["Feldoperationen", "Osteuropa"]),
    ]

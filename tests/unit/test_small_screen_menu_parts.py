"""Parts of a menu a wide screen never shows.

Bootstrap 4-5's navbar that expands from a width on (``navbar-expand-lg``) hides its
burger (``navbar-toggler``) from that width: the off-canvas drawer only that burger
opens, written before the navbar with other words and extra links, is the phone's menu
and gives nothing; the navbar's own collapsing box, which the same burger opens on
phones, is the wide row itself and is read.  A class the page's own stylesheet hides
from a width on (``@media (min-width: 40em) { .x { display: none } }``) shows on small
screens only: a menu item so classed beside the wide menu's items (a "Home" item for
phones) is no entry.  So does an element type the sheet so hides (a component
library's ``app-drawer``): the drawer's copy of the menu written first gives nothing."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.page_styles import (
    page_wide_hidden_classes,
    page_wide_hidden_tags,
    parse_sheets,
)


def _menu(body: str, head: str = "") -> list[dict[str, Any]]:
    page = (f"<html lang='de'><head><title>X</title>{head}</head><body>{body}"
            "<h1>Start</h1><p>Text der Seite, lang genug für einen Absatz.</p></body></html>")
    return [{"name": r["name"], "url": r["url"].removeprefix("https://www.osce.org"),
             "path": r["path"]}
            for r in extract(page.encode(), "https://www.osce.org/de/x", "navigation").records]


def _links(hrefs: list[str], cls: str = "") -> str:
    return "".join(f"<li><a class='{cls}' href='{h}'>{h.rsplit('/', 1)[-1].title()}</a></li>"
                   for h in hrefs)


WORK = ["/de/work/arms", "/de/work/borders", "/de/work/policing"]
DRAWER = (
    "<div class='offcanvas offcanvas-start' id='phoneNav' tabindex='-1'><ul>"
    "<li><a href='/de/'>Startseite</a></li>"
    "<li><button type='button' data-bs-toggle='collapse' data-bs-target='#oc-work'"
    " aria-expanded='false'>Unsere Arbeit</button><div id='oc-work' class='collapse'><ul>"
    "<li><a href='/de/work/'>Übersicht</a></li>" + _links(WORK) + "</ul></div></li>"
    "<li><a href='/de/press'>Presse</a></li><li><a href='/de/contact'>Kontakt</a></li>"
    "</ul></div>")


def _navbar(target: str) -> str:
    return (
        "<nav class='navbar navbar-expand-lg' aria-label='Hauptnavigation'>"
        f"<button class='navbar-toggler' type='button' data-bs-toggle='offcanvas'"
        f" data-bs-target='#{target}' aria-controls='{target}'>Menü</button>"
        "<div class='collapse navbar-collapse' id='mainNav'><ul class='navbar-nav'>"
        "<li class='nav-item dropdown'><a class='nav-link dropdown-toggle' href='/de/work/'"
        " data-bs-toggle='dropdown'>Arbeitsbereiche</a><ul class='dropdown-menu'>"
        + _links(WORK, "dropdown-item") + "</ul></li>"
        "<li class='nav-item'><a class='nav-link' href='/de/press'>Presse</a></li>"
        "</ul></div></nav>")


DESKTOP = [
    {"name": "Arbeitsbereiche", "url": "/de/work/", "path": []},
    {"name": "Arms", "url": "/de/work/arms", "path": ["Arbeitsbereiche"]},
    {"name": "Borders", "url": "/de/work/borders", "path": ["Arbeitsbereiche"]},
    {"name": "Policing", "url": "/de/work/policing", "path": ["Arbeitsbereiche"]},
    {"name": "Presse", "url": "/de/press", "path": []},
]


def test_drawer_only_an_expanding_navbars_burger_opens_gives_nothing() -> None:
    assert _menu(DRAWER + _navbar("phoneNav")) == DESKTOP


def test_the_navbars_own_collapsing_row_is_read_whatever_the_burger_opens() -> None:
    # a utility menu beside it: the burger's box is still the wide row, no phone copy
    extra = ("<nav aria-label='Service'><ul>" + _links(["/de/jobs", "/de/faq", "/de/map"])
             + "</ul></nav>")
    names = [e["name"] for e in _menu(extra + _navbar("mainNav"))]
    assert names[:3] == ["Jobs", "Faq", "Map"]
    assert [e["name"] for e in DESKTOP] == names[3:]


STYLE = ("<style>.panel{display:none}"
         "@media (min-width:40.0625em){.item--for-phones{display:none}}</style>")
HOME_FOR_PHONES = (
    "<nav aria-label='Hauptnavigation'><ul>"
    "<li class='item item--for-phones'><a href='/de/'>Startseite</a></li>"
    + _links(["/de/work", "/de/press", "/de/contact"]) + "</ul></nav>")


def test_item_the_page_hides_from_a_width_on_is_no_entry() -> None:
    assert [e["name"] for e in _menu(HOME_FOR_PHONES, STYLE)] == ["Work", "Press", "Contact"]
    # without the rule it is one
    assert next(e["name"] for e in _menu(HOME_FOR_PHONES)) == "Startseite"


def test_only_rules_from_a_width_on_hide_for_wide_screens() -> None:
    sheet = ("@media (min-width: 64em) { .a { display: none } .b { color: red } }"
             "@media (min-width: 40em) and (max-width: 63em) { .c { display: none } }"
             "@media (max-width: 40em) { .d { display: none } }"
             ".e { display: none }")
    rules = parse_sheets((sheet,))
    assert page_wide_hidden_classes(rules) == {"a"}


# a component library's drawer element the sheet hides from a width on, written first
# with the same links as the wide menu but its groups laid out flat
ELEMENT_STYLE = "<style>@media (min-width: 1024px) { app-drawer { display: none } }</style>"
APP_DRAWER = (
    "<app-drawer><div role='navigation' aria-label='Menü'>" + "".join(
        f"<a href='{h}'>{h.rsplit('/', 1)[-1].title()}</a>" for h in [*WORK, "/de/press"])
    + "</div></app-drawer>")


def test_element_the_page_hides_from_a_width_on_holds_a_copy_that_gives_nothing() -> None:
    wide = _navbar("mainNav")
    assert _menu(APP_DRAWER + wide, ELEMENT_STYLE) == DESKTOP
    # without the rule the drawer is read first: its flat copy places the links
    assert _menu(APP_DRAWER + wide)[0] == {"name": "Arms", "url": "/de/work/arms", "path": []}


def test_only_one_element_rules_from_a_width_on_name_elements() -> None:
    sheet = ("@media (min-width: 64em) { app-drawer, nav.x, body { display: none } }"
             "@media (max-width: 40em) { aside { display: none } }")
    assert page_wide_hidden_tags(parse_sheets((sheet,))) == {"app-drawer"}

"""A header's service row is in the site menu when marked up as a menu (a ``<nav>`` in a
box named for the header's secondary bar, a list named the toolbar's menu), not when it
is a widget's paragraph of links a class only places in the menu on small screens; the
site's tagline beside a menu row labels nothing; a link titled by a language is a
language switch; a promo box in a mega column stands under the column's title
(fixtures/README.md, settled cases)."""

from __future__ import annotations

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]

_SERVICE = ("<li class='menu-item'><a href='/de/contacts'>Kontakt</a></li>"
            "<li class='menu-item'><a href='/de/jobs'>Stellenangebote</a></li>"
            "<li class='menu-item'><a href='/de/procurement'>Beschaffung</a></li>")
_SERVICE_ENTRIES = [("Kontakt", "/de/contacts", []), ("Stellenangebote", "/de/jobs", []),
                    ("Beschaffung", "/de/procurement", [])]
_MAIN = ("<nav class='main-nav'><ul class='menu'>"
         "<li class='menu-item'><a href='/de/about'>Über uns</a>"
         "<ul class='sub-menu'><li><a href='/de/history'>Geschichte</a></li></ul></li>"
         "<li class='menu-item'><a href='/de/news'>Newsroom</a></li></ul></nav>")
_MAIN_ENTRIES = [("Über uns", "/de/about", []), ("Geschichte", "/de/history", ["Über uns"]),
                 ("Newsroom", "/de/news", [])]
_TEXT = ("<main><h1>Organisation für Sicherheit und Zusammenarbeit in Europa</h1>"
         "<p>Die OSZE ist die größte regionale Sicherheitsorganisation der Welt.</p></main>")


def _menu(body: str) -> list[Entry]:
    page = ("<!DOCTYPE html><html lang='de'><head><title>Startseite | OSZE</title></head>"
            f"<body>{body}</body></html>")
    records = extract(page.encode(), "https://www.osce.org/de/", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"])
            for r in records]


def test_nav_in_a_box_named_the_headers_secondary_bar_is_part_of_the_menu() -> None:
    # no <header> element: the box's id names the header (Salient's #header-outer)
    page = ("<div id='header-outer'><div id='header-secondary-outer'><nav>"
            f"<ul class='sf-menu'>{_SERVICE}</ul></nav></div>"
            f"<div id='top'>{_MAIN}</div></div>{_TEXT}")
    assert _menu(page) == _SERVICE_ENTRIES + _MAIN_ENTRIES


def test_list_named_the_toolbars_menu_in_a_nav_is_part_of_the_menu() -> None:
    page = ("<header role='banner'><div class='header-toolbar'>"
            "<nav class='toolbar-navigation'>"
            f"<ul id='menu-toolbar' class='menu'>{_SERVICE}</ul></nav></div>"
            f"{_MAIN}</header>{_TEXT}")
    assert _menu(page) == _SERVICE_ENTRIES + _MAIN_ENTRIES


def test_paragraph_of_links_placed_in_the_menu_on_small_screens_is_no_menu() -> None:
    # "in-menu-second-switch" says where the widget goes on a phone, not what it is
    row = ("<div class='top-bar'><div class='text-area in-top-bar-left "
           "in-menu-second-switch'><p><a href='/de/contacts'>Kontakt</a> &middot; "
           "<a href='/de/jobs'>Stellen</a> &middot; "
           "<a href='/de/procurement'>Beschaffung</a></p></div></div>")
    assert _menu(f"<div class='masthead'>{row}<header>{_MAIN}</header></div>{_TEXT}") \
        == _MAIN_ENTRIES


def test_site_tagline_beside_a_menu_row_labels_none_of_its_links() -> None:
    top = ("<div class='menu-wrapper'><div class='top-menu'><div class='row-menu-inner'>"
           "<div class='col-lg-0 middle'><div class='menu-bloginfo'><div "
           "class='menu-bloginfo-inner'><p>Organisation für Sicherheit und Zusammenarbeit "
           "in Europa</p></div></div></div><div class='col-lg-12 menu-horizontal'>"
           f"<ul class='menu-smart menu-secondary'>{_SERVICE}</ul></div></div></div>"
           f"<header>{_MAIN}</header></div>")
    assert _menu(f"{top}{_TEXT}") == _SERVICE_ENTRIES + _MAIN_ENTRIES


def test_links_titled_by_a_language_are_a_language_switch() -> None:
    languages = ("<li class='menu-item'><a href='#' title='Deutsch'>Deutsch</a>"
                 "<ul class='sub-menu'>"
                 "<li><a href='https://www.osce.org/' title='English'>Englisch</a></li>"
                 "<li><a href='https://www.osce.org/fr/' title='Français'>Französisch</a></li>"
                 "<li><a href='https://www.osce.org/ru/' title='Русский'>Russisch</a></li>"
                 "</ul></li>")
    main = _MAIN.replace("</ul></nav>", f"{languages}</ul></nav>")
    assert _menu(f"<header>{main}</header>{_TEXT}") == _MAIN_ENTRIES


def test_promo_box_in_a_mega_column_is_under_the_columns_title() -> None:
    mega = ("<nav><ul class='menu'><li><button aria-expanded='false'>Arbeitsbereiche"
            "</button><div class='mega-panel'><ul>"
            "<li><span class='mega-title' role='heading'>Themen</span><ul>"
            "<li><a href='/de/elections'>Wahlen</a></li>"
            "<li><a href='/de/youth'>Jugend</a></li></ul></li>"
            "<li class='mega-promo'><span class='mega-title' role='heading'>Im Fokus</span>"
            "<div class='mega-promo-box'><img src='/cover.jpg' alt=''>"
            "<p>Ein Jahr im Überblick: Tätigkeiten der OSZE in allen drei Dimensionen.</p>"
            "<a class='btn' href='/de/annual-report/2023'>Jahresbericht lesen</a></div></li>"
            "</ul></div></li></ul></nav>")
    assert _menu(f"<header>{mega}</header>{_TEXT}") == [
        ("Wahlen", "/de/elections", ["Arbeitsbereiche", "Themen"]),
        ("Jugend", "/de/youth", ["Arbeitsbereiche", "Themen"]),
        ("Jahresbericht lesen", "/de/annual-report/2023", ["Arbeitsbereiche", "Im Fokus"]),
    ]

"""Menu conventions: a small screen's menu toggle that points at no panel but says only
the menu's name ("Menu"), a clone of the menu shown once the page scrolls
(``sticky-nav``) on view beside the menu, and a screen-reader-only generic topic word
("Topics") over an item's tag pills."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]

_MAIN = "<main><h1>Elections</h1><p>Free and fair elections.</p></main>"


def _menu(body: str, url: str = "https://www.osce.org/elections", lang: str = "en") -> list[Entry]:
    page = (f"<!DOCTYPE html><html lang='{lang}'><head><title>t</title></head>"
            f"<body>{body}</body></html>")
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


# ------------------------------------------------------------ a "Menu" toggle
def _navbar(toggle_words: str) -> str:
    return ("<header><nav class='navbar js-navbar'>"
            "<button class='navbar__toggle js-toggle' aria-haspopup='true' aria-expanded='false'>"
            f"<span class='navbar__toggle-inner'>{toggle_words}</span></button>"
            "<ul class='navbar__menu'><li><a href='/'>Home</a></li>"
            "<li class='has-submenu'><a href='/countries'>Countries</a>"
            "<ul class='navbar__submenu' aria-hidden='true'><li><a href='/albania'>Albania</a></li>"
            "<li><a href='/austria'>Austria</a></li></ul></li>"
            "<li><a href='/contacts'>Contacts</a></li></ul></nav></header>")


def test_a_toggle_saying_only_menu_names_the_menu_not_a_group() -> None:
    # the toggle points at nothing (a script finds the menu by class): its words alone
    # say it opens the whole menu, in any of the site's languages
    for words, lang in (("Menu", "en"), ("Меню", "ru"), ("Navigation", "de"), ("Menú", "es")):
        assert _menu(_navbar(words) + _MAIN, lang=lang) == [
            ("Home", "/", []), ("Countries", "/countries", []),
            ("Albania", "/albania", ["Countries"]), ("Austria", "/austria", ["Countries"]),
            ("Contacts", "/contacts", [])], words


def test_a_toggle_with_its_own_words_still_labels_the_list() -> None:
    # a button saying something else ("Our work") over the list is the group's title
    assert next(p for _, _, p in _menu(_navbar("Our work") + _MAIN)) == ["Our work"]


# ------------------------------------------------------------ a sticky clone on view
_MAIN_NAV = ("<nav id='main-nav' class='navbar'><ul class='nav'>"
             "<li class='dropdown'><a href='/what-we-do'>What we do</a><ul class='dropdown-menu'>"
             "<li><a href='/elections'>Elections</a></li><li><a href='/policing'>Policing</a></li>"
             "</ul></li><li><a href='/countries'>Countries</a></li>"
             "<li><a href='/newsroom'>Newsroom</a></li><li><a href='/about'>About</a></li>"
             "</ul></nav>")
_STICKY = ("<div class='sticky-nav-holder' data-hide-at-top='true'>"
           "<nav id='sticky-nav' class='sticky-navbar navbar'>"
           "<ul class='nav'><li class='home-link'><a href='/'><img src='/logo.png' alt='OSCE'>"
           "</a></li></ul><ul class='nav'><li><a href='/what-we-do'>What we do</a></li>"
           "<li><a href='/countries'>Countries</a></li><li><a href='/newsroom'>Newsroom</a></li>"
           "<li><a href='/about'>About</a></li><li><a href='/subscribe'>Subscribe</a></li>"
           "</ul></nav></div>")


def test_a_sticky_clone_before_the_menu_gives_nothing() -> None:
    entries = _menu(_STICKY + "<header><a class='logo' href='/'><img src='/l.png' alt='OSCE'>"
                    "</a></header>" + _MAIN_NAV + _MAIN)
    assert entries == [
        ("What we do", "/what-we-do", []), ("Elections", "/elections", ["What we do"]),
        ("Policing", "/policing", ["What we do"]), ("Countries", "/countries", []),
        ("Newsroom", "/newsroom", []), ("About", "/about", [])]


def test_a_sticky_menu_alone_is_the_menu() -> None:
    # a theme's main menu that sticks to the top is the menu when no other repeats it
    names = [n for n, _, _ in _menu(_STICKY + _MAIN)]
    assert names[-5:] == ["What we do", "Countries", "Newsroom", "About", "Subscribe"]


# ------------------------------------------------------------ "Topics" spoken only
def _news(label: str) -> Any:
    body = ("<main><article><h1>Police training ends in Skopje</h1>"
            "<dl><dt>Issued by</dt><dd><a href='/mission-to-skopje'>OSCE Mission to Skopje</a>"
            "</dd></dl>"
            f"<div class='news-detail__topics'><span class='slds-assistive-text'>{label}</span>"
            "<ul class='slds-listbox'>"
            "<li><span class='slds-pill'><a href='/policing'>Policing</a></span></li>"
            "<li><span class='slds-pill'><a href='/gender-equality'>Gender equality</a></span></li>"
            "<li><span class='slds-pill'><a href='/north-macedonia'>North Macedonia</a></span>"
            "</li></ul></div><div class='news-detail__body'>"
            "<p>Twenty police officers from the region spent a week in Skopje learning how "
            "to investigate crimes against women and girls.</p>"
            "<p>The course was organized with the national police academy.</p>"
            "</div></article></main>")
    page = f"<html lang='en'><head><title>t</title></head><body>{body}</body></html>"
    return extract(page.encode(), "https://www.osce.org/mission-to-skopje/1001").records[0]


def test_a_spoken_only_topic_word_labels_no_group() -> None:
    # the pills are the item's unlabelled tags: only those leading to a field's page count
    assert [f["label"] for f in _news("Topics")["fields_of_work"]] == [
        "Policing", "Gender equality"]


def test_a_spoken_only_field_label_still_labels_its_list() -> None:
    # the site's own field label hidden for screen readers labels what follows
    assert [f["label"] for f in _news("Fields of work")["fields_of_work"]] == [
        "Policing", "Gender equality", "North Macedonia"]

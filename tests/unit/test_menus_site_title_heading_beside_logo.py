"""The site's title set in an ``<h1>`` of its own beside the logo (its picture in a box
named the logo), leading where the logo leads, is the site's name, as the logo is: no
entry.  A menu's own link to the same page is still one."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

LOGO = ('<div class="Header-logo"><a href="https://www.osce.org/de/">'
        '<img src="/img/emblem.svg" alt="Emblem"></a></div>')
TITLE = ('<div class="Header-title"><h1 class="Header-titleLink">'
         '<a href="https://www.osce.org/de/">OSZE<br><small>Organisation für Sicherheit'
         '</small></a></h1></div>')
NAV = ('<nav aria-label="Hauptmenü"><ul>'
       '<li><a href="/de/what">Unsere Arbeit</a></li>'
       '<li><a href="/de/where">Wo wir tätig sind</a></li>'
       '<li><a href="/de/about">Über uns</a></li></ul></nav>')
MAIN = '<main><h2>Nachricht</h2><p>Text.</p></main>'
ENTRIES = [("Unsere Arbeit", "/de/what", []), ("Wo wir tätig sind", "/de/where", []),
           ("Über uns", "/de/about", [])]


def test_the_site_title_heading_beside_the_logo_is_no_entry() -> None:
    body = f'<header><div class="Header-navbar">{LOGO}{TITLE}</div>{NAV}</header>{MAIN}'
    assert menu_entries(body, "https://www.osce.org/de/serbia/1") == ENTRIES


def test_a_home_link_in_the_menu_stays_an_entry() -> None:
    nav = NAV.replace('<ul>', '<ul><li><a href="https://www.osce.org/de/">Startseite</a></li>')
    body = f'<header><div class="Header-navbar">{LOGO}{TITLE}</div>{nav}</header>{MAIN}'
    assert menu_entries(body, "https://www.osce.org/de/serbia/1") == \
        [("Startseite", "/de/", []), *ENTRIES]

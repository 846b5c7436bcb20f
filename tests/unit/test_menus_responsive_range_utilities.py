"""A SUIT-style utility toolkit's responsive classes (the Designers Italia Web Toolkit):
a box hidden by ``u-hidden`` and shown again from a width on (``u-md-block``) is the
wide screen's menu, on view, so the burger's hidden drawer beside it gives nothing."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.visible import is_hidden
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

HEADER = ('<header><div class="Header-navbar">'
          '<div class="Header-logo"><a href="https://www.osce.org/de/">'
          '<img src="/img/emblem.svg" alt="Emblem"></a></div>'
          '<div class="Header-title"><h1 class="Header-titleLink">'
          '<a href="https://www.osce.org/de/">OSZE<br><small>Organisation für Sicherheit'
          '</small></a></h1></div>'
          '<a class="Hamburger u-lg-hidden u-md-hidden" href="#menu" aria-controls="menu">'
          'Menü</a></div>'
          '<div class="u-hidden u-sm-hidden u-md-block u-lg-block">'
          '<nav class="Megamenu" aria-label="Hauptmenü"><ul>'
          '<li><a href="/de/what">Unsere Arbeit</a></li>'
          '<li><a href="/de/where">Wo wir tätig sind</a></li>'
          '<li><a href="/de/newsroom">Presse</a></li>'
          '<li><a href="/de/about">Über uns</a></li></ul></nav></div></header>')
DRAWER = ('<section class="Offcanvas" id="menu" hidden aria-hidden="true" '
          'style="display:none"><nav><ul>'
          '<li><a href="/de/what">Unsere Arbeit</a></li>'
          '<li><a href="/de/where">Wo wir tätig sind</a></li>'
          '<li><a href="/de/newsroom">Presse</a></li>'
          '<li><a href="/de/about">Über uns</a></li>'
          '<li><a href="/de/search">Suche</a></li></ul></nav></section>')
MAIN = '<main><h2>Nachricht</h2><p>Text.</p></main>'
ENTRIES = [("Unsere Arbeit", "/de/what", []), ("Wo wir tätig sind", "/de/where", []),
           ("Presse", "/de/newsroom", []), ("Über uns", "/de/about", [])]


def test_a_box_shown_again_from_a_width_is_on_view() -> None:
    box = html.fragment_fromstring('<div class="u-hidden u-md-block"><p>x</p></div>')
    assert not is_hidden(box)
    assert is_hidden(html.fragment_fromstring('<div class="u-hidden"><p>x</p></div>'))


def test_the_drawer_beside_the_wide_screen_menu_gives_nothing() -> None:
    entries = menu_entries(HEADER + MAIN + DRAWER, "https://www.osce.org/de/serbia/1")
    assert ("Suche", "/de/search", []) not in entries
    assert [e for e in entries if e[1] != "/de/"] == ENTRIES


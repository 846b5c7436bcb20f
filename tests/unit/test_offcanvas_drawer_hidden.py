"""A drawer classed ``offcanvas`` is hidden until a script opens it.

Bootstrap 5's and Jasny Bootstrap's ``.offcanvas`` (and UIkit's ``uk-offcanvas``) take
the box off the page (``display:none`` / ``visibility:hidden``) until its open state
(``show``, ``in``, ``uk-open``) is set: a hidden panel, whatever inline hint it lacks.
The small screen's drawer written before the navbar on view, repeating its links and
adding a few of its own ("Rechercher", "Contact"), is a hidden copy of the menu and gives
nothing; the navbar's groups are read as they stand."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.visible import NOT_RENDERED, hidden_kind


def _el(markup: str) -> Any:
    doc = Document(url="https://www.osce.org/x/1", text=f"<html><body>{markup}</body></html>")
    return doc.root.xpath("//body/*[1]")[0]


@pytest.mark.parametrize(("markup", "kind"), [
    ('<nav class="navmenu offcanvas">x</nav>', NOT_RENDERED),           # Jasny
    ('<div class="offcanvas offcanvas-start">x</div>', NOT_RENDERED),   # Bootstrap 5
    ('<div class="uk-offcanvas">x</div>', NOT_RENDERED),                # UIkit
    ('<div class="offcanvas offcanvas-bottom show">x</div>', None),     # opened
    ('<nav class="navmenu offcanvas in">x</nav>', None),                # Jasny, opened
    ('<div class="offcanvas-body">x</div>', None),                      # a part of one
    ('<div class="offcanvas-lg">x</div>', None),                        # shown when wide
])
def test_offcanvas_drawer_is_not_rendered(markup: str, kind: str | None) -> None:
    assert hidden_kind(_el(markup)) == kind


def _menu(body: str) -> list[tuple[str, str, list[str]]]:
    page = f"<html lang='fr'><head><title>X</title></head><body>{body}</body></html>"
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"])
            for r in extract(page.encode(), "https://www.osce.org/fr/page",
                             "navigation").records]


DRAWER = (
    "<nav id='drawer' class='navmenu offcanvas' role='navigation'><ul class='nav'>"
    "<li><a href='/fr'>Accueil</a></li>"
    "<li class='dropdown'><a href='#' class='dropdown-toggle'>Notre action</a>"
    "<ul class='dropdown-menu'><li><a href='/fr/all'>Tous les domaines</a></li>"
    "<li><a href='/fr/arms'>Armements</a></li><li><a href='/fr/borders'>Frontières</a></li>"
    "</ul></li>"
    "<li><a href='/fr/meetings'>Réunions</a></li>"
    "<li><a href='/fr/search'>Rechercher</a></li>"
    "<li><a href='/fr/contact'>Contact</a></li></ul></nav>"
)
NAVBAR = (
    "<div class='navbar' role='navigation'>"
    "<button class='navbar-toggle' data-toggle='offcanvas' data-target='#drawer'>"
    "<span class='sr-only'>Menu</span></button>"
    "<ul class='nav navbar-nav'><li><a href='/fr'>Accueil</a></li>"
    "<li class='dropdown'><a href='#' class='dropdown-toggle'>Notre action</a>"
    "<ul class='dropdown-menu'><li><a href='/fr/arms'>Armements</a></li>"
    "<li><a href='/fr/borders'>Frontières</a></li><li><a href='/fr/all'>Tous</a></li>"
    "</ul></li>"
    "<li class='dropdown'><a href='#' class='dropdown-toggle'>Réunions</a>"
    "<ul class='dropdown-menu'><li><a href='/fr/summits'>Sommets</a></li></ul></li>"
    "</ul></div>"
)


def test_offcanvas_copy_before_the_navbar_gives_nothing() -> None:
    assert _menu(DRAWER + NAVBAR + "<h1>Titre</h1><p>Texte.</p>") == [
        ("Accueil", "/fr", []),
        ("Armements", "/fr/arms", ["Notre action"]),
        ("Frontières", "/fr/borders", ["Notre action"]),
        ("Tous", "/fr/all", ["Notre action"]),
        ("Sommets", "/fr/summits", ["Réunions"]),
    ]


def test_offcanvas_drawer_alone_is_the_menu() -> None:
    """No menu on view beside it: the drawer a button opens is the site menu."""
    assert [name for name, _, _ in _menu(DRAWER + "<h1>Titre</h1><p>Texte.</p>")] == [
        "Accueil", "Tous les domaines", "Armements", "Frontières", "Réunions",
        "Rechercher", "Contact"]

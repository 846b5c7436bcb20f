"""Clipped screen-reader text and menubars of the site's pages.

A class the page's own style sheet clips to a rectangle of no area on a box taken out
of the flow (Tachyons' ``.clip``: ``position:fixed; clip:rect(1px 1px 1px 1px)``) is
screen-reader text, without the 1px box of the usual recipe: a toggle's "Expand
submenu" words stay out of the group labels.  A list whose own role is a menu
(``role="menubar"``) labelled with the pager's "pages" word ("Páginas del sitio",
Liferay's "Site Pages") is the menu of the site's pages, no pager."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, head: str = "") -> list[dict[str, Any]]:
    page = (f"<html lang='es'><head><title>X</title>{head}</head>"
            f"<body>{body}<main><h1>T</h1><p>Texto.</p></main></body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), "https://www.osce.org/page", "navigation").records]


def _paths(body: str, head: str = "") -> dict[str, list[str]]:
    return {e["name"]: e["path"] for e in _menu(body, head)}


def _items(names: str, prefix: str = "") -> str:
    return "".join(f"<li><a href='/{prefix}{n.lower()}'>{n}</a></li>" for n in names.split())


_CLIP = ("<style>.clip{position:fixed!important;_position:absolute!important;"
         "clip:rect(1px 1px 1px 1px);clip:rect(1px,1px,1px,1px)}</style>")


def test_empty_clip_out_of_flow_is_screen_reader_text_in_labels() -> None:
    body = ("<nav><ul role='menubar'><li><a href='/about'>About</a>"
            "<button aria-expanded='false' aria-controls='dd'><span class='clip'>Expand"
            f" submenu</span></button><ul id='dd'>{_items('History Mandate', 'about/')}</ul>"
            "</li><li><button aria-expanded='false' aria-controls='mw'>What we do"
            "<span class='clip'> – show menu</span></button>"
            f"<div id='mw'><ul>{_items('Elections Borders', 'what/')}</ul></div></li>"
            "</ul></nav>")
    paths = _paths(body, _CLIP)
    assert paths["History"] == ["About"]
    assert paths["Elections"] == ["What we do"]


def _menubar(label: str, role: str) -> str:
    return (f"<nav id='navigation' role='navigation'><ul aria-label='{label}' role='{role}'>"
            "<li><a href='/inicio'>Inicio</a></li>"
            "<li><a href='/que-hacemos' aria-haspopup='true'>Qué hacemos</a>"
            f"<ul class='child-menu' role='menu'>{_items('Elecciones Fronteras', 'q/')}"
            "</ul></li><li><a href='/empleo'>Empleo</a></li></ul></nav>")


def test_menubar_labelled_pages_is_the_site_menu() -> None:
    paths = _paths(_menubar("Páginas del sitio", "menubar"))
    assert paths == {"Inicio": [], "Qué hacemos": [], "Elecciones": ["Qué hacemos"],
                     "Fronteras": ["Qué hacemos"], "Empleo": []}


def test_list_labelled_pages_without_a_menu_role_is_still_no_menu() -> None:
    assert "Elecciones" not in _paths(_menubar("Páginas", "list"))

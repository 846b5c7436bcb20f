"""A navigation tree labelled with the pager's "pages" word is the site's menu.

A list whose own role is a tree (``role="tree"``, its links ``treeitem``s, the groups
below them ``role="group"``) labelled "Pages du site" ("Site pages") is the menu of the
site's pages shown as a collapsible tree: no pager is a tree.  Its collapsed groups
count; a toggle's screen-reader words are no part of a label."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str) -> list[dict[str, Any]]:
    page = ("<html lang='fr'><head><title>X</title></head>"
            f"<body>{body}<main><h1>T</h1><p>Texte.</p></main></body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), "https://www.osce.org/fr/page", "navigation").records]


def _items(names: str, prefix: str) -> str:
    return "".join(f"<li><a href='/fr/{prefix}{n.lower()}' role='treeitem'>{n}</a></li>"
                   for n in names.split())


def _tree(label: str, role: str) -> str:
    return (f"<nav aria-label='Menu principal' role='navigation'>"
            f"<ul role='{role}' aria-label='{label}'>"
            "<li><a href='/fr' role='treeitem'>Accueil</a></li>"
            "<li><div><button aria-controls='g1' aria-expanded='false' type='button'>"
            "<span>Notre travail</span><span class='sr-only'> – afficher le sous-menu</span>"
            "</button></div><div class='collapse' id='g1'><ul role='group'>"
            f"{_items('Élections Jeunesse', 'w/')}</ul></div></li>"
            "<li><div><a href='/fr/pays' role='treeitem'>Pays</a>"
            "<button aria-controls='g2' aria-expanded='false' type='button'>"
            "<span class='sr-only'>Déplier « Pays »</span></button></div>"
            f"<div class='collapse' id='g2'><ul role='group'>{_items('France Ukraine', 'p/')}"
            "</ul></div></li></ul></nav>")


def test_tree_labelled_pages_is_the_site_menu() -> None:
    paths = {e["name"]: e["path"] for e in _menu(_tree("Pages du site", "tree"))}
    assert paths == {"Accueil": [], "Élections": ["Notre travail"],
                     "Jeunesse": ["Notre travail"], "Pays": [], "France": ["Pays"],
                     "Ukraine": ["Pays"]}


def test_list_labelled_pages_without_a_tree_role_is_still_no_menu() -> None:
    assert not _menu(_tree("Pages", "list"))

"""Mechanisms that documentation-site menus showed.

A side menu read by its shape may open with a search field (one text input, its
magnifier icon beside it, no words): a tool over the column, no text that makes the
column a box of the layout.  A group title over an empty box where its links go (a
side menu rendered with only the open group's links) heads none of the links after it.
A row of tabs whose links are themselves named parts of the row (``div.nav-tabs >
a.nav-tabs-item``) leads to the site's sections: the top of the site menu; a row of
in-page tabs (``#`` jumps, ``role=tab``) stays none."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, url: str = "https://www.osce.org/fr/borders") -> list[dict[str, Any]]:
    page = (f"<html lang='fr'><head><title>X</title></head>"
            f"<body>{body}</body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def _group(title: str, links: list[tuple[str, str]]) -> str:
    inner = "".join(f"<a class='c{i}' href='{h}'>{n}</a>" for i, (h, n) in enumerate(links))
    return (f"<div class='g{len(links)}{title[:2]}'><div class='t{title[:3]}'>{title}"
            f"<svg viewBox='0 0 24 24'><polyline points='6 9 12 15 18 9'></polyline></svg>"
            f"</div><div class='l{title[:4]}'>{inner}</div></div>")


_SIDEBAR = (
    "<div class='x1'><div class='x2'><svg viewBox='0 0 24 24'><circle r='8'></circle>"
    "</svg><input type='text' placeholder='Rechercher…' value=''/></div>"
    "<a class='a1' href='/fr/'>Accueil</a><a class='a2' href='/fr/about'>À propos</a>"
    + _group("Domaines", [("/fr/arms", "Armes"), ("/fr/borders", "Frontières"),
                          ("/fr/youth", "Jeunesse")])
    + _group("Réunions", []) + _group("Structures", [])
    + "<a class='a3' href='/fr/newsroom'>Salle de presse</a>"
    "<a class='a4' href='https://jobs.osce.org/fr/'>Emplois</a></div>"
    "<div class='x3'><h1>Frontières</h1><p>Des frontières ouvertes et sûres favorisent "
    "le commerce et la stabilité.</p></div>")


def test_a_side_menu_under_a_search_field_is_read_whole() -> None:
    entries = _menu(_SIDEBAR)
    assert [e["name"] for e in entries] == [
        "Accueil", "À propos", "Armes", "Frontières", "Jeunesse", "Salle de presse",
        "Emplois"]
    paths = {e["name"]: e["path"] for e in entries}
    assert paths["Accueil"] == []
    assert paths["Armes"] == ["Domaines"]


def test_a_collapsed_group_over_an_empty_box_heads_no_links_after_it() -> None:
    paths = {e["name"]: e["path"] for e in _menu(_SIDEBAR)}
    assert paths["Salle de presse"] == []
    assert paths["Emplois"] == []


def _tabs(links: str) -> str:
    return (f"<header><nav class='top'><ul><li><a href='/uk/contacts'>Контакти</a></li>"
            f"<li><a href='/uk/jobs'>Вакансії</a></li></ul></nav>"
            f"<div class='nav-tabs flex'>{links}</div></header>"
            "<main><h1>Огляд</h1><p>Текст сторінки.</p></main>")


def test_a_row_of_tabs_named_parts_of_the_row_is_the_top_menu() -> None:
    links = "".join(f"<a class='link nav-tabs-item' href='{h}'>{n}</a>" for h, n in (
        ("/uk", "Головна"), ("/uk/fields", "Напрями"), ("/uk/newsroom", "Прес-центр")))
    entries = _menu(_tabs(links), "https://www.osce.org/uk")
    assert [(e["name"], e["path"]) for e in entries] == [
        ("Контакти", []), ("Вакансії", []), ("Головна", []), ("Напрями", []),
        ("Прес-центр", [])]


def test_in_page_tabs_named_parts_of_the_row_stay_no_menu() -> None:
    jumps = "".join(f"<a class='nav-tabs-item' href='#{h}'>{n}</a>" for h, n in (
        ("a", "Огляд"), ("b", "Деталі"), ("c", "Документи")))
    panels = "".join(
        f"<a class='nav-tabs-item' role='tab' aria-controls='p{h}' href='/uk/{h}'>{n}</a>"
        for h, n in (("a", "Огляд"), ("b", "Деталі"), ("c", "Документи")))
    for links in (jumps, panels):
        names = [e["name"] for e in _menu(_tabs(links), "https://www.osce.org/uk")]
        assert names == ["Контакти", "Вакансії"]


def test_a_wiki_title_over_its_search_box_heads_no_group_of_the_contents() -> None:
    """A wiki's side column: its name and motto, tool buttons, a search box, then the
    contents (a list of links, parents opening children).  The search box parts the
    site's name from the contents: no entry is under the name or the motto."""
    toc = ("<ol class='toc'><li><a href='/fr/wiki/Accueil.html'>Accueil</a></li>"
           "<li><a href='/fr/wiki/Domaines.html'>Domaines</a><ol>"
           + "".join(f"<li><a href='/fr/wiki/{n}.html'>{n}</a></li>"
                     for n in ("Armes", "Frontières", "Jeunesse", "Élections"))
           + "</ol></li><li><a href='/fr/wiki/Presse.html'>Presse</a></li></ol>")
    side = ("<div class='side'><div class='head'><h1 class='name'>Wiki OSCE</h1>"
            "<div class='motto'>Le savoir de l’Organisation</div>"
            "<div class='tools'><button aria-label='Nouveau'><svg></svg></button></div>"
            "<div class='lists'><div class='find'><input type='search' placeholder='Chercher'>"
            "<button aria-label='Recherche avancée'><svg></svg></button></div></div>"
            f"<div class='lists contents'>{toc}</div></div></div>")
    menu = _menu(side + "<section><h2>Accueil</h2><p>Bienvenue sur le wiki.</p></section>",
                 "https://www.osce.org/fr/wiki/Accueil.html")
    paths = {m["name"]: m["path"] for m in menu}
    assert paths["Accueil"] == []
    assert paths["Presse"] == []
    assert paths["Armes"] == ["Domaines"]
    assert all("Wiki OSCE" not in p and "Le savoir de l’Organisation" not in p
               for p in paths.values())

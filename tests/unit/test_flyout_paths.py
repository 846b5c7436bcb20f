"""A flyout placed apart from the item that opens it, and a left column of titled tables.

A hidden panel whose opener is an item elsewhere in the same menu (ASP.NET's Menu writes
every flyout ``…n<N>Items`` after its table; the item ``…n<N>`` shows it, handing itself
to ``Menu_HoverStatic(this)``) stands under that item wherever its markup is: a third
level's path is its openers' words, outermost first.  A column made of titled tables
(a left column of groups) is one column however long its titles; a title drawn as a
picture (no link, an ``img`` alone on its line) is labelled by its ``alt`` words; a
banner picture under such groups keeps the box a layout box."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, url: str = "https://www.osce.org/de/page") -> list[dict[str, Any]]:
    page = f"<html lang='de'><head><title>X</title></head><body>{body}</body></html>"
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def _flyout(owner: str, items: list[tuple[str, str, str]]) -> str:
    rows = "".join(f"<tr onmouseover='Menu_HoverDynamic(this)' id='m{ident}'>"
                   f"<td><a href='/de/{slug}'>{name}</a></td></tr>"
                   for ident, slug, name in items)
    return f"<div id='m{owner}Items' style='display:none'><table>{rows}</table></div>"


def test_a_flyout_written_after_the_menu_sits_under_its_openers() -> None:
    body = ("<div class='mainmenu'><table id='m'><tr>"
            "<td onmouseover='Menu_HoverStatic(this)' id='mn1'><a href='/de/'>Start</a></td>"
            "<td onmouseover='Menu_HoverStatic(this)' id='mn2'>"
            "<a href='/de/work'>Arbeit</a></td></tr></table>"
            + _flyout("n2", [("n3", "fields", "Bereiche"), ("n4", "projects", "Projekte")])
            + _flyout("n3", [("n5", "arms", "Rüstung"), ("n6", "borders", "Grenzen")])
            + "</div><h1>Seite</h1>")
    paths = {e["name"]: e["path"] for e in _menu(body)}
    assert paths["Arbeit"] == []
    assert paths["Bereiche"] == ["Arbeit"]
    assert paths["Rüstung"] == ["Arbeit", "Bereiche"]
    assert paths["Grenzen"] == ["Arbeit", "Bereiche"]


def _group(title: str, links: list[str]) -> str:
    rows = "".join(f"<tr><td class='l'><a href='/es/{s}'>{s.title()} page</a></td></tr>"
                   for s in links)
    return f"<table><tr><td class='t'>{title}</td></tr>{rows}</table><br>"


def test_titled_tables_make_one_column_and_a_picture_title_shows_its_alt() -> None:
    column = ("<td class='izq'>"
              + _group("Áreas de trabajo del departamento", ["educ", "elec", "rights"])
              + _group("<img src='/t.gif' alt='Oficinas'>", ["banja", "mostar", "tuzla"])
              + _group("Sala de prensa", ["press", "photos"]) + "</td>")
    body = (f"<table><tr>{column}<td><h1>Misión</h1><p>Texto de la página, largo, "
            "con palabras.</p></td></tr></table>")
    paths = {e["url"].rsplit("/", 1)[-1]: e["path"] for e in _menu(body, "https://www.osce.org/es/x")}
    assert paths["educ"] == ["Áreas de trabajo del departamento"]
    assert paths["mostar"] == ["Oficinas"]
    assert paths["photos"] == ["Sala de prensa"]


def test_a_banner_under_titled_tables_leaves_the_tables_menus_of_their_own() -> None:
    column = ("<td class='izq'>"
              + _group("Áreas de trabajo del departamento", ["educ", "elec", "rights", "law",
                                                             "sec"])
              + "<p><a href='/es/survey.pdf'><img src='/b.gif' alt='Survey'></a></p></td>")
    body = (f"<table><tr>{column}<td><h1>Misión</h1><p>Texto de la página, largo, "
            "con palabras.</p></td></tr></table>")
    urls = [e["url"] for e in _menu(body, "https://www.osce.org/es/x")]
    assert "https://www.osce.org/es/educ" in urls
    assert "https://www.osce.org/es/survey.pdf" not in urls

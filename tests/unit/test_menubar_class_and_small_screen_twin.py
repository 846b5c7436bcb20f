"""A box named a menu bar by its class alone, and a site map's phone layout beside its
wide one.

"menubar" is the ARIA role's word for a menu's top row: a box whose class or id says so
(YUI 2's ``div.yuimenubar``, no landmark, no role) is the site menu, read as a menu (its
real top links entries and their groups' labels, a submenu's ``<h6>`` group titles in
the path), not by its shape.  A box shown on small screens only (``md:hidden``) whose
links mostly stand on view beside it (the ``hidden md:grid`` columns of the same footer
site map) is the phone's layout of that menu: a reader of the wide page never sees it,
so its names and groups ("Übersicht" under "Presse") give nothing."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, url: str = "https://www.osce.org/de/page") -> list[dict[str, Any]]:
    page = f"<html lang='de'><head><title>X</title></head><body>{body}</body></html>"
    return [{"name": r["name"], "url": r["url"].removeprefix("https://www.osce.org"),
             "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def _item(href: str, name: str) -> str:
    return f"<li class='yuimenuitem'><a class='yuimenuitemlabel' href='{href}'>{name}</a></li>"


MENUBAR = (
    "<div id='site-menubar' class='yuimenubar yuimenubarnav'><div class='bd'><ul>"
    "<li class='yuimenubaritem'><a class='yuimenubaritemlabel' href='/de/about'>Über uns</a>"
    "<div id='m-about' class='yuimenu'><div class='bd'>"
    "<h6>Die Organisation</h6><ul>" + _item("/de/who", "Wer wir sind")
    + _item("/de/history", "Geschichte") + "</ul>"
    "<h6>Gremien</h6><ul>" + _item("/de/mc", "Ministerrat")
    + _item("/de/pc", "Ständiger Rat") + "</ul></div></div></li>"
    "<li class='yuimenubaritem'><a class='yuimenubaritemlabel' href='#m-press'>Presse</a>"
    "<div id='m-press' class='yuimenu'><div class='bd'><ul>"
    + _item("/de/press", "Mitteilungen") + _item("/de/news", "Nachrichten")
    + "</ul></div></div></li></ul></div></div>"
    "<div id='sidebar'><h3>Schnellzugriff</h3><ul><li><a href='/de/jobs'>Stellen</a></li>"
    "<li><a href='/de/faq'>Fragen</a></li></ul></div>"
    "<h1>Start</h1><p>Text der Seite, lang genug für einen Absatz.</p>")


def test_a_box_classed_a_menu_bar_is_the_menu_with_its_labels() -> None:
    entries = _menu(MENUBAR)
    assert entries == [
        {"name": "Über uns", "url": "/de/about", "path": []},
        {"name": "Wer wir sind", "url": "/de/who", "path": ["Über uns", "Die Organisation"]},
        {"name": "Geschichte", "url": "/de/history", "path": ["Über uns", "Die Organisation"]},
        {"name": "Ministerrat", "url": "/de/mc", "path": ["Über uns", "Gremien"]},
        {"name": "Ständiger Rat", "url": "/de/pc", "path": ["Über uns", "Gremien"]},
        {"name": "Mitteilungen", "url": "/de/press", "path": ["Presse"]},
        {"name": "Nachrichten", "url": "/de/news", "path": ["Presse"]},
    ]


def _links(*pairs: tuple[str, str]) -> str:
    return "".join(f"<li><a href='{h}'>{n}</a></li>" for h, n in pairs)


PRESS = (("/de/releases", "Mitteilungen"), ("/de/events", "Termine"),
         ("/de/media", "Multimedia"))
WORK = (("/de/arms", "Rüstung"), ("/de/borders", "Grenzen"), ("/de/elections", "Wahlen"))
FIELD = (("/de/albania", "Albanien"), ("/de/kosovo", "Kosovo"))

FOOTER = (
    "<header><a href='/de/'><img src='/logo.png' alt='OSZE'></a></header>"
    "<main><h1>Grenzen</h1><p>Text der Seite, lang genug für einen Absatz.</p></main>"
    "<footer><nav aria-label='Sitemap'>"
    "<div class='md:hidden'>"
    "<details><summary>Arbeit</summary><ul>" + _links(*WORK, *FIELD) + "</ul></details>"
    "<details><summary>Presse</summary><ul>"
    + _links(("/de/newsroom", "Übersicht"), *PRESS) + "</ul></details></div>"
    "<div class='hidden md:grid md:grid-cols-2'>"
    "<div><h3>Arbeit</h3><ul>" + _links(*WORK)
    + "<li><h4>Feldoperationen</h4><ul>" + _links(*FIELD) + "</ul></li></ul></div>"
    "<div><h3><a href='/de/newsroom'>Presse</a></h3><ul>" + _links(*PRESS) + "</ul></div>"
    "</div></nav></footer>")


def test_a_site_maps_phone_layout_beside_its_wide_one_gives_nothing() -> None:
    entries = {e["url"]: (e["name"], e["path"]) for e in _menu(FOOTER)}
    assert entries["/de/newsroom"] == ("Presse", [])
    assert entries["/de/releases"] == ("Mitteilungen", ["Presse"])
    assert entries["/de/arms"] == ("Rüstung", ["Arbeit"])
    assert entries["/de/kosovo"] == ("Kosovo", ["Arbeit", "Feldoperationen"])


def test_a_phone_only_box_with_links_of_its_own_is_read() -> None:
    # shown on small screens only, but no wide layout beside it repeats its links
    body = ("<nav class='md:hidden'><ul>" + _links(*WORK) + "</ul></nav>"
            "<h1>Grenzen</h1><p>Text der Seite, lang genug für einen Absatz.</p>")
    assert [e["url"] for e in _menu(body)] == ["/de/arms", "/de/borders", "/de/elections"]

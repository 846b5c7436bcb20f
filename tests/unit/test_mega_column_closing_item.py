"""A mega menu's column written as a list of its own: the column's one titled group
first (an item holding its heading and its list), then an item holding a lone link
("All topics ›").  The link closes the column under its heading, as a link after the
list inside the group's own item does (fixtures/README.md, settled cases), while a
dropdown's first item holding a flyout, or a group whose list its own toggle opens,
labels none of the items after it (widgets.WidgetLabels._column_closing_label)."""

from __future__ import annotations

from scraper.extract.extraction import extract

PAGE = "https://www.osce.org/"


def _paths(panel: str) -> dict:
    html = ("<html lang='de'><body><nav role='navigation'><ul class='menu'>"
            "<li><a href='/de'>Start</a></li>"
            f"<li><span tabindex='0'>Themen</span>{panel}</li>"
            "<li><a href='/de/jobs'>Stellen</a></li>"
            "</ul></nav><main><h1>Seite</h1></main></body></html>")
    records = extract(html.encode(), PAGE, "navigation").records
    return {r["name"]: r["path"] for r in records}


def _column(head: str, links: list[str], after: str = "") -> str:
    items = "".join(f"<li><a href='/de/{w.lower()}'>{w}</a></li>" for w in links)
    return (f"<li class='col'><div class='col'><ol><li class='header'>{head}<ol>{items}</ol>"
            f"</li>{after}</ol></div></li>")


def test_a_link_after_the_columns_group_stands_under_its_heading() -> None:
    panel = ("<ul class='mega'><li><ol>"
             + _column("<a href='/de/pm'>Politik</a>", ["Grenzen", "Polizei"])
             + _column("<span>Menschliche Dimension</span>", ["Wahlen", "Medien"],
                       "<li class='more'><a href='/de/what'>Alle Themen ›</a></li>")
             + "</ol></li></ul>")
    paths = _paths(panel)
    assert paths["Alle Themen"] == ["Themen", "Menschliche Dimension"]
    assert paths["Wahlen"] == ["Themen", "Menschliche Dimension"]
    assert paths["Grenzen"] == ["Themen", "Politik"]
    assert paths["Stellen"] == []


def test_a_dropdowns_flyout_item_labels_none_of_its_peers() -> None:
    panel = ("<ul><li><a href='/de/mm'>Multimedia</a><ul><li><a href='/de/fotos'>Fotos</a>"
             "</li><li><a href='/de/videos'>Videos</a></li></ul></li>"
             "<li><a href='/de/kontakt'>Kontakt</a></li></ul>")
    assert _paths(panel)["Kontakt"] == ["Themen"]


def test_a_group_opened_by_its_own_toggle_is_a_peer_of_the_links_after_it() -> None:
    toggle = "<a href='/de/ops'>Einsätze</a><button aria-expanded='false'>+</button>"
    panel = ("<ul class='mega'><li><ol>"
             + _column("<a href='/de/pm'>Politik</a>", ["Grenzen", "Polizei"])
             + _column(toggle, ["Albanien", "Serbien"],
                       "<li><a href='/de/projekte'>Projekte</a></li>")
             + "</ol></li></ul>")
    assert _paths(panel)["Projekte"] == ["Themen"]

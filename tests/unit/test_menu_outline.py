"""A side menu written as a flat outline of headings and lists: each list stands
under its heading and under every heading of higher rank before it."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _paths(nav: str) -> list[tuple[str, list[str]]]:
    page = (f"<html lang='en'><head><title>X</title></head><body><main><h1>Item</h1>"
            f"<p>Text.</p></main>{nav}</body></html>")
    found: Any = extract(page.encode(), "https://www.osce.org/item", "navigation")
    return [(r["name"], r["path"]) for r in found.records]


def test_a_flat_outline_nests_lists_under_the_higher_headings() -> None:
    nav = ("<div role='navigation'><h2>Our work</h2><h3>Fields</h3>"
           "<ul><li><a href='/elections'>Elections</a></li></ul>"
           "<h3>Meetings</h3><ul><li><a href='/summits'>Summits</a></li></ul>"
           "<h2>Newsroom</h2><ul><li><a href='/news'>News</a></li></ul></div>")
    assert _paths(nav) == [("Elections", ["Our work", "Fields"]),
                           ("Summits", ["Our work", "Meetings"]),
                           ("News", ["Newsroom"])]


def test_a_menu_heading_over_the_outline_is_no_level() -> None:
    nav = ("<nav><h2>Menu</h2><h3>Fields</h3>"
           "<ul><li><a href='/elections'>Elections</a></li></ul>"
           "<h3>Meetings</h3><ul><li><a href='/summits'>Summits</a></li></ul></nav>")
    assert _paths(nav) == [("Elections", ["Fields"]), ("Summits", ["Meetings"])]

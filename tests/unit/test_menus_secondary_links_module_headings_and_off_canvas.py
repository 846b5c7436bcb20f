"""Menu designs: a header list named after its rank and "links" (Drupal's
``secondary-links``) is a menu of the site, a module's heading over the box holding a
menu list titles it, a link after a mega column's titled group closes the column
under its title, and an off-canvas drawer toggled only on small screens is the menu's
copy for phones."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

Entry = tuple[str, str, list[str]]


def _menu(body: str, url: str = "https://www.osce.org/de/") -> list[Entry]:
    page = f"<!DOCTYPE html><html lang='de'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def _row(cls: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li class="menu-{i}"><a href="{u}">{n}</a></li>'
                    for i, (n, u) in enumerate(links))
    return f'<ul class="{cls}">{items}</ul>'


PRIMARY = [("Themen", "/de/themen"), ("Presse", "/de/presse")]
SECONDARY = [("Kontakt", "/de/kontakt"), ("Sitemap", "/de/sitemap")]


def test_secondary_links_list_in_the_header_is_part_of_the_menu() -> None:
    body = (f'<div id="header">{_row("links primary-links", PRIMARY)}'
            f'{_row("links secondary-links", SECONDARY)}</div><h1>Title</h1>')
    assert _menu(body) == [(n, u, []) for n, u in PRIMARY + SECONDARY]


def test_a_utility_row_beside_it_is_still_none() -> None:
    body = (f'<div id="header">{_row("links primary-links", PRIMARY)}'
            f'{_row("links secondary utility-links", SECONDARY)}</div><h1>Title</h1>')
    assert _menu(body) == [(n, u, []) for n, u in PRIMARY]


MAIN = ('<header><nav class="main"><ul><li><a href="/de/">Start</a></li>'
        '<li><a href="/de/presse">Presse</a></li><li><a href="/de/themen">Themen</a></li>'
        '<li><a href="/de/kontakt">Kontakt</a></li></ul></nav></header>')


def test_module_heading_over_the_box_of_a_menu_list_titles_it() -> None:
    body = (f'{MAIN}<aside><div class="module"><h3 class="module-title">In dieser Rubrik</h3>'
            '<div class="module-content"><ul class="menu">'
            '<li><a href="/de/projekte">Projekte</a></li>'
            '<li><a href="/de/partner">Partner</a></li></ul></div></div></aside>'
            '<main><h1>Title</h1></main>')
    assert _menu(body)[4:] == [("Projekte", "/de/projekte", ["In dieser Rubrik"]),
                               ("Partner", "/de/partner", ["In dieser Rubrik"])]


def _column(title: str, links: list[tuple[str, str]], after: str = "") -> str:
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in links)
    return (f'<div class="col"><ul class="group"><li><span class="title">{title}</span>'
            f'<ul>{items}</ul></li></ul>{after}</div>')


def test_link_after_a_mega_columns_titled_group_stands_under_its_title() -> None:
    more = '<div class="module"><p><a href="/de/alle-themen">Alle Themen ›</a></p></div>'
    body = ('<header><nav><ul><li><a href="javascript:void(0)">Arbeit</a>'
            '<div class="dropdown"><div class="row">'
            f'{_column("Themen", [("Wahlen", "/de/wahlen"), ("Medien", "/de/medien")], more)}'
            f'{_column("Orte", [("Wien", "/de/wien"), ("Kiew", "/de/kiew")])}'
            '</div></div></li></ul></nav></header><main><h1>Title</h1></main>')
    entries = {n: p for n, _, p in _menu(body)}
    assert entries["Wahlen"] == ["Arbeit", "Themen"]
    assert entries["Alle Themen"] == ["Arbeit", "Themen"]


def test_off_canvas_drawer_toggled_on_small_screens_only_is_the_menus_copy() -> None:
    body = (f'<a id="offcanvas-toggler" class="offcanvas-toggler d-lg-none" href="#">≡</a>{MAIN}'
            '<main><h1>Title</h1></main>'
            '<div class="offcanvas-menu"><ul class="menu"><li><a href="/de/">Start</a></li>'
            '<li><a href="/de/presse">Presse</a></li><li><a href="/de/arbeit">Arbeit</a></li>'
            '<li><a href="/de/themen">Themen</a></li></ul></div>')
    assert [n for n, _, _ in _menu(body)] == ["Start", "Presse", "Themen", "Kontakt"]


def test_off_canvas_drawer_with_a_toggle_on_wide_screens_counts() -> None:
    body = (f'<a class="offcanvas-toggler" href="#">≡</a>{MAIN}'
            '<main><h1>Title</h1></main>'
            '<div class="offcanvas-menu"><ul class="menu"><li><a href="/de/">Start</a></li>'
            '<li><a href="/de/presse">Presse</a></li><li><a href="/de/arbeit">Arbeit</a></li>'
            '<li><a href="/de/themen">Themen</a></li></ul></div>')
    assert "Arbeit" in [n for n, _, _ in _menu(body)]

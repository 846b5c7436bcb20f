"""An empty layer a theme draws over a column (``div.overlay`` holding nothing, before
the column's heading) titles nothing: the heading after it labels the column's links."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.osce.org/what", main="<main><h1>Home</h1></main>")


def _column(title: str, links: list[tuple[str, str]], overlay: bool) -> str:
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in links)
    layer = '<div class="overlay"></div>' if overlay else ""
    return (f'<div class="col"><div class="column">{layer}'
            f'<div class="headline"><div class="wrap"><h3>{title}</h3></div></div>'
            '<div class="links"><div class="menu-wrapper"><div class="main-menu">'
            f'<ul class="nav menu">{items}</ul></div></div></div></div></div>')


def _mega(overlay: bool) -> str:
    return ('<div class="main-menu"><ul class="nav menu">'
            '<li><span class="nav-header">Our work</span><div class="panel"><div class="row">'
            + _column("Politico-military", [("/arms-control", "Arms control"),
                                            ("/policing", "Policing")], overlay)
            + _column("Human", [("/elections", "Elections"),
                                ("/human-rights", "Human rights")], overlay)
            + '</div></div></li><li><a href="/contacts">Contacts</a></li></ul></div>')


def test_an_empty_layer_before_a_columns_heading_titles_nothing() -> None:
    assert _menu(_mega(overlay=True)) == _menu(_mega(overlay=False)) == [
        ("Arms control", "/arms-control", ["Our work", "Politico-military"]),
        ("Policing", "/policing", ["Our work", "Politico-military"]),
        ("Elections", "/elections", ["Our work", "Human"]),
        ("Human rights", "/human-rights", ["Our work", "Human"]),
        ("Contacts", "/contacts", [])]

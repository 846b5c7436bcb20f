"""Menus of component libraries (hold-out set 36): a submenu drawn as a layer of its
own at the end of the body, opened by an item of another such layer; a panel's column
of one link beside columns that name their own groups (``aria-labelledby``)."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


def _layer(panel_id: str, opener: str, items: str) -> str:
    """A context menu rendered apart, at the end of the body (a portal): its box named
    a menu by its class, the panel inside tied to its opener."""
    return (f'<div class="layer"><div class="context-menu-callout">'
            f'<div id="{panel_id}" aria-labelledby="{opener}"><ul role="menu">{items}'
            "</ul></div></div></div>")


def _links(links: list[tuple[str, str]]) -> str:
    return "".join(f'<li role="none"><a role="menuitem" href="{u}">{n}</a></li>'
                   for u, n in links)


def _opener(ident: str, panel_id: str, name: str, controls: bool = True) -> str:
    """A menu item opening a popup; without ``aria-controls`` only the panel's
    ``aria-labelledby`` ties the two."""
    points = f' aria-controls="{panel_id}"' if controls else ""
    return (f'<li role="none"><button type="button" role="menuitem" id="{ident}" '
            f'aria-haspopup="true" aria-expanded="false"{points}>{name}</button></li>')


# ------------------------------------------------------------------ layered submenus
@pytest.mark.parametrize("controls", [True, False], ids=["aria-controls", "labelledby-only"])
def test_a_layer_opened_from_another_layer_is_read_under_its_openers_path(
        controls: bool) -> None:
    bar = (f'<nav aria-label="Main"><ul role="menubar">'
           f'{_opener("b1", "m1", "Structures", controls)}</ul></nav><main><h1>Page</h1></main>')
    first = _layer("m1", "b1", _links([("/chairpersonship", "Chairpersonship")])
                   + _opener("b2", "m2", "Secretariat", controls))
    second = _layer("m2", "b2", _links([("/secretariat", "Overview"),
                                        ("/secretary-general", "Secretary General")]))
    assert _menu(bar + first + second) == [
        ("Chairpersonship", "/chairpersonship", ["Structures"]),
        ("Overview", "/secretariat", ["Structures", "Secretariat"]),
        ("Secretary General", "/secretary-general", ["Structures", "Secretariat"]),
    ]


def test_a_menubars_own_name_is_no_level_of_its_menu() -> None:
    # the bar's aria-label names the whole menu ("Main menu"), like the nav's own
    items = "".join(f'<a role="menuitem" href="{u}">{n}</a>'
                    for u, n in [("/newsroom", "Newsroom"), ("/countries", "Countries")])
    bar = (f'<nav><div role="menubar" aria-label="Main menu">{items}</div></nav>'
           "<main><h1>Page</h1></main>")
    assert _menu(bar) == [("Newsroom", "/newsroom", []), ("Countries", "/countries", [])]


# ------------------------------------------------------------------ self-named columns
def test_a_column_of_one_link_is_no_title_of_columns_that_name_their_own_groups() -> None:
    def column(width: str, head: str, links: list[tuple[str, str]]) -> str:
        label = f'<div id="h-{width}" class="label">{head}</div>' if head else ""
        named = f' aria-labelledby="h-{width}"' if head else ""
        return (f'<div class="col {width}">{label}<div class="list" role="group"{named}>'
                + "".join(f'<a role="menuitem" href="{u}">{n}</a>' for u, n in links)
                + "</div></div>")

    panel = ('<div id="mm" role="menu" aria-labelledby="tb" style="display: none;">'
             '<div class="row">'
             + column("col-all", "", [("/countries", "All")])
             + column("col-md-6", "Participating States",
                      [("/countries/albania", "Albania"), ("/countries/andorra", "Andorra")])
             + "</div></div>")
    bar = ('<ul role="menubar"><li role="none"><button type="button" role="menuitem" id="tb" '
           f'aria-haspopup="menu" aria-expanded="false" aria-controls="mm">Countries</button>'
           f"{panel}</li></ul><main><h1>Page</h1></main>")
    assert _menu(bar) == [
        ("All", "/countries", ["Countries"]),
        ("Albania", "/countries/albania", ["Countries", "Participating States"]),
        ("Andorra", "/countries/andorra", ["Countries", "Participating States"]),
    ]

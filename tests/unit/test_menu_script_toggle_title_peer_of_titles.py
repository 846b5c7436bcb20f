"""A title row of a menu column that folds its group open by script, drawn as the
title rows above it plus its control's class word (and its bullet inside the
control), is their peer: its group is not under the title before it, and the titles
after it close it."""

from __future__ import annotations

from tests.pages import menu_entries

BULLET = "<img src='/img/bullet.gif' width='7' height='7' alt=''>"


def _head(words: str) -> str:
    return f"<tr><td class='menuhead'>{BULLET} {words}</td></tr>"


def _item(href: str, words: str, cls: str = "menuitem") -> str:
    return f"<tr><td class='{cls}'><a href='{href}'>{words}</a></td></tr>"


def test_a_script_toggle_title_row_is_the_peer_of_the_titles_drawn_like_it() -> None:
    body = ("<table id='leftnav' class='menu'>"
            + _head("About") + _item("/about", "Who we are") + _item("/states", "States")
            + "<tr><td class='menuhead menutoggle'><a href=\"javascript:toggleMenu('sub')\" "
            f"onclick=\"return toggleMenu('sub');\">{BULLET} Field operations</a></td></tr>"
            "<tbody id='sub' style='display:none'><tr><td class='menusub'>Central Asia</td></tr>"
            + _item("/almaty", "Almaty", "menuitem menuitem2")
            + _item("/bishkek", "Bishkek", "menuitem menuitem2") + "</tbody>"
            + _head("Newsroom") + _item("/press", "Press releases") + _item("/photos", "Photos")
            + "</table><h1>Welcome</h1><p>Text of the home page.</p>")
    assert menu_entries(body, "https://www.osce.org/it") == [
        ("Who we are", "/about", ["About"]),
        ("States", "/states", ["About"]),
        ("Almaty", "/almaty", ["Field operations", "Central Asia"]),
        ("Bishkek", "/bishkek", ["Field operations", "Central Asia"]),
        ("Press releases", "/press", ["Newsroom"]),
        ("Photos", "/photos", ["Newsroom"]),
    ]

"""A menu item's split toggle (its link, then a button opening the submenu) that says
the link's words again labels the submenu once: one label, said twice."""

from __future__ import annotations

from tests.pages import menu_entries


def test_a_toggle_repeating_its_links_words_labels_the_submenu_once() -> None:
    body = ("<nav id='main-menu'><ul><li><a href='/newsroom'>Newsroom</a>"
            "<button class='submenu-toggle' aria-expanded='false'>"
            "<span class='element-invisible'>Open submenu: </span>Newsroom</button>"
            "<ul class='menu dropdown'><li><a href='/press'>Press releases</a></li>"
            "<li><a href='/events'>Events</a></li></ul></li>"
            "<li><a href='/about'>About</a></li></ul></nav>")
    assert menu_entries(body, "https://www.osce.org/de") == [
        ("Newsroom", "/newsroom", []),
        ("Press releases", "/press", ["Newsroom"]),
        ("Events", "/events", ["Newsroom"]),
        ("About", "/about", []),
    ]

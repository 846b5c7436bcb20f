"""A CMS's form adding content (Drupal's ``/node/add/<type>``, "Dodaj wpis" in a
signed-in reader's side menu) is an action, no entry of the site menu."""

from __future__ import annotations

from tests.pages import menu_entries

_SIDE = ("<nav aria-label='Menu główne'><ul>"
         "<li><a href='/pl/newsroom'>Aktualności</a></li>"
         "<li><a href='/pl/node/add/story'>Dodaj wpis</a></li>"
         "<li><a href='/pl/library'>Biblioteka</a></li></ul></nav>")


def test_drupals_node_add_form_is_no_entry() -> None:
    assert menu_entries(_SIDE, "https://www.osce.org/pl") == [
        ("Aktualności", "/pl/newsroom", []),
        ("Biblioteka", "/pl/library", []),
    ]

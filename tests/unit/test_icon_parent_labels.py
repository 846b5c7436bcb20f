"""An icon-only link opening a dropdown (a strip of icons whose words live in the
links' ``title``) labels its dropdown by the name it has as an entry, its accessible
name, as a parent that is a real link is both an entry and its group's label
(fixtures/README.md, settled cases); an ``href="#"`` icon is the label only."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/docs/page.html")


@pytest.mark.unit
def test_icon_link_labels_its_dropdown_by_its_accessible_name() -> None:
    body = ("<nav><ul class='menu'>"
            "<li><a href='/work' title='Our work'><img src='w.png' alt=''></a>"
            "<ul><li><a href='/elections'>Elections</a></li>"
            "<li><a href='/youth'>Youth</a></li></ul></li>"
            "<li><a href='#' title='Countries'><img src='g.png' alt=''></a>"
            "<ul><li><a href='/states'>States</a></li></ul></li>"
            "<li><a href='/news' title='Newsroom'><span class='icon' aria-hidden='true'>"
            "</span></a><ul><li><a href='/photos'>Photos</a></li></ul></li>"
            "</ul></nav><h1>Page</h1><p>Text.</p>")
    assert _menu(body) == [
        ("Our work", "/work", []), ("Elections", "/elections", ["Our work"]),
        ("Youth", "/youth", ["Our work"]), ("States", "/states", ["Countries"]),
        ("Newsroom", "/news", []), ("Photos", "/photos", ["Newsroom"])]

"""A box of a page without menu hints cut into lines by ``<br>``s whose first line is
one link set bold (``<p><strong><a>Field operations</a></strong><br><a>…</a><br>…``),
over lines of one link each drawn alike: the bold link heads them, an entry under no
title and the label of the links below it, as a table column's bold first row does."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_PAGE = ("<table><tr><td>"
         "<p><strong><a href='/field'>Field operations</a></strong><br>"
         "<a href='/albania'>Presence in Albania</a><br><a href='/bih'>Mission to BiH</a><br>"
         "<a href='/kosovo'>Mission in Kosovo</a><br><a href='/moldova'>Mission to Moldova</a>"
         "<br><a href='/georgia'>Mission to Georgia</a></p>"
         "</td><td><h1>A manual on women in political parties</h1><p>Some words of the "
         "page, long enough to be its text and not a menu line at all.</p></td></tr>"
         "</table>")


def test_a_bold_link_opening_a_box_of_link_lines_heads_them() -> None:
    entries = menu_entries(_PAGE)
    assert ("Field operations", "/field", []) in entries
    assert ("Presence in Albania", "/albania", ["Field operations"]) in entries
    assert ("Mission to Georgia", "/georgia", ["Field operations"]) in entries


def test_a_plain_link_opening_a_box_of_link_lines_heads_nothing() -> None:
    entries = menu_entries(_PAGE.replace("<strong>", "").replace("</strong>", ""))
    assert ("Field operations", "/field", []) in entries
    assert ("Presence in Albania", "/albania", []) in entries

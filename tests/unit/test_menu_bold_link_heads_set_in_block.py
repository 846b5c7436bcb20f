"""A bold link line in a column's box right over a ``div`` of one-link lines (bulleted,
set in under it) heads that block: its links are under the bold link's words, and the
lines after the block are back under the box's title, the bold link's peers."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_BOX = ("<div class='box'><div class='title'>Where we are</div>"
        "<b><a href='/where'>Field operations</a></b><br>"
        "<div class='in'>&middot;&nbsp;<a href='/albania'>Presence in Albania</a><br>"
        "&middot;&nbsp;<a href='/bih'>Mission to BiH</a><br>"
        "&middot;&nbsp;<a href='/kosovo'>Mission in Kosovo</a><br></div>"
        "<a href='/states'>Participating States</a><br>"
        "<a href='/partners'>Partners for Co-operation</a><br></div>")
_PAGE = ("<table><tr><td>"
         "<div class='box'><div class='title'>Fields of work</div>"
         "<a href='/arms'>Arms control</a><br><a href='/borders'>Borders</a><br>"
         "<a href='/elections'>Elections</a><br></div>" + _BOX
         + "</td><td><h1>A post</h1><p>The words of the post, long enough to be the "
         "page's text and no line of a menu at all.</p></td></tr></table>")


def test_the_set_in_block_is_under_the_bold_link() -> None:
    entries = menu_entries(_PAGE)
    assert ("Field operations", "/where", ["Where we are"]) in entries
    assert ("Presence in Albania", "/albania", ["Where we are", "Field operations"]) in entries
    assert ("Mission in Kosovo", "/kosovo", ["Where we are", "Field operations"]) in entries


def test_the_lines_after_the_block_are_back_under_the_box_title() -> None:
    entries = menu_entries(_PAGE)
    assert ("Participating States", "/states", ["Where we are"]) in entries
    assert ("Partners for Co-operation", "/partners", ["Where we are"]) in entries

"""In a box cut into lines by ``<br>``s (a text-only page's menu, no menu hint), a bold
line that is one link (``<b><a>Field operations</a></b><br>``) after the links of a
bold title line is a title made a link: an entry under no title, and the title of the
link lines below it, which no longer stand under the bold title above it."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_PAGE = ("<body><font>"
         "<b>Structures</b><br>"
         "<a href='/cio'>Chairmanship</a><br><a href='/pc'>Permanent Council</a><br>"
         "<a href='/secretariat'>Secretariat</a><br>"
         "<br><b><a href='/field'>Field operations</a></b><br>"
         "<a href='/albania'>Presence in Albania</a><br><a href='/bih'>Mission to BiH</a><br>"
         "<a href='/kosovo'>Mission in Kosovo</a><br>"
         "<br><b>Meetings</b><br>"
         "<a href='/mc'>Ministerial Council</a><br><a href='/eef'>Economic Forum</a><br>"
         "<hr><h1>A course on community policing</h1>"
         "Some words of the page, long enough to be its text and not a menu line at all."
         "</font></body>")


def test_a_bold_link_line_heads_the_links_below_it() -> None:
    entries = menu_entries(_PAGE)
    assert ("Field operations", "/field", []) in entries
    assert ("Presence in Albania", "/albania", ["Field operations"]) in entries
    assert ("Mission in Kosovo", "/kosovo", ["Field operations"]) in entries
    assert ("Secretariat", "/secretariat", ["Structures"]) in entries
    assert ("Economic Forum", "/eef", ["Meetings"]) in entries

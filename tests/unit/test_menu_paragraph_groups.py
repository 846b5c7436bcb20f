"""A page without menu hints whose side cell sets each group of its menu in a paragraph
of its own (``<p><strong>Meetings</strong><br><a>…</a><br><a>…</a></p>``), among a
search form above and a note below: the paragraphs in a row are a column of titled
groups, each read under its title, a group of fewer links than a column needs
included."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _page(fourth: str) -> str:
    return ("<table><tr><td>"
            "<form action='/search'><p>Search:<br><input type='text' name='q'>"
            "<input type='submit' value='Go'></p></form>"
            "<p><strong>Fields of work</strong><br><a href='/arms'>Arms control</a><br>"
            "<a href='/borders'>Border management</a><br><a href='/elections'>Elections</a><br>"
            "<a href='/gender'>Gender equality</a><br><a href='/media'>Media freedom</a></p>"
            "<p><strong>Meetings</strong><br><a href='/pc'>Permanent Council</a><br>"
            "<a href='/fsc'>Forum for Security Co-operation</a><br>"
            "<a href='/mc'>Ministerial Council</a></p>"
            f"{fourth}"
            "<p>These pages are updated once a week; the English version holds every "
            "document of the Organization.</p>"
            "</td><td><h1>A manual on women in political parties</h1><p>Some words of the "
            "page, long enough to be its text and not a menu line at all.</p></td></tr>"
            "</table>")


_PLAIN = ("<p><strong>Institutions</strong><br><a href='/odihr'>ODIHR</a><br>"
          "<a href='/hcnm'>HCNM</a><br><a href='/rfom'>RFoM</a><br>"
          "<a href='/secretariat'>Secretariat</a><br><a href='/cio'>Chairmanship</a></p>")


def test_a_short_group_in_a_row_of_titled_paragraphs_is_read_under_its_title() -> None:
    entries = menu_entries(_page(_PLAIN))
    assert ("Permanent Council", "/pc", ["Meetings"]) in entries
    assert ("Ministerial Council", "/mc", ["Meetings"]) in entries
    assert ("Arms control", "/arms", ["Fields of work"]) in entries
    assert ("HCNM", "/hcnm", ["Institutions"]) in entries


"""A line classed a title over the one list of its box titles that menu.

A sidebar block holding a line of a few words classed a title (``div.nav-title``
"More") and, after it, its list of links, nothing else: the line is the block's
title, as a heading there would be, and leads its entries' paths.  A line classed so
that ends in a colon (a search box's "Search:"), one holding a link, or one beside
other lines in its box titles nothing; nor does an unclassed line."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

def _block(head: str) -> str:
    return ("<aside id='R-sidebar'><div id='R-content-wrapper'>"
            "<div class='R-sidebarmenu R-shortcutmenu-main'>"
            "<ul class='enlarge morespace collapsible-menu'>"
            "<li><a class='padding' href='/about'>About</a></li>"
            "<li><a class='padding' href='/news'>News</a></li>"
            "<li><a class='padding' href='/meetings'>Meetings</a></li></ul></div>"
            f"<div class='R-sidebarmenu R-shortcutmenu-shortcuts'>{head}"
            "<ul class='space collapsible-menu'>"
            "<li><a class='padding' href='https://jobs.example.org/'>Jobs</a></li>"
            "<li><a class='padding' href='/documents'>Documents</a></li></ul></div>"
            "</div></aside>")


def test_a_title_line_over_its_blocks_list_leads_the_paths() -> None:
    entries = menu_entries(_block("<div class='nav-title padding'>More</div>"))
    assert [(e[0], e[2]) for e in entries][-2:] == [("Jobs", ["More"]), ("Documents", ["More"])]


@pytest.mark.parametrize("head", [
    "<div class='nav-title'>Search:</div>",
    "<div class='padding'>More</div>",
])
def test_other_lines_title_nothing(head: str) -> None:
    entries = menu_entries(_block(head))
    assert [(e[0], e[2]) for e in entries][-2:] == [("Jobs", []), ("Documents", [])]

"""A side column of a page without menu hints holding small forms among its boxes of
link lines: a search box and its button over the column's links, a language or
archive switcher (a ``<select>``, under its title line or not).  They are tools
standing in the column, no lines that break it: the column is read whole, its
untitled first box of links included."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_SEARCH = ("<form action='/search'><input type='text' name='q'> "
           "<input type='submit' value='Search'></form>")
_LANGUAGES = ("<form action='/lang'><select name='lang'><option>English</option>"
              "<option>Italiano</option></select></form>")
_ARCHIVE = ("<div class='box'><div class='title'>Archive</div><select>"
            "<option value='/archive/2008/06'>June 2008</option>"
            "<option value='/archive/2008/05'>May 2008</option></select></div>")


def _page(tools_first: str, tools_last: str) -> str:
    return ("<table><tr><td id='side'>" + tools_first
            + "<div class='box'><a href='/'>Home page</a><br><a href='/who'>About us</a><br></div>"
            "<div class='box'><div class='title'>Fields of work</div>"
            "<a href='/arms'>Arms control</a><br><a href='/borders'>Borders</a><br>"
            "<a href='/elections'>Elections</a><br></div>"
            "<div class='box'><div class='title'>Newsroom</div>"
            "<a href='/news'>News</a><br><a href='/speeches'>Speeches</a><br></div>"
            + tools_last + "</td><td><h1>A post</h1><p>The words of the post, long enough "
            "to be the page's text and no line of a menu at all.</p></td></tr></table>")


def test_a_search_box_and_switchers_leave_the_column_whole() -> None:
    entries = menu_entries(_page(_SEARCH + _LANGUAGES, _ARCHIVE))
    assert ("Home page", "/", []) in entries
    assert ("About us", "/who", []) in entries
    assert ("Arms control", "/arms", ["Fields of work"]) in entries
    assert ("Speeches", "/speeches", ["Newsroom"]) in entries


def test_a_form_with_words_to_fill_is_no_tool_of_the_column() -> None:
    signup = ("<form action='/newsletter'>Subscribe to the newsletter: "
              "<input type='text' name='email'> <input type='submit' value='OK'></form>")
    entries = menu_entries(_page(signup + _LANGUAGES, _ARCHIVE))
    assert ("About us", "/who", []) not in entries

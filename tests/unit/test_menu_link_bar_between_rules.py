"""A page without menu hints whose row of sections stands loose in its box, a line of
its own between two rules (``<hr>Home | About | News<hr>``, a text-only page): three
or more links with only separators between them, above the headline, are a link bar,
entries at the top level; a row with words of its own ("Language: …") or one after the
headline is none."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_BAR = ("<a href='/it/'>Home</a> |\n<a href='/it/about'>About</a> |\n"
        "<a href='/it/news'>News</a> |\n<a href='/it/contacts'>Contacts</a>")
_TOP = ("<a href='#content'>Skip to content</a><br><br>"
        "Language: <a href='/'>English</a> | <a href='/fr/'>Fran\u00e7ais</a> | Italiano")
_MENU = ("<b>Topics</b><br><a href='/arms'>Arms control</a><br>"
         "<a href='/borders'>Borders</a><br><a href='/gender'>Gender</a><br>"
         "<br><b>Meetings</b><br><a href='/mc'>Ministerial Council</a><br>"
         "<a href='/eef'>Economic Forum</a><br>")
_TEXT = ("<h1>A course on community policing</h1>"
         "Some words of the page, long enough to be its text and not a menu line at all.")


def test_a_row_of_links_between_two_rules_is_a_bar() -> None:
    entries = menu_entries(f"<font>{_TOP}<hr>{_BAR}<hr>{_MENU}{_TEXT}</font>")
    assert ("Home", "/it/", []) in entries
    assert ("Contacts", "/it/contacts", []) in entries
    assert ("Borders", "/borders", ["Topics"]) in entries


def test_a_row_with_words_of_its_own_is_no_bar() -> None:
    entries = menu_entries(f"<font>{_TOP}<hr>See: {_BAR}<hr>{_MENU}{_TEXT}</font>")
    assert ("Home", "/it/", []) not in entries
    assert ("Borders", "/borders", ["Topics"]) in entries


def test_a_row_between_rules_after_the_headline_is_no_bar() -> None:
    entries = menu_entries(f"<font>{_TOP}<hr>{_MENU}{_TEXT}<hr>{_BAR}<hr></font>")
    assert ("Home", "/it/", []) not in entries

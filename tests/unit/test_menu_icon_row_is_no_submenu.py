"""A menu bar's last item holding nothing but a list of icon links that show no words
(search, contact, RSS, named by ``aria-label`` or ``title``): a row of tools at the
bar's end, no submenu of the item before it; its links are entries at the top level."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_ICONS = ("<li class='icons'><ul>"
          "<li><a href='/search' aria-label='Search the site'><svg aria-hidden='true'>"
          "<circle r='6'/></svg></a></li>"
          "<li><a href='/contacts' title='Contacts'><svg aria-hidden='true'><rect/></svg></a></li>"
          "<li><a href='/rss' title='RSS feeds'><i class='icon icon-rss'></i></a></li>"
          "</ul></li>")
_PAGE = ("<nav aria-label='Main menu'><ul><li><a href='/newsroom'>Newsroom</a></li>"
         "<li><a href='/resources'>Resources</a></li>{last}</ul></nav>"
         "<main><h1>A story</h1><p>Words.</p></main>")


def test_icon_links_in_an_item_of_their_own_stand_at_the_top_level() -> None:
    entries = menu_entries(_PAGE.format(last=_ICONS))
    assert ("Search the site", "/search", []) in entries
    assert ("Contacts", "/contacts", []) in entries
    assert ("RSS feeds", "/rss", []) in entries


def test_worded_links_in_an_item_of_their_own_are_the_item_before_its_submenu() -> None:
    worded = ("<li><ul><li><a href='/documents'>Documents</a></li>"
              "<li><a href='/publications'>Publications</a></li></ul></li>")
    entries = menu_entries(_PAGE.format(last=worded))
    assert ("Documents", "/documents", ["Resources"]) in entries

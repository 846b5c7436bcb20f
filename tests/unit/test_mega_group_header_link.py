"""A mega menu's group box headed by a link (``li > div.group > header > a`` over the
box of its links): the link is an entry under the labels above the group and the label
of the links below it; its own path never ends with its own words."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_PANEL = (
    '<nav class="main"><ul class="menu">'
    '<li><a href="/">Home</a></li>'
    '<li class="haschild"><a href="#">What we do</a><div class="childcontent">'
    '<div class="col first"><ul class="level1"><li class="group"><div class="group">'
    '<header><a href="/what-we-do">Fields of work</a></header>'
    '<div class="group-content"><ul class="level2">'
    '<li><a href="/arms-control">Arms control</a></li>'
    '<li><a href="/elections">Elections</a></li>'
    '<li><a href="/media-freedom">Media freedom</a></li></ul></div></div></li></ul></div>'
    '<div class="col"><ul class="level1"><li class="group"><div class="group">'
    '<header><span class="separator">Meetings</span></header>'
    '<div class="group-content"><ul class="level2">'
    '<li><a href="/summits">Summits</a></li>'
    '<li><a href="/pc">Permanent Council</a></li></ul></div></div></li></ul></div>'
    '</div></li>'
    '<li><a href="/newsroom">Newsroom</a></li></ul></nav>')


def test_group_header_link_is_entry_above_its_own_group() -> None:
    entries = menu_entries(_PANEL)
    assert ("Fields of work", "/what-we-do", ["What we do"]) in entries
    assert ("Elections", "/elections",
            ["What we do", "Fields of work"]) in entries


def test_group_header_words_still_label_their_group() -> None:
    entries = menu_entries(_PANEL)
    assert ("Summits", "/summits", ["What we do", "Meetings"]) in entries

"""An icon-only menu link is named as a screen reader names it (WAI accname): its
screen-reader words (a ``sr-only`` span) before its tooltip (``title``), which is only
the last resort; a link with no such words keeps its ``title``."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries


@pytest.mark.unit
def test_screen_reader_words_name_an_icon_link_before_its_title() -> None:
    body = ("<nav><ul class='nav navbar-nav'><li><a href='/about'>About</a></li>"
            "<li><a href='/search' title='Search'><span class='glyphicon glyphicon-search' "
            "aria-hidden='true'></span><span class='sr-only'>Search the archive</span></a></li>"
            "<li><a href='/contact' title='Contact us'><span class='glyphicon glyphicon-envelope' "
            "aria-hidden='true'></span></a></li></ul></nav><h1>Page</h1><p>Text.</p>")
    assert menu_entries(body, "https://www.example.org/page") == [
        ("About", "/about", []), ("Search the archive", "/search", []),
        ("Contact us", "/contact", [])]

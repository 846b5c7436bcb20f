"""A copy of the menu the page's style sheet hides by its id (``#copy { display: none
}``) gives nothing; a lone link whose previous/next word follows its noun ("Entradas
anteriores") is a pager; an ``<aside>`` of widget menus set between the box holding
the page's content and its footer is the footer's row, no menu."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from scraper.extract.pages.navigation.pagers import steps_through
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

MENU = ('<header><nav class="main-navigation"><ul class="menu">'
        '<li><a href="#">Topics</a><ul class="sub-menu">'
        '<li><a href="/arms">Arms control</a></li><li><a href="/elections">Elections</a></li>'
        '</ul></li><li><a href="/where">Where we work</a></li>'
        '<li><a href="/press">Press</a></li></ul></nav></header>')
EXPECTED = [("Arms control", "/arms", ["Topics"]), ("Elections", "/elections", ["Topics"]),
            ("Where we work", "/where", []), ("Press", "/press", [])]


def test_copy_hidden_by_its_id_gives_nothing() -> None:
    copy = ('<style>#phone-menu-box{display:none}</style>'
            '<div id="phone-menu-box"><div class="title">Menu</div><ul>'
            '<li><a href="/arms">Arms control</a></li><li><a href="/elections">Elections</a></li>'
            '<li><a href="/where">Where we work</a></li><li><a href="/press">Press</a></li>'
            '</ul></div>')
    assert menu_entries(copy + MENU, main="<main><h1>Home</h1><p>Text.</p></main>") \
        == EXPECTED


def test_id_shown_by_another_rule_is_not_hidden_for_good() -> None:
    from scraper.extract.page_styles import page_never_shown_ids, parse_sheets
    rules = parse_sheets(("#a{display:none} #b{display:none} #b.open{display:block}",))
    assert page_never_shown_ids(rules) == {"a"}


class _Link:
    def __init__(self, text: str) -> None:
        self.text = text

    def itertext(self) -> list[str]:
        return [self.text]

    def __iter__(self) -> Iterator[Any]:
        return iter(())   # a link of words alone: no element inside


@pytest.mark.parametrize(("text", "pager"), [
    ("← Entradas anteriores", True), ("Articles précédents →", True),
    ("Older posts", True), ("Fields of work", False),
    ("A very long title that ends next", False),
])
def test_previous_word_after_its_noun_turns_the_page(text: str, pager: bool) -> None:
    assert steps_through([_Link(text)]) is pager


def test_widget_aside_between_content_and_footer_is_the_footers() -> None:
    body = (MENU + '<div id="content"><main><h1>Home</h1><p>Text of the page.</p></main></div>'
            '<aside class="widget-area"><section><h2>Resources</h2>'
            '<nav aria-label="Resources"><ul class="menu"><li><a href="/docs">Documents</a></li>'
            '<li><a href="/pubs">Publications</a></li><li><a href="/images">Images</a></li>'
            '</ul></nav></section></aside><footer><p>© OSCE</p></footer>')
    assert menu_entries(body) == EXPECTED


def test_sidebar_beside_the_content_stays_a_menu() -> None:
    body = (MENU + '<div id="content"><main><h1>Home</h1><p>Text of the page.</p></main>'
            '<aside class="widget-area"><nav aria-label="Resources"><ul class="menu">'
            '<li><a href="/docs">Documents</a></li><li><a href="/pubs">Publications</a></li>'
            '</ul></nav></aside></div><footer><p>© OSCE</p></footer>')
    assert ("Documents", "/docs", ["Resources"]) in menu_entries(body) or \
        ("Documents", "/docs", []) in menu_entries(body)

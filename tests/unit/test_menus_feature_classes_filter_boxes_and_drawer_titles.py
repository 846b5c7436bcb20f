"""Menu designs: a class switching a feature on (``…-search-enabled``) says what the
box can do, not what it is; a filter box over a menu tree titles no group; a
drawer's title saying only the menu's own name ("Site menu") over the whole menu
names it, no group of it."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.classes import class_tokens
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

def _tree(title: str) -> str:
    return ('<ul role="group">'
            '<li role="treeitem" aria-level="1"><a href="/">Home</a></li>'
            '<li role="treeitem" aria-level="1" aria-expanded="false"><span>Our work</span>'
            '<ul role="group" style="display:none">'
            '<li role="treeitem" aria-level="2"><a href="/elections">Elections</a></li>'
            '<li role="treeitem" aria-level="2"><a href="/youth">Youth</a></li></ul></li>'
            f'<li role="treeitem" aria-level="1"><a href="/about">{title}</a></li></ul>')


EXPECTED = [("Home", "/", []), ("Elections", "/elections", ["Our work"]),
            ("Youth", "/youth", ["Our work"]), ("About", "/about", [])]


def test_feature_switch_class_names_nothing_the_box_is() -> None:
    tokens = class_tokens(html.fromstring('<div class="tree tree-search-enabled"></div>'))
    assert "search" not in tokens
    assert "tree" in tokens


def test_menu_tree_with_its_filter_box() -> None:
    body = ('<div class="side-menu" role="navigation" aria-label="Main menu">'
            '<div class="tree tree-search-enabled" role="tree">'
            '<div class="tree-search"><input type="text" aria-label="Search the menu"></div>'
            f'<div class="scroll">{_tree("About")}</div></div></div>'
            '<main><h1>Title</h1><p>Text.</p></main>')
    assert menu_entries(body) == EXPECTED


def test_site_menu_title_over_a_drawer_tree_is_no_group() -> None:
    body = ('<nav aria-label="Main"><aside class="sidebar">'
            '<div class="sidebar-title">Site menu</div>'
            f'<div class="tree" role="tree">{_tree("About")}</div></aside></nav>'
            '<main><h1>Title</h1><p>Text.</p></main>')
    assert menu_entries(body) == EXPECTED

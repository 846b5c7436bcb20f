"""A box of the menu whose ``<header>`` says nothing but its heading (a portal's
portlet: ``header > h1`` and an empty toolbar, then the box of links) is titled by
that heading, as it would be by the heading standing alone (hold-out set 169)."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries

pytestmark = pytest.mark.unit


def _menu(body: str, url: str = "https://www.osce.org/") -> list[Entry]:
    return menu_entries(body, url)


def _portlet(title: str, links: str, header: str = "header") -> str:
    return (f'<div class="portlet-navigation"><section class="portlet">'
            f'<{header} class="portlet-topper"><h1 class="portlet-title"><span>{title}</span></h1>'
            f'<menu class="toolbar" type="toolbar"></menu></{header}>'
            f'<div class="portlet-content"><div class="nav-menu"><ul>{links}</ul></div>'
            '<p class="more-link"><a href="/what">All »</a></p></div></section></div>')


REGIONS = ('<li><a href="/see">South-Eastern Europe</a><ul>'
           '<li><a href="/albania">Presence in Albania</a></li>'
           '<li><a href="/skopje">Mission to Skopje</a></li></ul></li>')


def test_portlet_header_titles_its_links() -> None:
    body = ('<nav id="navigation"><ul><li><a href="/about">About</a></li></ul></nav>'
            '<div id="column-1">'
            + _portlet("Field operations", REGIONS) +
            '</div><main><h1>Welcome</h1><p>Text.</p></main>')
    assert _menu(body) == [
        ("About", "/about", []),
        ("South-Eastern Europe", "/see", ["Field operations"]),
        ("Presence in Albania", "/albania", ["Field operations", "South-Eastern Europe"]),
        ("Mission to Skopje", "/skopje", ["Field operations", "South-Eastern Europe"]),
        ("All", "/what", ["Field operations"]),
    ]


def test_header_holding_a_link_is_no_title() -> None:
    body = ('<nav id="navigation"><ul><li><a href="/about">About</a></li></ul></nav>'
            '<div id="column-1">'
            '<div class="portlet-navigation"><section class="portlet">'
            '<header><a href="/fields"><h1>Fields</h1></a> <a href="/help">Help</a></header>'
            '<div class="portlet-content"><ul><li><a href="/elections">Elections</a></li>'
            '<li><a href="/youth">Youth</a></li></ul></div></section></div>'
            '</div><main><h1>Welcome</h1><p>Text.</p></main>')
    paths = {name: path for name, _, path in _menu(body)}
    assert paths.get("Elections") == []

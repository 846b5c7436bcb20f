"""A heading over a horizontal menu bar names the bar, no group of it.

``role="menubar"`` is ARIA's persistent bar of a menu's top items, laid out
horizontally unless its ``aria-orientation`` says otherwise; a heading standing over
that bar alone ("Topics menu", "Menu des sujets": WET-BOEW writes it bare and hides it
with its theme's stylesheet) titles the whole bar as its ``aria-label`` would, and the
menubar's name is the menu's own, no level of it.  A heading over a vertical list (a
sidebar's "Navigation" portlet) still labels the links under it."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _bar(role: str = "menubar", orientation: str = "") -> str:
    aria = f' aria-orientation="{orientation}"' if orientation else ""
    return (f'<ul class="menu" role="{role}"{aria}>'
            '<li role="presentation"><a href="#sm-work" role="menuitem" aria-haspopup="true">'
            'Our work</a><ul id="sm-work" role="menu">'
            '<li><h3>Fields</h3><ul>'
            '<li><a href="/elections" role="menuitem">Elections</a></li>'
            '<li><a href="/policing" role="menuitem">Policing</a></li></ul></li></ul></li>'
            '<li role="presentation"><a href="/resources" role="menuitem">Resources</a></li>'
            '<li role="presentation"><a href="/jobs" role="menuitem">Jobs</a></li></ul>')


def test_heading_over_a_menu_bar_is_no_level() -> None:
    body = ('<nav id="topics"><div class="container"><h2>Topics menu</h2>'
            f'<div class="row">{_bar()}</div></div></nav>')
    assert menu_entries(body) == [
        ("Elections", "/elections", ["Our work", "Fields"]),
        ("Policing", "/policing", ["Our work", "Fields"]),
        ("Resources", "/resources", []),
        ("Jobs", "/jobs", []),
    ]


def test_heading_before_a_bare_menu_bar_is_no_level() -> None:
    body = f'<div id="top"><h2>Topics menu</h2>{_bar()}</div><main><h1>Page</h1></main>'
    assert [e[2] for e in menu_entries(body)] == [["Our work", "Fields"]] * 2 + [[]] * 2


def test_heading_over_a_vertical_bar_labels_it() -> None:
    body = ('<nav id="side"><div class="container"><h2>Topics menu</h2>'
            f'<div class="row">{_bar(orientation="vertical")}</div></div></nav>')
    assert [e[2] for e in menu_entries(body)][-1] == ["Topics menu"]

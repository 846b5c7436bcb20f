"""Flat tree rows, title boxes and side columns of titled groups.

An ARIA tree drawn with flat rows (``role=treeitem`` rows holding no rows, their
children in a ``role=group`` box after them, or placed by ``aria-level`` alone) puts
each row under the nearest rows of each lower level before it: a parent document is
both an entry and its children's label.  A box named a title, holding no link, right
over a component library's bare links labels them (a promo card's title over its blurb
does not).  A side column of headings over lists, paragraphs of one link and folded
blocks is one column of titled groups: every line under a heading stands under it,
and a folded block's toggle ("+ Meetings", its "- Meetings" twin hidden in the
unfolded copy) labels its list without the drawn sign."""

from __future__ import annotations

import pytest

from tests.pages import menu_records

pytestmark = pytest.mark.unit


_menu = menu_records


def _row(level: int, href: str, name: str) -> str:
    return (f"<div class='r' role='treeitem' aria-level='{level}'>"
            f"<a href='{href}'><span>{name}</span></a></div>")


def test_flat_tree_rows_stand_under_their_parent_rows() -> None:
    tree = ("<div role='tree' aria-label='Documents'>"
            + _row(1, "/s/h", "Handbook")
            + "<div role='group'>" + _row(2, "/s/h/a", "Writing")
            + "<div role='group'>" + _row(3, "/s/h/a1", "Style guide")
            + "<div role='group'>" + _row(4, "/s/h/a11", "Dates") + "</div>"
            + _row(3, "/s/h/a2", "Press releases") + "</div>"
            + _row(2, "/s/h/b", "Photo") + "</div></div>")
    got = _menu(f"<div id='sidebar'>{tree}</div><main><h1>Style guide</h1><p>T.</p></main>")
    assert got == [
        {"name": "Handbook", "url": "https://www.osce.org/s/h", "path": []},
        {"name": "Writing", "url": "https://www.osce.org/s/h/a", "path": ["Handbook"]},
        {"name": "Style guide", "url": "https://www.osce.org/s/h/a1",
         "path": ["Handbook", "Writing"]},
        {"name": "Dates", "url": "https://www.osce.org/s/h/a11",
         "path": ["Handbook", "Writing", "Style guide"]},
        {"name": "Press releases", "url": "https://www.osce.org/s/h/a2",
         "path": ["Handbook", "Writing"]},
        {"name": "Photo", "url": "https://www.osce.org/s/h/b", "path": ["Handbook"]},
    ]


def test_title_box_over_bare_links_labels_them_a_card_title_does_not() -> None:
    nav = ("<nav aria-label='Site menu'><div class='accordion'>"
           "<button type='button' aria-controls='p1' aria-expanded='false'>Structures</button>"
           "<div id='p1' role='region'><div class='subitems'>"
           "<a class='navlink' href='/chairpersonship'>Chairpersonship</a>"
           "<div class='nav-item__groupTitle'><span>Institutions</span></div>"
           "<a class='navlink' href='/odihr'>ODIHR</a>"
           "<a class='navlink' href='/hcnm'>HCNM</a>"
           "</div></div></div>"
           "<div class='promo'><p class='promo__title'>Annual Report</p>"
           "<p class='promo__text'>A year of work in figures.</p>"
           "<a class='button' href='/annual-report'>Read the report</a></div></nav>")
    got = _menu(nav + "<main><h1>Home</h1><p>Text.</p></main>")
    assert got == [
        {"name": "Chairpersonship", "url": "https://www.osce.org/chairpersonship",
         "path": ["Structures"]},
        {"name": "ODIHR", "url": "https://www.osce.org/odihr",
         "path": ["Structures", "Institutions"]},
        {"name": "HCNM", "url": "https://www.osce.org/hcnm",
         "path": ["Structures", "Institutions"]},
        {"name": "Read the report", "url": "https://www.osce.org/annual-report", "path": []},
    ]


def test_side_column_of_headings_lists_and_folded_blocks() -> None:
    side = ("<div id='side-bar'><h1>Fields</h1><ul>"
            + "".join(f"<li><a href='/f{i}'>Field {i}</a></li>" for i in range(5))
            + "</ul><p><a href='/fields'>All fields&nbsp;&raquo;</a></p>"
            "<h1>Events</h1><div class='collapsible-block'>"
            "<div class='collapsible-block-folded'><a href='javascript:;'>+ Meetings</a></div>"
            "<div class='collapsible-block-unfolded' style='display:none'>"
            "<div class='collapsible-block-unfolded-link'>"
            "<a href='javascript:;'>- Meetings</a></div>"
            "<div class='collapsible-block-content'><ul><li><a href='/summit'>Summit</a></li>"
            "<li><a href='/council'>Council</a></li>"
            "<li><a href='/forum'>Forum</a></li></ul></div></div></div>"
            "<ul><li><a href='/calendar'>Calendar</a></li></ul></div>")
    got = _menu(side + "<div id='main-content'><h1>Start</h1><p>Text.</p></div>")
    fields = [{"name": f"Field {i}", "url": f"https://www.osce.org/f{i}", "path": ["Fields"]}
              for i in range(5)]
    assert got == [*fields,
                   {"name": "All fields", "url": "https://www.osce.org/fields",
                    "path": ["Fields"]},
                   {"name": "Summit", "url": "https://www.osce.org/summit",
                    "path": ["Events", "Meetings"]},
                   {"name": "Council", "url": "https://www.osce.org/council",
                    "path": ["Events", "Meetings"]},
                   {"name": "Forum", "url": "https://www.osce.org/forum",
                    "path": ["Events", "Meetings"]},
                   {"name": "Calendar", "url": "https://www.osce.org/calendar",
                    "path": ["Events"]}]

"""A design system's screen-reader class and a mega panel's "Follow us" column.

Foundation's ``show-for-sr`` written with a design system's prefix
(``ontario-show-for-sr``, the Ontario Design System) keeps words for screen readers
only: a toggle's "– Toggle submenu" is no part of the group label it shows, and a
sub-toggle saying only "Show submenu for …" shows no words at all, so the real link
before it heads the panel.  A column of the site's social profiles inside a submenu
panel (below an item of the menu's list) is a column of the panel, its icon links
entries named by their ``aria-label``; social icons beside the menu's list are none.
"""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.visible import SCREEN_READER_ONLY, hidden_kind
from tests.pages import menu_entries

SR = "<span class='ds-show-for-sr'>{}</span>"
SOCIAL = ("<ul class='ds-megamenu__social'>"
          "<li><a href='https://twitter.com/OSCE' aria-label='OSCE on Twitter'>"
          "<svg aria-hidden='true'></svg></a></li></ul>")


def _page(social_in_panel: bool) -> str:
    panel_social = f"<div class='col'><h3>Follow us</h3>{SOCIAL}</div>" if social_in_panel else ""
    beside = "" if social_in_panel else SOCIAL
    return (
        "<nav aria-label='Main menu'><ul class='ds-megamenu__top'>"
        "<li><a href='/'>Home</a></li>"
        "<li><button type='button' aria-expanded='false' aria-controls='p1'>Our work"
        f"{SR.format(' – Toggle submenu')}</button>"
        "<div class='ds-megamenu__panel' id='p1'><div class='col'><h3>Fields of work</h3>"
        "<ul><li><a href='/elections'>Elections</a></li></ul></div></div></li>"
        "<li><a href='/structures'>Structures</a>"
        "<button type='button' aria-expanded='false' aria-controls='p2'>"
        f"{SR.format('Show submenu for Structures')}</button>"
        "<div class='ds-megamenu__panel' id='p2'><ul><li><a href='/odihr'>ODIHR</a></li>"
        "</ul></div></li>"
        "<li><button type='button' aria-expanded='false' aria-controls='p3'>Newsroom"
        f"{SR.format(' – Toggle submenu')}</button>"
        "<div class='ds-megamenu__panel' id='p3'><div class='col'><h3>Latest</h3>"
        "<ul><li><a href='/statements'>Statements</a></li></ul></div>"
        f"{panel_social}</div></li>"
        f"</ul>{beside}</nav>")


def test_a_prefixed_show_for_sr_class_is_screen_reader_only() -> None:
    doc = Document(url="https://www.osce.org/x", text=(
        "<html><body><span class='ontario-show-for-sr'>x</span></body></html>"))
    assert hidden_kind(doc.root.xpath("//span")[0]) == SCREEN_READER_ONLY


def test_toggles_label_their_panels_by_their_shown_words_only() -> None:
    entries = menu_entries(_page(social_in_panel=True))
    assert ("Elections", "/elections", ["Our work", "Fields of work"]) in entries
    assert ("Structures", "/structures", []) in entries
    assert ("ODIHR", "/odihr", ["Structures"]) in entries
    assert ("Statements", "/statements", ["Newsroom", "Latest"]) in entries


def test_a_social_column_inside_a_submenu_panel_gives_entries() -> None:
    assert ("OSCE on Twitter", "https://twitter.com/OSCE", ["Newsroom", "Follow us"]) \
        in menu_entries(_page(social_in_panel=True))


def test_social_icons_beside_the_menus_list_give_none() -> None:
    urls = [url for _, url, _ in menu_entries(_page(social_in_panel=False))]
    assert "https://twitter.com/OSCE" not in urls
    assert "/statements" in urls

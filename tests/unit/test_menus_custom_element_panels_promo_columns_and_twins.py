"""Menu designs: a split item's panel in a custom element (Turbo's
``<turbo-frame>``), a promo column titled like its peer columns, a drawer's and a
sidebar's collapsed twins, the avatar's dropdown offering to sign out, a badge drawn
by an "indicator" class, and a blog's "« Older entries"."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _list(*pairs: tuple[str, str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in pairs) + "</ul>"


def test_link_labels_the_custom_element_panel_its_toggle_opens() -> None:
    body = ('<nav aria-label="Main"><ul>'
            '<li><a href="/countries">Countries</a>'
            '<button aria-expanded="false"><span class="sr-only">Show submenu</span></button>'
            '<turbo-frame id="mega" src="/menu" hidden><div class="grid">'
            '<section class="col"><h3>Participating States</h3>'
            + _list(("Albania", "/albania"), ("Austria", "/austria")) + "</section>"
            "</div></turbo-frame></li>"
            '<li><a href="/jobs">Jobs</a></li></ul></nav>')
    assert menu_entries(body) == [
        ("Countries", "/countries", []),
        ("Albania", "/albania", ["Countries", "Participating States"]),
        ("Austria", "/austria", ["Countries", "Participating States"]),
        ("Jobs", "/jobs", [])]


def test_promo_column_title_among_headed_columns() -> None:
    body = ('<nav aria-label="Main"><ul><li>'
            '<button aria-expanded="false" aria-controls="p">Our work</button>'
            '<div id="p" hidden><div class="grid">'
            '<section class="mega-col"><h3>Fields</h3>'
            + _list(("Arms control", "/arms"), ("Borders", "/borders")) + "</section>"
            '<section class="mega-col"><h3>Projects</h3>'
            + _list(("By country", "/p/c"), ("Donors", "/p/d")) + "</section>"
            '<aside class="mega-col promo"><p class="eyebrow">Featured</p>'
            '<a href="/report"><img src="r.jpg" alt=""><span>Annual report</span></a></aside>'
            "</div></div></li></ul></nav>")
    assert ("Annual report", "/report", ["Our work", "Featured"]) in menu_entries(body)


def test_promo_item_title_among_list_columns() -> None:
    body = ('<nav aria-label="Main"><ul><li><a href="/work">Our work</a><ul>'
            '<li><a href="/fields">Fields</a>' + _list(("Arms", "/arms"), ("Borders", "/b"))
            + '</li><li><span class="t">Meetings</span>'
            + _list(("Summits", "/s"), ("Councils", "/c"))
            + '</li><li><h4 class="t">Highlights</h4><a href="/report">Annual report</a></li>'
            "</ul></li></ul></nav>")
    assert ("Annual report", "/report", ["Our work", "Highlights"]) in menu_entries(body)


def test_collapsed_twins_give_their_links_once() -> None:
    def side(suffix: str) -> str:
        return (f'<nav aria-labelledby="l{suffix}">'
                f'<button aria-expanded="false" aria-controls="f{suffix}">'
                f'<span id="l{suffix}">Fields of work</span>'
                '<span class="screen-reader-only">Toggle submenu</span></button>'
                f'<ul id="f{suffix}" class="hidden">'
                '<li><a href="/arms">Arms control</a></li><li><a href="/borders">Borders</a></li>'
                '<li><a href="/elections">Elections</a></li></ul></nav>')
    body = (f'<div class="drawer">{side("m")}</div>'
            f'<aside aria-label="Primary sidebar">{side("")}</aside>')
    assert menu_entries(body) == [
        ("Arms control", "/arms", ["Fields of work"]),
        ("Borders", "/borders", ["Fields of work"]),
        ("Elections", "/elections", ["Fields of work"])]


def test_avatar_dropdown_offering_sign_out_is_the_readers() -> None:
    body = ('<header><div class="header-menu"><button aria-haspopup="true" '
            'aria-controls="dd" aria-label="Navigation menu"><img src="a.png" alt=""></button>'
            '<div class="dropdown" id="dd"><ul>'
            '<li><a href="/anna">Anna W.</a></li><li><a href="/dashboard">Dashboard</a></li>'
            '<li><a href="/readinglist">Reading list</a></li>'
            '<li><a href="/signout_confirm">Sign Out</a></li></ul></div></div></header>'
            '<nav aria-label="Community">' + _list(("Home", "/"), ("News", "/news"),
                                                   ("About", "/about")) + "</nav>")
    assert menu_entries(body) == [("Home", "/", []), ("News", "/news", []),
                                  ("About", "/about", [])]


def test_indicator_badge_is_no_part_of_the_name() -> None:
    body = ('<nav aria-label="Community"><ul><li><a href="/news">News</a></li>'
            '<li><a href="/podcasts">Podcasts <span class="crayons-indicator">New</span></a></li>'
            "</ul></nav>")
    assert ("Podcasts", "/podcasts", []) in menu_entries(body)


def test_older_entries_link_turns_the_page() -> None:
    body = ('<nav aria-label="Main">' + _list(("Start", "/de/"), ("Über uns", "/de/about"))
            + "</nav>")
    main = ('<main><h2><a href="/de/p/1/">Post</a></h2><div class="navigation-bottom">'
            '<div class="older"><a href="/de/page/2/">&laquo; Ältere Einträge</a></div>'
            "</div></main>")
    names = [n for n, _, _ in menu_entries(body, main=main)]
    assert "« Ältere Einträge" not in names
    assert "Ältere Einträge" not in names

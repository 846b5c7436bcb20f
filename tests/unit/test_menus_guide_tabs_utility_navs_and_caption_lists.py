"""Menu rules:

- a row of tabs whose tabs open dropdowns of pages (LibGuides' guide tabs in a
  ``role=navigation`` box labelled "Guide pages") is the site menu drawn as tabs: no
  in-page tab widget, no pager, whatever "tabs" and "pages" its names say;
- the header's utility row marked up as a menu (a ``<nav>`` named ``utilityNav``) is
  part of the site menu (fixtures/README.md, settled cases);
- a caption naming the list after it (``p#h + ul[aria-labelledby=h]``) heads the link
  closing that column too ("All fields of work →")."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/docs/page.html")


def _items(names: list[str]) -> str:
    return "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in names)


@pytest.mark.unit
def test_tabs_opening_dropdowns_of_pages_are_the_menu() -> None:
    body = ("<div id='guide-tabs-box'><div id='guide-tabs' role='navigation' "
            "aria-label='Guide pages'><ul class='nav nav-tabs'>"
            "<li class='active'><a href='/home'>Home</a></li>"
            "<li class='dropdown'><a href='/work'>Work</a>"
            "<a href='#' class='dropdown-toggle' data-toggle='dropdown'>"
            "<span class='caret'></span><span class='sr-only'>Show subpages</span></a>"
            f"<ul class='dropdown-menu'>{_items(['Elections', 'Youth'])}</ul></li>"
            "<li class='dropdown'><a href='#' class='dropdown-toggle' "
            "data-toggle='dropdown'><span>Media</span></a>"
            f"<ul class='dropdown-menu'>{_items(['Photos', 'Videos'])}</ul></li>"
            "<li><a href='/about'>About</a></li></ul></div></div>"
            "<div class='mobile-nav' hidden><ul>"
            f"{_items(['Home', 'Work', 'Sitemap'])}</ul></div>"
            "<h1>Guide</h1><p>Text.</p>")
    assert _menu(body) == [
        ("Home", "/home", []), ("Work", "/work", []),
        ("Elections", "/elections", ["Work"]), ("Youth", "/youth", ["Work"]),
        ("Photos", "/photos", ["Media"]), ("Videos", "/videos", ["Media"]),
        ("About", "/about", [])]


@pytest.mark.unit
def test_utility_row_marked_up_as_a_nav_is_part_of_the_menu() -> None:
    body = ("<header><nav aria-label='Service menu' class='_utilityNav_8c1d2_31'>"
            f"<ul class='_utilityList_8c1d2_36'>{_items(['Jobs', 'Contact'])}</ul></nav>"
            f"<nav aria-label='Main' class='main-nav'><ul>{_items(['About', 'News', 'Work'])}"
            "</ul></nav></header><main><h1>Title</h1><p>Text.</p></main>")
    assert [e[0] for e in _menu(body)] == ["Jobs", "Contact", "About", "News", "Work"]


@pytest.mark.unit
def test_caption_of_a_labelled_list_heads_the_closing_link() -> None:
    body = ("<nav aria-label='Main'><ul><li><button aria-expanded='false' "
            "aria-controls='p1'>Our work</button><div id='p1' class='invisible' hidden>"
            "<div class='col'><p id='h1' class='text-tiny'>Fields of work</p>"
            f"<ul aria-labelledby='h1'>{_items(['Elections', 'Youth'])}</ul>"
            "<a href='/all'>All fields <span aria-hidden='true'>→</span></a></div>"
            "<div class='col'><p id='h2' class='text-tiny'>Partners</p>"
            f"<ul aria-labelledby='h2'>{_items(['Asia', 'Med'])}</ul></div></div></li>"
            f"{_items(['News'])}</ul></nav><h1>Title</h1>")
    assert ("All fields", "/all", ["Our work", "Fields of work"]) in _menu(body)

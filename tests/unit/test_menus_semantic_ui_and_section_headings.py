"""Menu mechanisms of Semantic UI, section menus and a BlogX pager.

Semantic/Fomantic UI menus: an inline ``ui popup`` after its trigger is a collapsed
panel; a ``ui dropdown item``'s own words label its ``div.menu``; a ``div.header``
labels a ``div.menu`` box after it; a tab segment is labelled by its ``data-tab`` item;
``secondary`` is a menu's look, not a utility region; a language ``ui dropdown`` inside
a ``right menu`` is the switcher, not the box around it.  A section menu's own visible
``aria-labelledby`` heading leads its paths; a heading titles the list right after it,
not a second list after that one.  A pager's "Previous" link to a later page number is
the next page (a theme naming its pager in time order)."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from tests.pages import menu_records


def _menu(body: str, url: str = "https://www.osce.org/page") -> list[dict[str, Any]]:
    return menu_records(body, url)


def _paths(body: str) -> dict[str, list[str]]:
    return {e["name"]: e["path"] for e in _menu(body)}


def _links(names: str) -> str:
    return "".join(f"<a class='item' href='/{n.lower()}'>{n}</a>" for n in names.split())


def test_semantic_inline_popup_is_a_collapsed_panel_under_its_trigger() -> None:
    body = ("<div class='ui menu' id='m' role='navigation' aria-label='Main'>"
            "<a class='browse item' tabindex='0'>Our work <i class='dropdown icon'></i></a>"
            "<div class='ui flowing basic popup bottom left transition hidden'>"
            "<div class='column'><h4 class='ui header'>Topics</h4><div class='ui link list'>"
            f"{_links('Arms Borders Elections')}</div></div></div>"
            f"{_links('Resources About')}</div>")
    paths = _paths(body)
    assert paths["Arms"] == ["Our work", "Topics"]
    assert paths["Resources"] == []


def test_semantic_dropdown_words_and_headers_label_its_menus() -> None:
    body = ("<div class='ui menu' role='navigation' aria-label='Main'>"
            "<div class='ui dropdown item' tabindex='0'>Countries <i class='dropdown icon'></i>"
            "<div class='menu'><a class='item' href='/all'>All</a><div class='divider'></div>"
            "<div class='header'>States</div>"
            f"<div class='scrolling menu'>{_links('Albania Andorra Armenia')}</div>"
            "<div class='divider'></div><div class='header'>Partners</div>"
            f"{_links('Asian Mediterranean')}</div></div>"
            f"{_links('Resources About')}</div>")
    paths = _paths(body)
    assert paths["All"] == ["Countries"]
    assert paths["Albania"] == ["Countries", "States"]
    assert paths["Asian"] == ["Countries", "Partners"]


def test_semantic_tab_segments_are_labelled_by_their_tab_items() -> None:
    body = ("<div class='ui menu' role='navigation' aria-label='Main'>"
            "<a class='browse item' href='/newsroom'>Newsroom</a>"
            "<div class='ui flowing basic popup transition hidden'>"
            "<div class='ui top attached tabular menu'><a class='active item' data-tab='n'>"
            "News</a><a class='item' data-tab='m'>Media</a></div>"
            "<div class='ui bottom attached active tab segment' data-tab='n'>"
            f"<div class='ui link list'>{_links('Press Statements')}</div></div>"
            "<div class='ui bottom attached tab segment' data-tab='m'>"
            f"<div class='ui link list'>{_links('Photos Videos')}</div></div></div>"
            f"{_links('Resources About')}</div>")
    paths = _paths(body)
    assert paths["Newsroom"] == []
    assert paths["Press"] == ["Newsroom", "News"]
    assert paths["Videos"] == ["Newsroom", "Media"]


def test_semantic_right_menu_keeps_its_links_beside_the_language_dropdown() -> None:
    body = ("<div class='ui menu' role='navigation' aria-label='Main'>"
            f"{_links('Newsroom Resources')}<div class='right menu'>"
            "<a class='item' href='/about'>About us</a>"
            "<a class='icon item' href='/search' aria-label='Search'><i class='search icon'>"
            "</i></a><div class='ui dropdown item'>English<div class='menu'>"
            "<a class='item' hreflang='ru' href='/ru/page'>Русский</a>"
            "<a class='item' hreflang='de' href='/de/page'>Deutsch</a>"
            "<a class='item' hreflang='fr' href='/fr/page'>Français</a></div></div></div></div>")
    names = [e["name"] for e in _menu(body)]
    assert names == ["Newsroom", "Resources", "About us", "Search"]


def test_section_menu_titled_by_its_own_labelled_heading() -> None:
    top = ("<nav aria-label='Main'><ul>"
           + "".join(f"<li><a href='/{n}'>{n}</a></li>" for n in ("a", "b", "c")) + "</ul></nav>")
    side = ("<div class='ui vertical secondary pointing menu' role='navigation' "
            "aria-labelledby='t'><div class='item'><h3 class='ui header' id='t'>Cyber</h3>"
            f"</div>{_links('Overview Measures')}<div class='item'>"
            f"<div class='header'>Resources</div><div class='menu'>{_links('Papers Videos')}"
            "</div></div></div>")
    paths = _paths(top + f"<main>{side}</main>")
    assert paths["a"] == []
    assert paths["Overview"] == ["Cyber"]
    assert paths["Papers"] == ["Cyber", "Resources"]


def test_heading_titles_only_the_list_right_after_it() -> None:
    body = ("<nav aria-label='Main'><ul><li><details><summary>Our work</summary><div>"
            "<h3>Topics</h3><ul><li><a href='/arms'>Arms</a></li>"
            "<li><a href='/borders'>Borders</a></li></ul>"
            "<ul><li><a href='/where'>Where</a></li><li><a href='/projects'>Projects</a></li>"
            "</ul></div></details></li><li><a href='/news'>News</a></li></ul></nav>")
    paths = _paths(body)
    assert paths["Arms"] == ["Our work", "Topics"]
    assert paths["Where"] == ["Our work"]


def _next(pager: str, url: str = "https://www.osce.org/blog/") -> str | None:
    items = "".join(f"<div class='card'><a href='/blog/{n}'><h2>Story {n}</h2></a></div>"
                    for n in (594120, 594077, 594001))
    page = (f"<html lang='en'><head><title>X</title></head><body>{items}"
            f"<nav class='paginator'><ul class='pagination'>{pager}</ul></nav></body></html>")
    return extract(page.encode(), url, "listing").next_page


def test_previous_worded_link_to_a_later_page_is_the_next_page() -> None:
    older = ("<li class='page-item'><a class='page-link' href='/blog/?page=2'>"
             "&#9664; Previous</a></li><li class='page-item disabled'>"
             "<a class='page-link' href='/blog/'>Home</a></li>")
    assert _next(older) == "https://www.osce.org/blog/?page=2"
    # on page 3 a "Previous" to page 2 leads back: the "Next" to page 4 leads on
    usual = ("<li><a href='/blog/?page=2'>Previous</a></li>"
             "<li><a href='/blog/?page=4'>Next</a></li>")
    assert _next(usual, "https://www.osce.org/blog/?page=3") == \
        "https://www.osce.org/blog/?page=4"

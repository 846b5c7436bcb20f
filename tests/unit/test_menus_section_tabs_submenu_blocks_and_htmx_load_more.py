"""Menu and pager conventions: a load-more button's htmx ``hx-get`` names the
listing's next page; a row of section tabs above the headline (Apache Lenya's
``div#tabs > div.tab``) is the top level of the menu the page names; a submenu box set
among ``div`` item lines right after the item it opens (Lenya's ``div.menublock-2``
after ``div.menuitem-1``) is labelled by that item, a link or the current page's plain
text. Each test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

_URL = "https://www.osce.org/site/section/topic/page_en.html"


def _extract(body: str, kind: str, url: str = _URL) -> Any:
    page = f"<html lang='en'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, kind)


def _entries(body: str) -> list[tuple[str, str, list[str]]]:
    return [(e["name"], e["url"].rsplit("/site/", 1)[-1], e["path"])
            for e in _extract(body, "navigation").records]


# ------------------------------------------------------------------ htmx load more
_CARDS = "".join(f"<article><h3><a href='/news/{n}'>Story number {n} of the week</a></h3>"
                 f"<p>A teaser sentence long enough to be one.</p></article>"
                 for n in (512301, 512302, 512303))


def test_a_load_more_buttons_hx_get_names_the_next_page() -> None:
    body = (f"<main><h1>News</h1><section id='results'>{_CARDS}</section>"
            "<div id='more'><button type='button' hx-get='/en/news?page=1' "
            "hx-target='#more' hx-swap='outerHTML'>Show more results</button></div></main>")
    found = _extract(body, "listing", "https://www.osce.org/en/news").next_page
    assert found == "https://www.osce.org/en/news?page=1"


def test_a_disabled_load_more_button_names_no_page() -> None:
    body = (f"<main><h1>News</h1><section id='results'>{_CARDS}</section>"
            "<button type='button' disabled hx-get='/en/news?page=1'>Show more results"
            "</button></main>")
    assert _extract(body, "listing", "https://www.osce.org/en/news").next_page is None


# ------------------------------------------------------------------ section tabs
_SIDE = ("<td id='menu'><div class='block-1'>"
         "<div class='item-1'><a href='../one_en.html'>One</a></div>"
         "<div class='item-1'><a href='../two_en.html'>Two</a></div>"
         "<div class='item-1'><a href='../three_en.html'>Three</a></div>"
         "</div></td>")
_TABS = ("<div id='tabs'>"
         "<div class='tab'><a href='/site/index_en.html'>Home</a></div>"
         "<div class='tab-selected'><a href='/site/section/index_en.html'>Section</a></div>"
         "<div class='tab'><a href='/site/press/index_en.html'>Press</a></div>"
         "<div class='tab'><a href='/site/about/index_en.html'>About</a></div></div>")


def test_a_row_of_section_tabs_above_the_headline_is_the_top_menu() -> None:
    body = f"{_TABS}<table><tr>{_SIDE}<td><h1>Page</h1><p>Text.</p></td></tr></table>"
    names = [name for name, _, _ in _entries(body)]
    assert names[:4] == ["Home", "Section", "Press", "About"]
    assert names[4:] == ["One", "Two", "Three"]


def test_tabs_of_a_page_under_its_headline_or_switching_panels_are_no_menu() -> None:
    under = f"<table><tr>{_SIDE}<td><h1>Page</h1>{_TABS}<p>Text.</p></td></tr></table>"
    assert [name for name, _, _ in _entries(under)] == ["One", "Two", "Three"]
    panels = ("<div class='tabs'>" + "".join(
        f"<div class='tab'><a href='#p{i}' aria-controls='p{i}'>Panel {i}</a></div>"
        for i in range(3)) + "</div>")
    body = f"{panels}<table><tr>{_SIDE}<td><h1>Page</h1></td></tr></table>"
    assert [name for name, _, _ in _entries(body)] == ["One", "Two", "Three"]


# ------------------------------------------------------------------ div submenus
def test_a_submenu_box_after_its_item_line_is_labelled_by_that_item() -> None:
    body = ("<div class='menu'><div class='menublock-1'>"
            "<div class='menuitem-1'><a href='/site/a_en.html'>Alpha</a></div>"
            "<div class='menuitem-1'><a href='/site/b_en.html'>Beta</a></div>"
            "<div class='menublock-2'>"
            "<div class='menuitem-2'><a href='/site/b/1_en.html'>Beta one</a></div>"
            "<div class='menuitem-selected-2'>Beta two</div>"
            "<div class='menublock-3'>"
            "<div class='menuitem-3'><a href='/site/b/2/x_en.html'>Deep</a></div>"
            "<div class='menuitem-3'><a href='/site/b/2/y_en.html'>Deeper</a></div></div>"
            "<div class='menuitem-2'><a href='/site/b/3_en.html'>Beta three</a></div>"
            "</div>"
            "<div class='menuitem-1'><a href='/site/c_en.html'>Gamma</a></div>"
            "</div></div><main><h1>Beta two</h1></main>")
    paths = {name: path for name, _, path in _entries(body)}
    assert paths == {"Alpha": [], "Beta": [], "Beta one": ["Beta"],
                     "Deep": ["Beta", "Beta two"], "Deeper": ["Beta", "Beta two"],
                     "Beta three": ["Beta"], "Gamma": []}


def test_an_item_holding_a_dropdown_is_a_peer_not_a_submenu() -> None:
    body = ("<nav><div class='flex item'><a href='/site/about'>About</a></div>"
            "<div class='dropdown'><button type='button' aria-haspopup='menu'>"
            "Projects</button><div role='menu'>"
            "<a role='menuitem' href='/site/p1'>First</a>"
            "<a role='menuitem' href='/site/p2'>Second</a></div></div>"
            "<div class='flex item'><a href='/site/news'>News</a></div>"
            "<div class='flex item'><a href='/site/contacts'>Contacts</a></div></nav>"
            "<main><h1>Page</h1></main>")
    paths = {name: path for name, _, path in _entries(body)}
    assert paths["First"] == ["Projects"]

"""Menu designs: a list item marked a header (its class name ends in "header") or,
unmarked, a mega column's first item of words over items of one link each heads the
items after it, a link in it too; a link after such a column's list closes the last
heading's group; a header box named after its rank framing a ranked menu list
(``#secondary-links`` around ``ul.secondary-menu``) is that menu."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

Entry = tuple[str, str, list[str]]


def _menu(body: str, url: str = "https://www.osce.org/ru/") -> list[Entry]:
    page = f"<!DOCTYPE html><html lang='ru'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def _column(head: str, links: list[tuple[str, str]], head_class: str = "",
            after: str = "") -> str:
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in links)
    cls = f' class="{head_class}"' if head_class else ""
    return f'<div class="col"><ul><li{cls}>{head}</li>{items}</ul>{after}</div>'


A = [("Arms", "/ru/arms"), ("Borders", "/ru/borders")]
B = [("Elections", "/ru/elections"), ("Media", "/ru/media")]


def _mega(first: str, second: str) -> str:
    return ('<nav><ul class="menu"><li><a href="/ru/">Home</a></li>'
            f'<li><span>Work</span><div class="panel">{first}{second}</div></li>'
            '</ul></nav><h1>Title</h1>')


def test_header_marked_item_heads_the_items_after_it_a_link_in_it_too() -> None:
    body = _mega(_column('<span class="nolink">Military</span>', A, "sf-megamenu-header"),
                 _column('<a href="/ru/human">Human</a>', B, "sf-megamenu-header"))
    assert _menu(body) == [
        ("Home", "/ru/", []),
        ("Arms", "/ru/arms", ["Work", "Military"]),
        ("Borders", "/ru/borders", ["Work", "Military"]),
        ("Human", "/ru/human", ["Work"]),
        ("Elections", "/ru/elections", ["Work", "Human"]),
        ("Media", "/ru/media", ["Work", "Human"])]


def test_a_class_naming_a_part_of_the_page_header_marks_no_header_item() -> None:
    body = ('<nav><ul class="menu"><li class="block-header-item"><a href="/ru/">Home</a></li>'
            '<li class="block-header-item"><a href="/ru/news">News</a></li>'
            '<li class="block-header-item"><a href="/ru/jobs">Jobs</a></li></ul></nav>'
            '<h1>Title</h1>')
    assert _menu(body) == [("Home", "/ru/", []), ("News", "/ru/news", []),
                           ("Jobs", "/ru/jobs", [])]


def test_unmarked_first_item_of_words_heads_its_mega_column() -> None:
    body = _mega(_column("<span>Military</span>", A), _column("<span>Human</span>", B))
    assert [e[2] for e in _menu(body)] == [[], ["Work", "Military"], ["Work", "Military"],
                                           ["Work", "Human"], ["Work", "Human"]]


def test_link_after_a_headed_list_closes_the_last_heading_group() -> None:
    more = '<a class="more" href="/ru/pm">More on military ›</a>'
    body = _mega(_column("Military", A, "uk-nav-header", more),
                 _column("Human", B, "uk-nav-header"))
    assert _menu(body)[3] == ("More on military", "/ru/pm", ["Work", "Military"])


def test_header_box_named_secondary_around_a_secondary_menu_list_is_a_menu() -> None:
    row = ('<div id="secondary-links"><h2 class="element-invisible">Secondary menu</h2>'
           '<ul id="secondary-menu-links" class="links inline secondary-menu">'
           '<li><a href="/ru/contacts">Contacts</a></li>'
           '<li><a href="/ru/jobs">Jobs</a></li></ul></div>')
    body = (f'<div id="header">{row}</div><div id="menu"><ul class="menu">'
            '<li><a href="/ru/what">What</a></li><li><a href="/ru/where">Where</a></li>'
            '</ul></div><h1>Title</h1>')
    assert _menu(body) == [("Contacts", "/ru/contacts", []), ("Jobs", "/ru/jobs", []),
                           ("What", "/ru/what", []), ("Where", "/ru/where", [])]

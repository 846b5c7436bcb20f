"""Menu designs of hold-out set 22 (MediaWiki MonoBook): the sidebar's portlets are the
menu, each a navigation landmark; beside them, landmarks of the same make hold the page's
tools (edit, history, what links here, printable version) and the reader's account
links (log in, my talk), which are no site menu."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.chrome import (
    about_page,
    is_account_link,
    page_name,
    page_number,
)

PAGE = "https://www.osce.org/wiki/Fields_of_work"


def _menu(body: str, url: str = PAGE) -> list[str]:
    page = f"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [r["url"].removeprefix("https://www.osce.org") for r in records]


def _portlet(label: str, *hrefs: str) -> str:
    items = "".join(f"<li><a href='{h}'>Link {i}</a></li>" for i, h in enumerate(hrefs))
    return (f"<div role='navigation' class='portlet'><h3>{label}</h3><div class='pBody'>"
            f"<ul>{items}</ul></div></div>")


SIDEBAR = _portlet("Navigation", "/wiki/Main_Page", "/wiki/Newsroom",
                   "/wiki/Special:RecentChanges")


def test_a_box_of_tools_about_the_page_on_view_is_no_menu() -> None:
    actions = _portlet("Page actions", "/wiki/Fields_of_work",
                       "/w/index.php?title=Talk:Fields_of_work&action=edit&redlink=1",
                       "/w/index.php?title=Fields_of_work&action=edit",
                       "/w/index.php?title=Fields_of_work&action=history")
    tools = _portlet("Tools", "/wiki/Special:WhatLinksHere/Fields_of_work",
                     "/wiki/Special:RecentChangesLinked/Fields_of_work",
                     "/wiki/Special:SpecialPages",
                     "/w/index.php?title=Fields_of_work&printable=yes",
                     "/w/index.php?title=Fields_of_work&oldid=1842")
    assert _menu(actions + SIDEBAR + tools) == \
        ["/wiki/Main_Page", "/wiki/Newsroom", "/wiki/Special:RecentChanges"]


def test_a_box_of_the_readers_account_links_is_no_menu() -> None:
    personal = _portlet("Personal tools", "/wiki/Special:MyTalk",
                        "/wiki/Special:MyContributions",
                        "/w/index.php?title=Special:UserLogin&returnto=Fields+of+work")
    assert _menu(personal + SIDEBAR) == \
        ["/wiki/Main_Page", "/wiki/Newsroom", "/wiki/Special:RecentChanges"]


def test_a_menu_marking_the_page_on_view_stays_a_menu() -> None:
    # the current item and a page named like it elsewhere are two links of many
    menu = _portlet("Fields of work", "/wiki/Fields_of_work", "/what/fields-of-work",
                    "/wiki/Elections", "/wiki/Youth")
    assert _menu(menu) == ["/wiki/Fields_of_work", "/what/fields-of-work", "/wiki/Elections",
                           "/wiki/Youth"]


@pytest.mark.parametrize(("address", "name"), [
    (PAGE, "fields of work"),
    ("https://www.osce.org/it/odihr/498127/elezioni-parlamentari/", "elezioni parlamentari"),
    ("https://www.osce.org/secretariat/499851", None),   # a number names no page by words
    ("https://www.osce.org/ru", None),                   # a language, not a page
    ("https://www.osce.org/w/index.php?title=X", None),  # the wiki's script
])
def test_page_name(address: str, name: str | None) -> None:
    assert page_name(address) == name


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/w/index.php?title=Fields_of_work&action=history", True),
    ("https://www.osce.org/w/index.php?title=Talk:Fields_of_work&action=edit", True),
    ("https://www.osce.org/wiki/Special:WhatLinksHere/Fields_of_work", True),
    ("https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.osce.org%2Fwiki%2FFields_of_work",
     True),
    ("https://www.osce.org/wiki/Special:SpecialPages", False),
    ("https://www.osce.org/wiki/Fields_of_work/Elections", False),
])
def test_about_page(url: str, expected: bool) -> None:
    assert about_page(url, "fields of work") is expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/w/index.php?title=Special:UserLogin&returnto=Main", True),
    ("https://www.osce.org/wiki/Special:MyTalk", True),
    ("https://www.osce.org/ru/login/?login=yes", True),
    ("https://www.osce.org/my-account", True),
    ("https://www.osce.org/sign-in", True),
    ("https://www.osce.org/country-profiles", False),
    ("https://www.osce.org/wiki/Myanmar", False),
    ("https://www.osce.org/wiki/Main_Page", False),
])
def test_is_account_link(url: str, expected: bool) -> None:
    assert is_account_link(url) is expected


@pytest.mark.parametrize(("address", "number"), [
    ("https://www.osce.org/pl/odihr/797850", "797850"),
    ("https://www.osce.org/news/2014", None),             # a year's archive, no node
    ("https://www.osce.org/pl/odihr", None),
    ("https://www.osce.org/node/797850?page=2", None),
])
def test_page_number(address: str, number: str | None) -> None:
    assert page_number(address) == number


def test_a_box_of_the_items_own_links_under_its_text_is_no_menu() -> None:
    # Drupal's node links in a <nav> under the post: "Add comment", "Follow", both
    # leading to tools named by the page's number, none a place of the site
    node_links = ("<article><h1>Post</h1><p>Text.</p><nav><ul class='links inline'>"
                  "<li><a href='/pl/comment/reply/797850#comment-form'>Dodaj komentarz</a></li>"
                  "<li><a href='/pl/flag/flag/commons_follow_node/797850'>Obserwuj</a></li>"
                  "</ul></nav></article>")
    menu = ("<nav><ul class='menu'><li><a href='/pl'>Strona główna</a></li>"
            "<li><a href='/pl/odihr'>ODIHR</a></li><li><a href='/pl/odihr/797851'>Inny wpis</a>"
            "</li></ul></nav>")
    assert _menu(menu + node_links, "https://www.osce.org/pl/odihr/797850") == \
        ["/pl", "/pl/odihr", "/pl/odihr/797851"]

"""A menu printed twice, once per screen width: the class that hides a copy on small
screens only (``is-hidden-mobile``, ``hidden-xs``, ``d-none d-md-block``) marks the
wide screen's copy, the menu, though its words name phones; the class that shows a copy
on small screens only (``is-hidden-tablet``, ``visible-phone``) marks the phone's copy,
which gives nothing beside the menu."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.screens import small_screen_only, wide_screen_only

WIDE_LINKS = [("/work", "Our work"), ("/news", "Newsroom"), ("/docs", "Documents")]
PHONE_LINKS = [*WIDE_LINKS, ("/contacts", "Contacts"), ("/jobs", "Jobs")]


def _urls(body: str) -> list[str]:
    page = f"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), "https://www.osce.org/what", "navigation").records
    return [r["url"].removeprefix("https://www.osce.org") for r in records]


def _nav(attrs: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in links)
    return f"<nav {attrs}><ul>{items}</ul></nav>"


@pytest.mark.parametrize("wide", ["main-nav is-hidden-mobile", "main-nav mobile-hidden",
                                  "main-nav hide-mobile", "main-nav hidden-mobile"])
def test_a_menu_hidden_on_small_screens_is_the_menu_though_named_for_phones(wide: str) -> None:
    phone = _nav('class="drawer is-shown-mobile" aria-label="Mobile"', PHONE_LINKS)
    expected = [u for u, _ in WIDE_LINKS]
    assert _urls(_nav(f'class="{wide}" aria-label="Main"', WIDE_LINKS) + phone) == expected
    assert _urls(phone + _nav(f'class="{wide}" aria-label="Main"', WIDE_LINKS)) == expected


@pytest.mark.parametrize("small", ["is-hidden-tablet", "is-hidden-desktop", "visible-phone",
                                   "hidden-desktop", "hide-on-med-and-up"])
def test_a_menu_shown_on_small_screens_only_beside_the_menu_gives_nothing(small: str) -> None:
    wide = _nav('class="site-nav" aria-label="Main"', WIDE_LINKS)
    phone = _nav(f'class="drawer {small}" aria-label="Menu"', PHONE_LINKS)
    assert _urls(wide + phone) == [u for u, _ in WIDE_LINKS]
    # the only menu of the page is read, whatever screens it is meant for
    assert _urls(phone) == [u for u, _ in PHONE_LINKS]


@pytest.mark.parametrize("classes", ["is-hidden-mobile", "is-hidden-touch", "hidden-xs",
                                     "hidden-sm", "hidden-phone", "hide-for-small-only",
                                     "hide-on-small-only", "mobile-hidden", "hide-mobile",
                                     "desktop-only", "visible-desktop", "show-for-large",
                                     "d-none d-md-block", "hidden lg:flex"])
def test_classes_hiding_on_small_screens_only_mark_the_wide_copy(classes: str) -> None:
    el = html.fromstring(f'<nav class="{classes}"></nav>')
    assert wide_screen_only(el)
    assert not small_screen_only(el)


@pytest.mark.parametrize("classes", ["is-shown-mobile", "visible-xs", "show-for-small-only",
                                     "mobile-only", "d-md-none", "lg:hidden", "hidden",
                                     "d-none", "is-hidden"])
def test_classes_showing_on_small_screens_or_hiding_always_mark_no_wide_copy(
        classes: str) -> None:
    el = html.fromstring(f'<nav class="{classes}"></nav>')
    assert not wide_screen_only(el)


@pytest.mark.parametrize("wide", ["main-nav is-hidden-mobile", "main-nav hidden-xs",
                                  "main-nav d-none d-md-block", "main-nav hide-for-small",
                                  "main-nav visible-desktop"])
def test_the_wide_copy_beside_a_drawer_the_phone_burger_opens_is_the_menu(wide: str) -> None:
    # a burger shown on phones opens a hidden drawer repeating the menu; the menu of
    # wide screens is read, though its class names phones
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in WIDE_LINKS)
    body = (f'<header><button class="nav-burger is-shown-mobile" data-target="#drawer">'
            f'<span>Open menu</span></button>'
            f'<nav id="main-nav" class="{wide}" aria-label="Main"><ul>{items}</ul></nav>'
            f'</header><main><h1>What we do</h1><p>Text.</p></main>'
            f'<div id="drawer" class="offcanvas is-hidden" aria-hidden="true">'
            f'<nav><ul>{items}</ul></nav></div>')
    assert _urls(body) == [u for u, _ in WIDE_LINKS]

"""A signed-in reader's account link among the menu's links, and a section menu titled
by a visible heading standing outside it (``aria-labelledby``).

Each page isolates one signal, so a failure names it.
"""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.account import is_own_account

Entry = tuple[str, str, list[str]]


def _menu(body: str, lang: str = "en") -> list[Entry]:
    page = (f"<!DOCTYPE html><html lang='{lang}'><head><title>t</title></head>"
            f"<body>{body}</body></html>")
    records = extract(page.encode(), "https://www.osce.org/what", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


_NAV = ('<nav><ul><li><a href="/elections">Elections</a></li>'
        '<li><a href="/policing">Policing</a></li>{}</ul></nav>')
_KEPT = [("Elections", "/elections", []), ("Policing", "/policing", [])]


def test_a_link_to_a_numbered_user_page_is_the_readers_account_and_no_entry() -> None:
    assert _menu(_NAV.format('<li><a href="/user/51734">Me</a></li>')) == _KEPT


def test_a_link_saying_it_is_the_readers_profile_is_no_entry_wherever_it_leads() -> None:
    assert _menu(_NAV.format('<li><a href="/people/x">Mon compte</a></li>'), "fr") == _KEPT


@pytest.mark.parametrize(("url", "name", "own"), [
    ("https://www.osce.org/user/51734", "Someone", True),
    ("https://www.osce.org/user/login", "Enter", True),
    ("https://www.osce.org/ru/account/settings", "Настройки", True),
    ("https://www.osce.org/my-profile", "Me", True),
    ("https://www.osce.org/profile", "Me", True),
    ("https://www.osce.org/x", "Il mio profilo", True),
    ("https://www.osce.org/x", "Личный кабинет", True),
    ("https://www.osce.org/odihr/profile", "Profile", False),   # a section's page
    ("https://www.osce.org/accountability", "Accountability", False),
    ("https://www.osce.org/user-guide", "User guide", False),
])
def test_own_account_by_address_shape_or_words(url: str, name: str, own: bool) -> None:
    assert is_own_account(url, name) is own


def test_a_visible_heading_outside_the_menu_naming_it_leads_every_path() -> None:
    side = ('<h3 id="t">Presence in Albania</h3><nav aria-labelledby="t"><ul>'
            '<li><a href="/projects">Projects</a><ul>'
            '<li><a href="/projects/current">Current</a></li></ul></li></ul></nav>')
    assert _menu(side) == [("Projects", "/projects", ["Presence in Albania"]),
                           ("Current", "/projects/current", ["Presence in Albania", "Projects"])]


def test_a_screen_reader_heading_outside_the_menu_is_no_label() -> None:
    side = ('<h2 id="t" class="visually-hidden">Section menu</h2><nav aria-labelledby="t">'
            '<ul><li><a href="/projects">Projects</a></li>'
            '<li><a href="/photos">Photos</a></li></ul></nav>')
    assert _menu(side) == [("Projects", "/projects", []), ("Photos", "/photos", [])]

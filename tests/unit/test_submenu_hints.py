"""A submenu toggle's screen-reader hint ("Structures <span class=x-sr>– expand
submenu</span>"), hidden by a site's own class no list knows, is no part of the group
label; a toggle whose closing words are no hint keeps them."""

from __future__ import annotations

import pytest

from scraper.extract.toggle_hints import is_submenu_hint
from tests.pages import menu_entries


def _menu(label: str) -> str:
    return ("<nav aria-label='Main'><ul>"
            "<li><a href='/about'>About</a></li>"
            f"<li><button type='button' aria-expanded='false'>{label}</button>"
            "<ul><li><a href='/chairpersonship'>Chairpersonship</a></li>"
            "<li><a href='/secretariat'>Secretariat</a></li></ul></li>"
            "</ul></nav>")


@pytest.mark.unit
@pytest.mark.parametrize("hint", ["<span class='site-sr'> – expand submenu</span>",
                                  "<span class='a11y'> – rozwiń podmenu</span>",
                                  "<span class='hint'>(Untermenü öffnen)</span>"])
def test_toggle_hint_is_no_part_of_the_label(hint: str) -> None:
    entries = menu_entries(_menu(f"Structures{hint}"))
    assert ("Secretariat", "/secretariat", ["Structures"]) in entries


@pytest.mark.unit
def test_toggle_closing_words_that_are_no_hint_stay() -> None:
    entries = menu_entries(_menu("Structures <span>and institutions</span>"))
    assert ("Secretariat", "/secretariat", ["Structures and institutions"]) in entries


@pytest.mark.unit
def test_hint_words_in_several_languages() -> None:
    assert is_submenu_hint("– Toggle submenu")
    assert is_submenu_hint("Открыть подменю")
    assert not is_submenu_hint("Institutions")

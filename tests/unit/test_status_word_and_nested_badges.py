"""Status flags inside a link that no badge class names, and flags closing words
nested below the link.

A flag says a status word ("новое", "NEW", "Beta") in an element set apart after the
link's words: classed or styled of its own, or a ``sup``/``small``/``mark``; it is
decoration, whatever its class words say ("Видео", not "Видео новое").  A plain
``<em>new</em>`` is words of the name ("What's new").  A badge closing the words of an
element that closes the link's (a page builder's ``<a><span class=icon></span><span
class=text>Podcasts <span class=badge>New</span></span></a>``) closes the link's too."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _menu(entry: str) -> str:
    return ("<nav><ul><li><a href='/press'>Press</a></li>"
            f"<li><a href='/videos'>{entry}</a></li>"
            "<li><a href='/jobs'>Jobs</a></li></ul></nav>")


@pytest.mark.parametrize("entry", [
    "Видео <span class='menu-marker marker'>новое</span>",
    "Видео <sup>NEW!</sup>",
    "Видео <span style='color:#c00'>Nouveauté</span>",
])
def test_a_status_word_set_apart_is_no_part_of_the_name(entry: str) -> None:
    assert [e[0] for e in menu_entries(_menu(entry))] == ["Press", "Видео", "Jobs"]


@pytest.mark.parametrize(("entry", "name"), [
    ("What's <em>new</em>", "What's new"),
    ("<span class='x'>New</span>", "New"),
    ("News <span class='marker'>archive</span>", "News archive"),
])
def test_words_that_are_no_flag_stay_in_the_name(entry: str, name: str) -> None:
    assert [e[0] for e in menu_entries(_menu(entry))] == ["Press", name, "Jobs"]


def test_a_badge_closing_a_nested_text_box_is_no_part_of_the_name() -> None:
    entry = ("<span class='list-icon'><i aria-hidden='true' class='fa fa-angle-right'></i>"
             "</span><span class='list-text'>Podcasts <span class='menu-badge'>New</span>"
             "</span>")
    assert [e[0] for e in menu_entries(_menu(entry))] == ["Press", "Podcasts", "Jobs"]

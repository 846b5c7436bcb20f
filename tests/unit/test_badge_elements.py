"""Badges drawn by a custom element named for a badge's kind.

A web component's name ends in what it draws: ``<calcite-chip>New</calcite-chip>`` or
``<sl-badge>3</sl-badge>`` after a link's words is a badge, decoration and no part of
the link's name ("Podcasts", not "Podcasts Nowość").  A ``-label`` element
(``<ion-label>``) holds the item's own words, and a custom element named for
something else keeps its words."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _menu(entry: str) -> str:
    return ("<nav><ul><li><a href='/press'>Press</a></li>"
            f"<li><a href='/podcasts'>{entry}</a></li>"
            "<li><a href='/jobs'>Jobs</a></li></ul></nav>")


@pytest.mark.parametrize("entry", [
    "Podcasty <calcite-chip scale='s' value='new'>Nowość</calcite-chip>",
    "Podcasty <sl-badge variant='primary'>Beta</sl-badge>",
])
def test_a_badge_element_is_no_part_of_the_name(entry: str) -> None:
    assert [e[0] for e in menu_entries(_menu(entry))] == ["Press", "Podcasty", "Jobs"]


@pytest.mark.parametrize(("entry", "name"), [
    ("<ion-label>Podcasty</ion-label>", "Podcasty"),
    ("Podcasty <x-word>Audio</x-word>", "Podcasty Audio"),
])
def test_other_custom_elements_keep_their_words(entry: str, name: str) -> None:
    assert [e[0] for e in menu_entries(_menu(entry))] == ["Press", name, "Jobs"]

"""A post's pager at the end of its order shows one step and the way up to all posts
("‹ Vorheriger Beitrag · Alle Beiträge"), the step leading to the post beside this one:
a pager, no menu, whatever its class calls it."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

SITE = "https://www.example.org"
_MENU = ("<div id='nav' role='navigation'><ul><li><a href='/de/'>Start</a></li>"
         "<li><a href='/de/news/'>Newsroom</a></li><li><a href='/de/about/'>Über uns</a></li>"
         "</ul></div>")


def _names(post_nav: str) -> list[str]:
    body = (f"{_MENU}<div id='content'><h1>Titel</h1><p>Text des Beitrags.</p>"
            f"{post_nav}</div>")
    page = f"<!DOCTYPE html><html lang='de'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), f"{SITE}/de/news/305", "navigation").records
    return [r["name"] for r in records]


def test_a_step_to_the_post_beside_and_the_way_up_are_a_pager() -> None:
    nav = ("<div class='post-nav'><a href='/de/news/298'>‹ Vorheriger Beitrag</a>"
           "<a href='/de/news/'>Alle Beiträge</a></div>")
    assert _names(nav) == ["Start", "Newsroom", "Über uns"]


def test_the_way_up_before_a_next_step_is_a_pager_too() -> None:
    nav = ("<div class='post-nav'><a href='/de/news/'>All posts</a>"
           "<a href='/de/news/306'>Next post ›</a></div>")
    assert _names(nav) == ["Start", "Newsroom", "Über uns"]


def test_a_step_word_leading_elsewhere_is_no_pager() -> None:
    nav = ("<div class='post-nav'><a href='/de/alumni/'>Anciens élèves</a>"
           "<a href='/de/contact/'>Contact</a></div>")
    assert _names(nav) == ["Start", "Newsroom", "Über uns", "Anciens élèves", "Contact"]

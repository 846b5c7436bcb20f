"""A menu link's part classed as a BEM element (``block__element``) is what its element
part says: a teaser card's ``wien-teaser__title`` is the card's title, the link's name
(its badge left out), no teaser description; a ``__desc`` part still is one."""

from __future__ import annotations

from tests.pages import menu_entries

_CARD = ("<nav aria-label='Main'><ul><li><a href='/news'>News</a></li>"
         "<li><a class='promo' href='/podcasts'><img src='/p.jpg' alt=''>"
         "<span class='promo-teaser__title'>Podcast: Voices from the field</span>"
         "<span class='promo-badge promo-badge--new'>New</span></a></li>"
         "<li><a href='/events'><span class='menu-link__title'>Events</span>"
         "<span class='menu-link__desc'>Meetings and conferences</span></a></li>"
         "</ul></nav>")


def test_a_teaser_cards_title_element_names_the_link() -> None:
    assert menu_entries(_CARD) == [
        ("News", "/news", []),
        ("Podcast: Voices from the field", "/podcasts", []),
        ("Events", "/events", []),
    ]

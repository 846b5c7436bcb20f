"""A listing page's side boxes by their heading ("Most read", "Related", "Найпопулярніше"):
their links are no entries of the listing."""

from __future__ import annotations

from scraper.extract.pages.listing_pager import ARROWS
from scraper.extract.pages.listing_titles import READ_MORE
from scraper.extract.text import fold
from scraper.extract.vocabulary import WIDGET_HEADINGS, WIDGET_STEMS

_WIDGET_HEADINGS = frozenset(fold(t) for t in WIDGET_HEADINGS)


def is_widget_heading(folded: str) -> bool:
    """A sidebar box's heading: a known one, or a few words holding a stem of "most
    read", "popular", "related" ("Найпопулярніше", "Die meistgelesenen Meldungen").  An
    entry's "Read more" line above the next entry is none."""
    if fold(ARROWS.sub("", folded)).strip() in READ_MORE:
        return False
    return folded in _WIDGET_HEADINGS or (
        0 < len(folded.split()) <= 4 and not any(c in folded for c in ":：")
        and any(stem in folded for stem in WIDGET_STEMS))

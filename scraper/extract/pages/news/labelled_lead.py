"""The lead printed as a labelled fact among the item's others: a catalogue's record
shows "Анотація: <the lead>" ("Abstract:", "Summary:") above "Тип матеріалу:", "Дата
публікації:" and the rest.  Its value, without its label, is the item's summary."""

from __future__ import annotations

from typing import Any

from scraper.extract.labels import best
from scraper.extract.pages.common import Found, is_descendant
from scraper.extract.text import words

# fewer words than this is a label's short value ("Summary: Elections"), no lead
_MIN_WORDS = 5


def labelled_lead(page: Any, container: Any) -> Found | None:
    """The value of the item's summary label, outside the text's container (a
    "Summary:" line inside the text is the text's)."""
    lv = best(page.labels, "summary")
    if lv is None or len(words(lv.text)) < _MIN_WORDS:
        return None
    if container is not None and is_descendant(lv.holder, container):
        return None
    return Found(lv.text, "label")

"""Boxes named for assistive technology: a ``<section aria-labelledby>`` whose label
is a screen-reader-only "Related topics" heading is a related box to every reader,
though no visible heading says so (BBC Simorgh's ``section[role=region]`` of topic
tags under an article, headed by a ``visually-hidden`` ``<h2>``)."""

from __future__ import annotations

from typing import Any

from scraper.extract.text import fold
from scraper.extract.visible import accessible_name
from scraper.extract.vocabulary import WIDGET_HEADINGS, WIDGET_STEMS

_WIDGET_HEADINGS = frozenset(fold(t) for t in WIDGET_HEADINGS)
# boxes a page names: a section, a plain box, a list
_BOX_TAGS = frozenset({"section", "div", "ul", "ol"})
# a name this short (words) is a box's heading, no sentence about it
_NAME_WORDS = 4


def named_widget(el: Any) -> bool:
    """The box's accessible name (``aria-labelledby``, ``aria-label``) is a side
    box's heading: related items or topics, sharing, tags, most read."""
    if el.tag not in _BOX_TAGS and (el.get("role") or "").lower() != "region":
        return False
    if not (el.get("aria-labelledby") or el.get("aria-label")):
        return False
    name = fold(accessible_name(el))
    return name in _WIDGET_HEADINGS or (
        0 < len(name.split()) <= _NAME_WORDS and not any(c in name for c in ":：")
        and any(stem in name for stem in WIDGET_STEMS))

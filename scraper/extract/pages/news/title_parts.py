"""What ``<title>`` says of the headline beside the site's or blog's name: its ends cut
at the separators, the heading that says most of its words."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.text import clean, fold, words

# a title's separators, a colon written against the word before it too ("Course: Forum:
# Subject", "Field Diary: Headline")
_SEPARATORS = re.compile(r"\s+(?:[|–—·•-]|::)\s+|\s*:\s+")
# the shortest end of <title> that may be the headline
_END_CHARS = 20
# a heading saying this share of <title>'s words (of at least so many) names the item
_CLOSE_SHARE = 0.7
_CLOSE_MIN_WORDS = 4


def title_ends(title: str) -> list[str]:
    """The tails and heads of ``title`` cut at each of its separators, longest first
    ("Field Diary: Second month: cadets" → "Second month: cadets", "Field Diary:
    Second month", …): where the headline stands when a name comes before or after it
    and the headline holds a separator of its own."""
    ends = {end for m in _SEPARATORS.finditer(title)
            for end in (title[m.end():].strip(), title[:m.start()].strip())}
    return sorted((e for e in ends if len(e) >= _END_CHARS), key=lambda e: (-len(e), e))


def closest_heading(page_title: str, lower: list[tuple[Any, str]]
                     ) -> tuple[Any, str] | None:
    """The lower heading that says most of what ``<title>`` says, in other words here
    and there (a template's ``<h3>`` headline under a site-name ``<h1>``; the title
    written shorter for the tab): most of the title's words, and more than one."""
    wanted = set(words(page_title))
    if len(wanted) < _CLOSE_MIN_WORDS:
        return None
    best, score = None, _CLOSE_SHARE
    for el, text in lower:
        share = len(wanted & set(words(text))) / len(wanted)
        if share >= score and (best is None or share > score):
            best, score = (el, text), share
    return best


def type_in_title(title: str, headline: str, known: frozenset[str]) -> str | None:
    """The part of ``<title>`` naming a known type (``known``, folded) beside a part that
    is the headline itself ("Comunicado de prensa | Headline | OSCE"): a template that
    shows the item's type nowhere in its text still prints it in the tab's title.  A
    title without the headline as one of its parts names other things (a section, a
    site) and gives none."""
    parts = [clean(p) for p in _SEPARATORS.split(title)]
    if fold(headline) not in (fold(p) for p in parts):
        return None
    return next((p for p in parts if fold(p) in known), None)

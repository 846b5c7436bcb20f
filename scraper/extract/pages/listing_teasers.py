"""An entry's teaser, line by line: which of its lines are facts (dates, a byline, a
search hit's figures, a reading time) and no teaser, and which short lines still are
(a sentence that ends the teaser's paragraphs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from scraper.extract.author_lines import is_ago_line, is_author_line
from scraper.extract.dates import is_date_line, parse_date
from scraper.extract.pages.fact_lines import leftover
from scraper.extract.pages.listing_lines import (
    is_byline_line,
    is_hit_figures,
    says_comments_closed,
)
from scraper.extract.pages.listing_rows import last_post_line
from scraper.extract.pages.news.hints import is_caption_line
from scraper.extract.reading_lines import is_reading_line

# a teaser block shorter than this is a fact or a control ("24:03", "Share"), unless
# it is a sentence after the teaser's own paragraph (below)
MIN_TEASER = 20
# a short sentence: a capital, two words or more, a stop at its end ("Recorded in Vienna.")
_SHORT_SENTENCE = re.compile(r"[^\W\d_][^\W_]*(?:[ \u00a0,]+\w+)+[.!?…]")


def teaser_text(text: str, language: str, is_meta_line: Callable[[str], bool]) -> str:
    """A teaser block's text without its lines of facts: dates, a line of type and
    date, label words left over, a byline, a search hit's size and relevance (lines
    parted by one ``<br>`` inside the block are read one by one); a line of nothing
    but dashes and bullets (the "—" left between a date and its headline) is none, nor is
    a line of who posted the entry and how long ago (:mod:`.author_lines`), nor its
    reading time and length (:mod:`.reading_lines`)."""
    lines = [line for line in text.split("\n") if re.search(r"\w", line)]
    kept = [line.strip() for line in lines
            if not parse_date(line, language) and not is_date_line(line)
            and not is_meta_line(line) and not leftover(line)
            and not is_byline_line(line, language) and not is_hit_figures(line)
            and not last_post_line(line) and not is_author_line(line)
            and not says_comments_closed(line) and not is_caption_line(line)
            and not is_ago_line(line) and not is_reading_line(line)]
    return " ".join(kept)


def teaser_lines(lines: Iterable[tuple[Any, str]], title: str | None) -> list[str]:
    """The texts of an entry's teaser blocks ``(element, text)``, in order: each of
    :data:`MIN_TEASER` characters or more, and a shorter one that is a sentence standing
    right after a kept paragraph in the same box (a description's "<p>…</p><p>Recorded
    in Vienna.</p>": its closing line, no fact)."""
    kept: list[str] = []
    last: Any = None    # the element of the block kept just before
    for el, text in lines:
        if text == title or not text:
            last = None
            continue
        if len(text) >= MIN_TEASER or (
                last is not None and _SHORT_SENTENCE.fullmatch(text) and text[0].isupper()
                and el.getparent() is last.getparent() and el.getprevious() is last):
            kept.append(text)
            last = el
        else:
            last = None
    return kept

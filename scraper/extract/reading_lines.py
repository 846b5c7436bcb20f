"""Lines of an entry's byline that say how long it takes to read and how long it is
("3 min read", "Lesezeit: 4 Minuten", "3 minuty czytania (około 410 słów)"), perhaps
after the labels of its dates whose values were read apart (a ``<time>`` after
"Zaktualizowano", "Updated"): facts of the post, never its teaser."""

from __future__ import annotations

import re

from scraper.extract.text import fold
from scraper.extract.vocabulary import LABELS
from scraper.extract.vocabulary_dates import (
    ABOUT_WORDS,
    MINUTE_WORDS,
    READING_WORDS,
    UPDATED_LABELS,
    WORD_COUNT_WORDS,
)


def _any(words: tuple[str, ...] | set[str]) -> str:
    """An alternation of the folded ``words``, longest first (a phrase taken whole)."""
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in folded) + ")"


_READING, _MINUTES = _any(READING_WORDS), _any(MINUTE_WORDS)
_COUNT = rf"(?:{_any(ABOUT_WORDS)}\s+)?~?\d[\d\s.,]*"
# "3 min read", "3 minutes de lecture", "Lesezeit: 4 Minuten", "4 min di lettura"
_READING_TIME = re.compile(
    rf"(?<!\w)(?:{_READING}\s*:?\s*{_COUNT}\s*{_MINUTES}"
    rf"|{_COUNT}\s*{_MINUTES}(?:\s+(?:of|de|di|do|на))?\s+{_READING})(?!\w)")
# "410 words", "(około 410 słów)", "Wörter: 410"
_WORD_COUNT = re.compile(
    rf"(?<!\w)(?:{_COUNT}\s*{_any(WORD_COUNT_WORDS)}"
    rf"|{_any(WORD_COUNT_WORDS)}\s*:\s*{_COUNT})(?!\w)")
# the labels of a byline's dates, their values read apart (the <time> elements)
_DATE_LABEL = re.compile(
    rf"(?<!\w){_any({*UPDATED_LABELS, *(w for ws in LABELS['issued_on'].values() for w in ws)})}"
    r"(?!\w)")
_PUNCTUATION = re.compile(r"[\s|·•,;:()\[\]/.–—-]+")


def is_reading_line(text: str) -> bool:
    """A line holding a reading time or a word count and nothing else but the labels
    of a byline's dates and separators: no teaser."""
    folded = fold(text)
    rest = _WORD_COUNT.sub(" ", _READING_TIME.sub(" ", folded))
    if rest == folded:
        return False
    return not _PUNCTUATION.sub(" ", _DATE_LABEL.sub(" ", rest)).strip()

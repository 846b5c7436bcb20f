"""A date written after its label without a colon, within one piece of a line of facts
("Pubblicato il 13 ottobre 2017 | Pubblicato da: …", "Published on 12 March 2005"):
the label is no part of the date, the words after it are the entry's date."""

from __future__ import annotations

import re

from scraper.extract.dates import parse_date
from scraper.extract.vocabulary import LABELS

# publication labels in every language, longest first (so "Pubblicato il" is taken
# whole before "Pubblicato"); a label ends where a word does, a colon may follow it
_ISSUED_LABELS = sorted({w for lang in LABELS["issued_on"].values() for w in lang},
                        key=len, reverse=True)
_ISSUED_LABEL = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in _ISSUED_LABELS) + r")(?!\w)\s*:?\s*", re.I)


def labelled_date(text: str, language: str | None) -> str | None:
    """The date ``text`` gives after a publication label opening it, else None: only
    the label and one date make the text (a sentence naming a date is none)."""
    m = _ISSUED_LABEL.match(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end():].strip()
    return rest if rest and parse_date(rest, language) else None

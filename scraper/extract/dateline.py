"""Datelines at the start of a body: ``VIENNA, 20 January 2020 –``.

Forms seen on the site: one or several places in capitals, separated by ``/`` or
commas, sometimes with a country in title case (``OSH, Kyrgyzstan``); then a date
with or without year, an optional ``(OSCE)``, and a dash (hyphen, en or em dash) or
none; the dash may also stand before the date (``TIRANA / BRUSSELS – 6 October 2020.``).
Canada.ca-style news releases put the date first, between dashes, the place in title
case (``March 12, 2024 – Vienna –``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = r"[^\W\d_]{3,}\.?"
_DAY = r"\d{1,2}(?:\.|er|st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DATE = (
    rf"(?P<date>(?:{_DAY}\s+(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?{_YEAR})?"
    rf"|{_MONTH}\s+\d{{1,2}},?(?:\s+{_YEAR})?)"
    r"(?:\s*(?:г\.|года|г\b|р\.|року|r\.))?)"
)
_DASH = r"[-–—‒―]"
# the article or preposition some languages write before the date ("PARIS, le 3 mai")
_ON = r"(?:(?:le|den|am|il|el|dnia)\s+)?"
_WORD = r"[^\W\d_][^\W\d_.'’-]*"
_NAME = rf"{_WORD}(?:[ .'’/-]+{_WORD})*?"           # one place: NEW YORK CITY, WARSAW/VIENNA
_PLACE = rf"(?P<place>{_NAME}(?:\s*[,/]\s*{_NAME})*?)"  # several: STRASBOURG, VIENNA, WARSAW

_FORM_A = re.compile(  # PLACE, DATE [(OSCE)] [–]
    rf"^\s*{_PLACE}\s*,\s*{_ON}{_DATE}\s*(?:\((?:OSCE|ОБСЕ|OSZE|OCSE)\)\s*)?"
    rf"(?P<dash>{_DASH}+|[.:]\s|$|\s)"
)
_FORM_B = re.compile(  # PLACE – DATE.
    rf"^\s*{_PLACE}\s*{_DASH}+\s*{_ON}{_DATE}\s*(?:[.:,]|{_DASH}|$)"
)

_FORM_C = re.compile(  # DATE – Place – (the two dashes make it a dateline, not a sentence)
    rf"^\s*{_DATE}\s*{_DASH}+\s*{_PLACE}\s*{_DASH}+\s"
)
# small words inside a place's name in title case ("Bosnia and Herzegovina")
_PARTICLES = frozenset({"and", "de", "del", "di", "la", "le", "am", "an", "der", "on",
                        "upon", "sur", "et", "y", "i"})


@dataclass(frozen=True)
class RawDateline:
    place: str
    date_text: str


def _is_place(place: str) -> bool:
    """Capitals (a country in title case may follow a comma): ``OSH, Kyrgyzstan``."""
    segments = [s.strip() for s in re.split(r"[,/]", place) if s.strip()]
    if not segments or len(place) > 80:
        return False
    first_letters = [ch for ch in segments[0] if ch.isalpha()]
    if len(first_letters) < 2 or not all(ch.isupper() for ch in first_letters):
        return False
    # every segment in capitals, except a last one in title case (a country)
    for i, seg in enumerate(segments):
        letters = [ch for ch in seg if ch.isalpha()]
        if not letters:
            return False
        if all(ch.isupper() for ch in letters):
            continue
        if i == len(segments) - 1 and i > 0 and seg[0].isupper():
            continue
        return False
    return True


def _is_named_place(place: str) -> bool:
    """A short place name in title case or capitals, a region after a comma maybe
    (``Vienna``, ``Ottawa, Ontario``, ``Bosnia and Herzegovina``)."""
    names = [w for w in re.split(r"[\s,/]+", place) if w]
    if not names or len(names) > 6 or len(place) > 60:
        return False
    return names[0][0].isupper() and names[-1][0].isupper() and all(
        w[0].isupper() or w in _PARTICLES for w in names)


def find(text: str | None) -> RawDateline | None:
    """The dateline at the start of ``text`` (the body's first paragraph), or None."""
    if not text:
        return None
    head = text[:200]
    for form in (_FORM_A, _FORM_B):
        m = form.match(head)
        if m and _is_place(m["place"]):
            place = " ".join(m["place"].split()).strip(" ,")
            return RawDateline(place=place, date_text=" ".join(m["date"].split()))
    m = _FORM_C.match(head)
    if m and _is_named_place(m["place"]):
        return RawDateline(place=" ".join(m["place"].split()).strip(" ,"),
                           date_text=" ".join(m["date"].split()))
    return None

"""Dates as the site writes them, to ISO ``YYYY-MM-DD``.

dateparser always gets explicit languages and settings: left to guess it is slow
and wrong.  Parsers are built once per language set and results are cached, so the
page object's "is this a date?" check and the normaliser share one parse.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache

from dateparser.date import DateDataParser

from scraper.extract.text import fold
from scraper.extract.vocabulary import LABELS, LANGUAGES
from scraper.extract.vocabulary_dates import (
    AGO_AFTER,
    AGO_BEFORE,
    RELATIVE_DAY_LINKS,
    RELATIVE_DAYS,
    UPDATED_LABELS,
    WEEKDAYS,
)

log = logging.getLogger(__name__)

# what dateparser may do: absolute dates only (no "yesterday", no timestamps),
# every part present, nothing filled in from today's date
_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]\d)")
_NUMERIC = re.compile(r"^\s*(\d{1,2})([./])(\d{1,2})[./](\d{4})\s*$")
# a weekday's name before a numeric date, a time of day after it at most: "jeu, 06/14/2018
# - 10:30" (Drupal's default medium format "D, m/d/Y - H:i", month first whatever the
# page's language), "Di, 05.03.2024"
_WEEKDAY_NUMERIC = re.compile(
    r"^\s*([^\W\d_]{2,12})\.?,?\s+(\d{1,2})([./])(\d{1,2})\3(\d{4})"
    r"(?:\s*[-–—,@|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*$")
_WEEKDAY_INDEX = {fold(name): day for day, names in enumerate(WEEKDAYS) for name in names}
# a year in figures, alone (not part of a longer number)
HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
# words that sit around a date on the site and confuse the parser
# ("am 27.03.2006": German "on", which the parser takes for a time's a.m.)
_NOISE = re.compile(r"(?:\bг\.|\bгода\b|\bгод\b|(?<=\d)\s*г\b|\bde\b|\bdel\b|\ble\b|,"
                    r"|^\s*(?:am|vom)\b)", re.I)
MIN_YEAR, MAX_YEAR = 1990, 2100
# a date or a time written in figures: 21/05/2025, 2025-05-21, 14.03.2024, 11:40
_FIGURES = re.compile(r"(?<!\w)(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?)(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")
# a day written as an ordinal: "1º febbraio", "1er mars", "1st March", "2ª"
_ORDINAL = re.compile(r"\b(\d{1,2})(?:º|ª|°|er|re|st|nd|rd|th)(?!\w)", re.I)
# fewer words than this beside its dates: a byline ("publié 21/05/2025 11:40 dernière
# modification 22/05/2025"), not a sentence
_BYLINE_WORDS = 6


# Languages whose dates are read in the page's own words besides the six: those the
# Organization's field operations and participating states publish in (a mission's
# Macedonian archive writes "27 март 2014", a Ukrainian page "14 березня 2022")
_DATE_LANGUAGES = (*LANGUAGES, "uk", "sq", "pl", "mk", "sr", "bs", "hr", "sl", "bg", "ro",
                   "hy", "ka", "az", "kk", "ky", "uz", "tr", "be", "cs", "sk", "hu", "el",
                   "lt", "lv", "et", "nl", "pt", "sv", "da", "fi", "nb")


def _languages(language: str | None) -> tuple[str, ...]:
    lang = (language or "en").lower()
    langs = [lang] if lang in _DATE_LANGUAGES else []
    return (*langs, "en") if "en" not in langs else tuple(langs)


@lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...]) -> DateDataParser:
    return DateDataParser(languages=list(languages), settings=_SETTINGS)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if MIN_YEAR <= year <= MAX_YEAR else None


@lru_cache(maxsize=65536)
def parse_date(text: str | None, language: str | None = None) -> str | None:
    """``"12 февраля 2025 г."`` (ru) → ``"2025-02-12"``; vague or impossible → None."""
    if not text:
        return None
    text = " ".join(text.split())
    if len(text) > 80:
        return None
    m = _ISO.match(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.match(text)
    if m:
        # day first; a slashed date whose second number is no month is the US order
        # (Drupal's short format "m/d/Y": "06/28/2018")
        return _valid(int(m[4]), int(m[3]), int(m[1])) or (
            _valid(int(m[4]), int(m[1]), int(m[3])) if m[2] == "/" else None)
    m = _WEEKDAY_NUMERIC.match(text)
    if m and (found := _on_weekday(m)):
        return found
    if not HAS_YEAR.search(text):
        return None
    plain = " ".join(_NOISE.sub(" ", text).split())
    for candidate in dict.fromkeys((text, plain, _ORDINAL.sub(r"\1", plain))):
        try:
            data = _parser(_languages(language)).get_date_data(candidate)
        except (ValueError, OverflowError, TypeError) as exc:  # dateparser's own failures
            log.debug("date %r not parsed: %s", candidate, exc)
            continue
        if data and data.date_obj is not None and data.period == "day":
            d = data.date_obj
            return _valid(d.year, d.month, d.day)
    return None


def _on_weekday(m: re.Match[str]) -> str | None:
    """A numeric date after its weekday's name, read day first or month first, whichever
    falls on that weekday ("jeu, 06/07/2018": Thursday 7 June, not Friday 6 July); None
    when the word is no weekday or neither reading falls on it."""
    weekday = _WEEKDAY_INDEX.get(fold(m[1]))
    if weekday is None:
        return None
    first, second, year = int(m[2]), int(m[4]), int(m[5])
    for month, day in ((second, first), (first, second)):
        found = _valid(year, month, day)
        if found and dt.date.fromisoformat(found).weekday() == weekday:
            return found
    return None


def with_year(text: str, year: int | None, language: str | None) -> str | None:
    """A date written without its year (``"12 July"``) completed with ``year``."""
    if year is None:
        return None
    return parse_date(f"{text} {year}", language)


def is_date_line(text: str) -> bool:
    """A line of dates and a few words around them (a byline, a "posted / updated"
    line), which is no lead or teaser sentence whatever its language."""
    if not _FIGURES.search(text):
        return False
    return len(_WORD.findall(_FIGURES.sub(" ", text))) < _BYLINE_WORDS


# (the year first: ISO's dashes, or the slashes or stops of a script's stamp "2005/06/17")
_FIGURE_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{4}$|^\d{4}-\d{2}-\d{2}$"
                          r"|^\d{4}[./]\d{1,2}[./]\d{1,2}$")
_YEAR_WORD = re.compile(r"^[(\[]?(1[89]\d\d|2[01]\d\d)[)\],.]?$")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# how many words before its year a date written in words may take ("Вторник, 18 Март 2003")
_DATE_WORDS = 4


def date_in_byline(text: str, language: str | None) -> str | None:
    """The date a byline carries among a few other words: ``Опубликовал admin Вторник,
    18 Март 2003 @ 16:40:12 MSK (412 прочтений)``, ``Letzte Aktualisierung ( Samstag,
    19. März 2005 )``.  A sentence that names a date is no byline: beside the date, its
    times and what stands in brackets, fewer than a few words remain."""
    if not text or len(text) > 160 or not HAS_YEAR.search(text):
        return None
    words = text.replace("(", " ( ").replace(")", " ) ").split()
    # a date in figures is one word ("von webredaktion am 27.03.2006 16:05")
    for i, word in enumerate(words):
        # its weekday's name before it is part of it ("le jeu, 06/14/2018 - 10:30"),
        # and says which number is the month
        named = f"{words[i - 1]} {word}" if i and _FIGURE_DATE.match(word) else ""
        if named and _WEEKDAY_NUMERIC.match(named) and parse_date(named, language):
            rest = " ".join([*words[:i - 1], *words[i + 1:]])
            rest = _FIGURES.sub(" ", _BRACKETED.sub(" ", rest))
            return named if len(_WORD.findall(rest)) < _BYLINE_WORDS else None
        if _FIGURE_DATE.match(word) and parse_date(word, language):
            rest = " ".join([*words[:i], *words[i + 1:]])
            rest = _FIGURES.sub(" ", _BRACKETED.sub(" ", rest))
            return word if len(_WORD.findall(rest)) < _BYLINE_WORDS else None
    for end, word in enumerate(words):
        if not _YEAR_WORD.match(word):
            continue
        for start in range(max(0, end - _DATE_WORDS), end + 1):
            window = " ".join(w for w in words[start:end + 1] if w not in "()")
            if parse_date(window, language):
                rest = " ".join([*words[:start], *words[end + 1:]])
                rest = _FIGURES.sub(" ", _BRACKETED.sub(" ", rest))
                return window if len(_WORD.findall(rest)) < _BYLINE_WORDS else None
    return None


# a byline's labels: published, updated, written by, in every language (longest first,
# so "Last updated" is taken whole); a label ends where a word does
_STAMP_LABELS = sorted({w for lang in LABELS["issued_on"].values() for w in lang}
                       | {w for lang in LABELS["byline"].values() for w in lang}
                       | set(UPDATED_LABELS), key=len, reverse=True)
_STAMP_LABEL = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _STAMP_LABELS) + r")(?!\w)\s*:?", re.I)
_AGO = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(AGO_BEFORE) + r")\s+\d+\s+[^\W\d_]+"
    r"|\d+\s+[^\W\d_]+\s+(?:" + "|".join(AGO_AFTER) + r"))(?!\w)", re.I)
# the most words a byline's writer takes before its first label ("Press Office of the
# OSCE Project Co-ordinator in Ukraine", "Пресс-служба Координатора проектов ОБСЕ"), and
# the most its labels and dates leave after it ("on", "am", "by <name>")
_WRITER_WORDS = 10
_TAIL_WORDS = 4


def is_dated_byline(text: str, language: str | None) -> bool:
    """A byline: a writer's name of a few words, then labels of publishing or updating
    before their dates, and how long ago (``Пресс-служба Координатора проектов ОБСЕ
    Опубликовано 14.08.2020, 15:20 Обновлено 17.08.2020, 09:05 (3 дня назад)``).  From
    its first label on, its labels, dates, times and what stands in brackets taken away,
    a word or two remain; a sentence after a dated label ("Updated on 17 August 2020:
    the deadline was extended to September") keeps more."""
    if not text or len(text) > 240 or not HAS_YEAR.search(text):
        return False
    text = _AGO.sub(" ", _BRACKETED.sub(" ", text))
    first = _STAMP_LABEL.search(text)
    if first is None:
        return False
    head, tail = text[:first.start()], _STAMP_LABEL.sub(" ", text[first.start():])
    dated = any(parse_date(m[0], language) for m in _FIGURE_DAY.finditer(tail))
    words = _FIGURES.sub(" ", tail).replace(",", " ").split()
    end = 0
    while end < len(words):
        if _YEAR_WORD.match(words[end]):
            start = next((s for s in range(max(0, end - _DATE_WORDS), end)
                          if parse_date(" ".join(words[s:end + 1]), language)), None)
            if start is not None:
                del words[start:end + 1]
                dated, end = True, start
                continue
        end += 1
    return dated and len(_WORD.findall(" ".join(words))) <= _TAIL_WORDS and \
        len(_WORD.findall(_FIGURES.sub(" ", head))) <= _WRITER_WORDS


# a date in figures within a line ("14.08.2020,", "2020-08-17")
_FIGURE_DAY = re.compile(r"(?<!\w)(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})(?!\w)")


# a time of day beside a relative day: 14:20, 9.05, 14h20, 2:20 pm
_TIME = re.compile(r"(?<!\w)\d{1,2}(?:[:.h]\d{2}(?::\d{2})?\s*(?:am|pm)?|\s*(?:am|pm))(?!\w)",
                   re.I)
_DAYS_BACK = {fold(word): back for back, row in RELATIVE_DAYS.items() for word in row}


def relative_date(text: str | None, served_on: dt.date | None) -> str | None:
    """A date written as a day relative to the day the page was served, which news
    scripts print for their newest items (DataLife Engine's ``"Сегодня, 14:20"``,
    ``"Вчера, 09:05"``; ``"Today at 9:05 pm"``), as ISO, read against ``served_on`` (the
    page's HTTP ``Date`` or its archive capture's day: :attr:`Document.served_on`).

    The day's word, its time and a linking word ("at", "в", "um") and nothing else
    make the text: a time is required, so a heading "Today" or the German word "hier"
    ("here") is no date, nor is "today's events"; without ``served_on`` no answer."""
    if served_on is None or not text or len(text) > 40 or not _TIME.search(text):
        return None
    rest = [w for w in fold(_TIME.sub(" ", text)).replace(",", " ").replace("@", " ")
            .replace("|", " ").split() if w not in RELATIVE_DAY_LINKS and w != "-"]
    back = _DAYS_BACK.get(" ".join(rest))
    return None if back is None else (served_on - dt.timedelta(days=back)).isoformat()


def time_value(attribute: str | None, shown: str | None,
               *languages: str | None) -> str | None:
    """Which of a ``<time>`` element's two dates to read: its visible text when that
    is a full date (what the reader sees: "15 de octubre de 2024" over
    ``datetime="2024-10-14T23:30:00Z"``, the same moment written in UTC), else its
    ``datetime`` attribute (the text relative, partial or absent), whose date is read
    as written, its local date.  A visible date in figures whose day and month could
    swap ("06/07/2018") takes the order its attribute confirms."""
    attribute = (attribute or "").strip() or None
    shown = " ".join((shown or "").split()) or None
    seen = next((d for lang in languages or (None,) if (d := parse_date(shown, lang))), None)
    if seen is None:
        return attribute or shown
    m = _NUMERIC.match(shown or "")
    given = parse_date(attribute, None) if attribute and m else None
    if m and given and given != seen \
            and given == _valid(int(m[4]), int(m[1]), int(m[3])):
        return attribute
    return shown


_CLOCK = re.compile(r"T(\d\d):\d\d")


def near_midnight(stamp: str) -> bool:
    """A machine timestamp (``2024-03-07T23:30:00Z``) within four hours of midnight."""
    m = _CLOCK.search(stamp)
    return m is not None and (int(m[1]) >= 20 or int(m[1]) < 4)


def shifted_by_time_zone(stamp: str, shown: str, language: str | None = None) -> bool:
    """A timestamp near midnight whose date is one day off the date shown to readers,
    in the direction a time zone moves it: one moment told in two zones (a UTC
    ``2024-03-07T23:30Z`` is 8 March in Vienna)."""
    m = _CLOCK.search(stamp)
    a, b = parse_date(stamp, language), parse_date(shown, language)
    if not m or not a or not b or a == b or not near_midnight(stamp):
        return False
    days = (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    return days == (1 if int(m[1]) >= 20 else -1)


# the "updated" labels that follow a publication date on its line ("Publié le 17 mars
# 2022 à 10h00, mis à jour le 18 mars 2022"); "Posted" labels the publication itself
_UPDATE_AFTER = re.compile(
    r"[\s,;(|·–—-]*(?<!\w)(?:" + "|".join(
        re.escape(w) for w in sorted(set(UPDATED_LABELS) - {"Posted", "Размещено"},
                                     key=len, reverse=True)) + r")(?!\w)", re.I)


_UPDATE_LABELS = frozenset(fold(w) for w in UPDATED_LABELS) - {fold("Posted"),
                                                                fold("Размещено")}


def is_update_label(text: str) -> bool:
    """``text`` is only a label of a last change ("ultima modifica", "Updated:"): the
    date written after it is the change's, never the item's."""
    return fold(text.strip().rstrip(":：").strip()) in _UPDATE_LABELS


def before_changes(text: str) -> str:
    """A byline's words before its first "updated" label, all of them when it has none,
    nothing when it opens with one ("ultima modifica 16/10/2014 17:25"): the dates a
    last change's label gives are never the item's."""
    found = _UPDATE_AFTER.search(text)
    return text[:found.start()].strip() if found else text


def before_update(text: str) -> str:
    """A labelled publication date's value without the update written after it on its
    line: the date a "last modified" label gives is never the item's."""
    found = _UPDATE_AFTER.search(text)
    return text[:found.start()].strip() if found and found.start() > 0 else text


_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


def in_one_order(texts: list[str | None]) -> list[str | None]:
    """A list's dates as one script printed them, all in one order: where its slashed
    numeric dates ("06/17/2003") show month first (one's second number is no month, none's
    first), each is read so ("06/12/2003": 12 June, not 6 December); others stay as
    given.  Read alone, an ambiguous one is day first (:func:`parse_date`)."""
    found = [_SLASHED.match(t) if t else None for t in texts]
    pairs = [(int(m[1]), int(m[2])) for m in found if m]
    if not any(second > 12 >= first for first, second in pairs) \
            or any(first > 12 for first, _ in pairs):
        return list(texts)
    return [(_valid(int(m[3]), int(m[1]), int(m[2])) or t) if m else t
            for m, t in zip(found, texts, strict=True)]

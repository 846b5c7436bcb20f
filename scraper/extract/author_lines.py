"""Lines of a forum's or blog's list that say who posted an entry and how long ago,
not what it says: "Rozpoczęty przez: Biuro prasowe", "Started by admin 3 hours ago",
a freshness column's "2 miesiące, 1 tydzień temu".  No teaser is made of them."""

from __future__ import annotations

import re

from scraper.extract.text import fold
from scraper.extract.vocabulary import LABELS
from scraper.extract.vocabulary_dates import AGO_AFTER, AGO_BEFORE

# The words a forum's or blog's list prints before the name of whoever opened the topic
# or wrote the post (bbPress's "Started by:", phpBB's "by", vBulletin's "Started by"),
# beside the byline labels of the label table
STARTED_BY_LABELS: tuple[str, ...] = (
    "Started by", "Topic started by", "Posted by", "Created by", "Last post by",
    "Начато", "Автор темы", "Тему начал", "Создано", "Опубликовано пользователем",
    "Gestartet von", "Erstellt von", "Eröffnet von", "Thema gestartet von",
    "Démarré par", "Lancé par", "Commencé par", "Créé par", "Sujet lancé par",
    "Iniziato da", "Avviato da", "Creato da", "Aperto da", "Inserito da", "Pubblicato da",
    "Iniciado por", "Creado por", "Abierto por", "Publicado por",
    "Розпочато", "Автор теми", "Тему розпочав", "Створено",
    "Rozpoczęty przez", "Rozpoczęte przez", "Utworzony przez", "Założony przez",
    "Opublikowane przez",
)
_LABELS = sorted({fold(w) for w in STARTED_BY_LABELS}
                 | {fold(w) for lang in LABELS["byline"].values() for w in lang},
                 key=len, reverse=True)
_LABEL = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _LABELS) + r")(?!\w)\s*[:：]?")

# how many of a thing: a figure, or the word for one ("an hour ago", "il y a un an")
_COUNT = r"(?:\d+|a|an|one|un|une|uno|una|einem|einer|один|одна|одну|jeden|jedną|jeden)"
# a span of time: counts and units, several parted by commas or "and" ("1 rok, 4 miesiące")
_SPAN = (rf"{_COUNT}\s+[^\W\d_]+(?:\s*(?:,|and|und|et|e|y|i|и|і)\s*{_COUNT}\s+[^\W\d_]+)*")
_AGO = re.compile(
    rf"(?<!\w)(?:(?:{'|'.join(AGO_BEFORE)})\s+{_SPAN}|{_SPAN}\s+(?:{'|'.join(AGO_AFTER)}))"
    r"(?!\w)", re.I)
# what may stand around a name and a time: separators, brackets, a stop
_PUNCTUATION = re.compile(r"[\s|·•,;:()\[\].–—-]+")
# the most words of a poster's name ("Biuro prasowe", "Press Office Vienna")
_NAME_WORDS = 4
# Slash's (Slashdot's, Slashcode's) line of the editor's joke department, set under
# each story's byline
_DEPT = re.compile(r"^from the [\w'-]+(?: [\w'-]+){0,4} dept\.?$")


def is_ago_line(text: str) -> bool:
    """A line that only says how long ago ("2 miesiące, 1 tydzień temu", "3 hours ago",
    "il y a 5 jours", "vor einem Monat"): a relative time, never a date nor a teaser."""
    rest = _PUNCTUATION.sub(" ", _AGO.sub(" ", fold(text))).strip()
    return bool(_AGO.search(fold(text))) and not rest


def is_author_line(text: str) -> bool:
    """A line of who started the topic or wrote the post, and perhaps how long ago: a
    label of it, a name of a few words, a relative time ("Rozpoczęty przez: Biuro
    prasowe", "Started by admin 3 hours ago", "Posted by J. Smith"); the poster's
    "department" line under a Slash byline ("from the papers-please dept.")."""
    folded = fold(text).strip()
    if _DEPT.match(folded):
        return True
    m = _LABEL.match(folded)
    if m is None:
        return False
    rest = _PUNCTUATION.sub(" ", _AGO.sub(" ", folded[m.end():])).split()
    return 0 < len(rest) <= _NAME_WORDS

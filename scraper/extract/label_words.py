"""Label words: the label table folded into an index, and whether a line of text is a
label, begins with one, or holds one among its facts ("Issued by:", "Publié le 12
février 2025", "22/11/2004 | Communiqué | Source : BIDDH").  Pure text; where the
value stands in the document is :mod:`scraper.extract.labels`' business."""

from __future__ import annotations

import re
from functools import lru_cache

from scraper.extract.dates import before_update, parse_date
from scraper.extract.text import BARS, fold
from scraper.extract.vocabulary import LABELS

COLON = re.compile(r"[:：]")
# between facts written on one line: a bar or a bullet
_BYLINE_DASH = re.compile(r"\s[—–]\s|\s[—–]$")
FACT_SEPARATOR = re.compile(rf"\s+[{BARS}]\s+")
MAX_LABEL = 60
# the last word of an issuer's label written as a phrase, "<participle> by": "Published
# by", "Pubblicato da", "Wydane przez"; such a label may stand without a colon, its
# issuers after it ("Pubblicato da Presidenza OSCE in <a>Comunicato stampa</a>")
AGENT_WORDS = frozenset({"by", "von", "par", "da", "por", "przez", "nga", "od"})


@lru_cache(maxsize=1)
def label_index() -> dict[str, tuple[str, str]]:
    """folded synonym -> (field, language)."""
    index: dict[str, tuple[str, str]] = {}
    for name, per_lang in LABELS.items():
        for lang, synonyms in per_lang.items():
            for synonym in synonyms:
                index.setdefault(fold(synonym), (name, lang))
    return index


def match_label(text: str) -> tuple[str, str, str, bool] | None:
    """(field, language, rest, explicit) when ``text`` is or begins with a label, or a
    later fact of its line is one ("22/11/2004 | Communiqué | Source : BIDDH", the
    facts before it are read as a line of facts)."""
    found = match_label_start(text)
    pieces = [] if found else FACT_SEPARATOR.split(text)[:6]
    for i, piece in enumerate(pieces[1:], 1):
        later = match_label_start(piece)
        # the line's last fact may be a label with a colon whose value is the element
        # after it ("… 11:42:07 | Категория: <a>Пресс-релизы</a>")
        if later and (later[2] or (i == len(pieces) - 1 and later[3])):
            return (*later[:2], " | ".join([later[2], *pieces[i + 1:]]), later[3])
    return found


def match_label_start(text: str) -> tuple[str, str, str, bool] | None:
    # a byline's separator before the label: "von X — veröffentlicht 20.06.2005 — …"
    t = text.strip().lstrip("—–|·•").strip()
    if not t:
        return None
    index = label_index()
    if len(t) <= MAX_LABEL + 2:
        hit = index.get(fold(t))
        if hit:
            return hit[0], hit[1], "", bool(COLON.search(t[-3:]))
    m = COLON.search(t, 0, MAX_LABEL + 2)
    if m:
        hit = index.get(fold(t[: m.start()]))
        if hit:
            return hit[0], hit[1], t[m.end():], True
    if len(t) <= 2 * MAX_LABEL + 40 and t[0].isalpha():
        # "Publié le 12 février 2025": a date label without a colon, its date after it;
        # "geschrieben von OSZE-Vorsitz": a byline's words, its writer after them; only
        # an issuer's may be longer (a structure's name runs to some 90 letters)
        f = fold(t)
        starts = _bare_label_starts()
        if f.split(" ", 1)[0] not in starts:
            return None
        for key, (name, lang) in starts[f.split(" ", 1)[0]]:
            if f.startswith(key + " ") and (name == "issued_by" or len(t) <= 80):
                rest = " ".join(t.split()[len(key.split()):])
                if name in ("byline", "issued_by"):
                    return name, lang, rest, False
                rest = _BYLINE_DASH.split(rest, 1)[0]     # "20.06.2005 10:15 — modified …"
                if parse_date(rest, lang):
                    return name, lang, rest, False
                # the byline runs on after the date to its writer: "Opublikowano 27
                # listopada 2009, 9:00 przez <a>admin</a>": the date is what stands
                # before the agent word
                dated = _before_agent(rest)
                if dated and parse_date(dated, lang):
                    return name, lang, dated, False
                # or on to its update: "Publié le 17 mars 2022, mis à jour le 18 mars"
                dated = before_update(rest)
                if dated != rest and parse_date(dated, lang):
                    return name, lang, dated, False
    return None


def _before_agent(text: str) -> str | None:
    """The words of ``text`` before its first agent word ("by", "przez"), when one
    follows them: "27 listopada 2009, 9:00 przez admin" → "27 listopada 2009, 9:00"."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if fold(w) in AGENT_WORDS), 0)
    return " ".join(words[:at]).strip(" ,;·|") or None if at else None


@lru_cache(maxsize=1)
def _bare_label_starts() -> dict[str, list[tuple[str, tuple[str, str]]]]:
    """First word → labels that may stand without a colon before their value, starting
    with it (a cheap gate before a full compare)."""
    out: dict[str, list[tuple[str, tuple[str, str]]]] = {}
    for key, value in label_index().items():
        words = key.split()
        if value[0] in ("issued_on", "byline") or (
                value[0] == "issued_by" and len(words) > 1 and words[-1] in AGENT_WORDS):
            out.setdefault(key.split(" ", 1)[0], []).append((key, value))
    return out


def is_label_lines(text: str) -> bool:
    """Every line of ``text`` is a label, a colon and its value ("Тип материала:
    Пресс-релиз\nНаправления деятельности: Образование"): labels typed as lines of the
    text (BB code has no elements of its own for them), no sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    for line in lines:
        found = match_label_start(line)
        if found is None or not found[3] or not found[2].strip():
            return False
    return bool(lines)


def label_of(text: str) -> tuple[str, str] | None:
    """(field, language) when ``text`` is exactly a label (a table column header…)."""
    return label_index().get(fold(text)) if text and len(text) <= MAX_LABEL + 2 else None

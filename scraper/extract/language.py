"""Which language a text is written in, from its function words.

Enough to tell the site's languages apart and to notice a ``/ru/`` page that fell
back to English content; not a general language identifier.
"""

from __future__ import annotations

import re

from scraper.extract.text import words

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "of", "and", "to", "in", "for", "on", "with", "is", "was", "were", "by", "that", "this", "from", "at", "as", "are", "be", "has", "have", "an", "it", "which", "their", "its", "will", "said", "also"]),
    "fr": frozenset(["le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "pour", "sur", "dans", "par", "est", "au", "aux", "qui", "que", "avec", "ont", "été", "ce", "cette", "il", "sont", "leur", "ses"]),
    "de": frozenset(["der", "die", "das", "und", "den", "dem", "des", "in", "zu", "mit", "von", "für", "ist", "im", "auf", "eine", "ein", "sich", "nicht", "auch", "wurde", "werden", "bei", "als", "sind", "zur", "zum"]),
    "it": frozenset(["il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "e", "in", "per", "con", "che", "un", "una", "è", "sono", "nel", "nella", "alla", "al", "ha", "hanno", "anche", "degli"]),
    "es": frozenset(["el", "la", "los", "las", "de", "del", "y", "en", "por", "para", "con", "que", "un", "una", "es", "se", "al", "su", "sus", "como", "fue", "han", "también", "entre", "sobre"]),
    "ru": frozenset(["и", "в", "на", "с", "по", "для", "что", "не", "о", "из", "к", "от", "это", "как", "а", "его", "был", "была", "были", "также", "при", "который", "которые", "между", "году"]),
    "uk": frozenset(["і", "в", "на", "з", "що", "до", "для", "не", "як", "також", "це", "його", "від", "за", "був", "була", "були", "між", "року", "які", "який"]),
    # Albanian and Polish (the site's /sq/ and /pl/ pages): without them, Albanian's "e",
    # "në", "për" read as Italian; each list keeps off the other's words ("do", "u")
    "sq": frozenset(["të", "në", "dhe", "për", "një", "nga", "së", "që", "është", "janë", "me", "ka", "kanë", "edhe", "më", "nuk", "tha", "mbi", "ishte", "pas", "gjatë", "kjo", "ky", "tyre"]),
    "pl": frozenset(["w", "z", "na", "się", "że", "jest", "oraz", "dla", "przez", "nie", "od", "po", "za", "został", "została", "które", "który", "także", "roku", "są", "ze", "we"]),
}
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_UKRAINIAN = re.compile(r"[іїєґ]", re.I)


def detect(text: str | None, min_words: int = 12) -> tuple[str | None, float]:
    """(language, confidence 0..1) of ``text``; (None, 0) when too short to tell."""
    if not text:
        return None, 0.0
    tokens = words(text[:4000])
    if len(tokens) < min_words:
        return None, 0.0
    scores = {lang: sum(1 for t in tokens if t in sw) for lang, sw in _STOPWORDS.items()}
    cyr = len(_CYRILLIC.findall(text[:4000]))
    if cyr > len(text[:4000]) * 0.2:
        lang = "uk" if len(_UKRAINIAN.findall(text[:4000])) > cyr * 0.02 else "ru"
        return lang, 1.0
    for lang in ("ru", "uk"):
        scores.pop(lang)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 3:
        return None, 0.0
    confidence = (top - second) / top
    return best, confidence

"""Pure text helpers: cleaning for output, folding for matching, list splitting."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# every kind of horizontal white space the site's text may carry (NBSP, thin, ideographic…)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# zero-width characters, soft hyphens and control characters (tab and newline are spaces);
# the C1 controls too, which text decoded twice carries (U+0085 counts as white space to
# Python, yet no reader sees it)
_INVISIBLE = re.compile(
    r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"[ ]*\n[ \n]*")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_FOLD_STRIP = re.compile(r"^[\s:：\-–—•·*]+|[\s:：\-–—•·*.]+$")
_WORDS = re.compile(r"\w+", re.UNICODE)
# the marks a line of facts is split by ("Press release | 12 May 2024 · ODIHR"), for a
# character class: every pattern that cuts facts apart builds on this one set
BARS = "|·•"


def clean(text: str | None) -> str:
    """One line of output text: NFC, invisible characters gone, white space collapsed."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def clean_block(text: str | None) -> str:
    """Like :func:`clean` but keeps single line breaks (a ``<br>`` inside a paragraph)."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n", text)
    return text.strip(" \n")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Matching form: case, accents, dashes, quotes, spaces and edge colons folded.

    ``fold("Issued\u00a0On :") == fold("issued on") == "issued on"``;
    ``fold("Ámbitos de trabajo") == "ambitos de trabajo"``.
    """
    visible = _INVISIBLE.sub("", text)
    if visible.isascii():
        # what fold_general does to ASCII (labels, class names, English text), in C: no
        # accents, dashes or curly quotes to fold, and casefold() is lower(); 2-4× faster
        return _FOLD_STRIP.sub("", " ".join(visible.replace("`", "'").lower().split()))
    return fold_general(text)


def fold_general(text: str) -> str:
    """:func:`fold` for any text, step by step (tests compare the ASCII shortcut to it)."""
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    text = _DASHES.sub("-", text)
    # decompose before and after case folding: compatibility letters (𝓐) fold too
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ё", "е")
    text = " ".join(text.split())
    return _FOLD_STRIP.sub("", text)


def words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


_SPLIT_CHARS = ",;\n|•·"
_SPLIT = re.compile(f"[{re.escape(_SPLIT_CHARS)}]")
_SPACED_SLASH = re.compile(r"\s+/\s+")


def split_values(text: str) -> list[str]:
    """Split a displayed list ("A, B; C", "A / B") on separators outside parentheses.

    A slash separates values only with spaces around it: "Cyber/ICT Security" is one.
    """
    text = _SPACED_SLASH.sub(";", text)
    # nothing in brackets to keep together: split in C
    brackets = "(" in text or "[" in text
    parts = _split_outside_brackets(text) if brackets else _SPLIT.split(text)
    return [p for p in (clean(x).strip(" -–—:") for x in parts) if p]


def _split_outside_brackets(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    buf: list[str] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch in _SPLIT_CHARS and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def unique(values: list[str]) -> list[str]:
    """Values in order, each once (compared folded)."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        key = fold(v)
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out

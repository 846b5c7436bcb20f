"""A sub-heading drawn without a heading element: a page builder's styled box.

Site builders (WPBakery's ``vc_custom_heading``, Oxygen's text blocks, Elementor's
widgets) print a section's heading inside the text as a ``<div>``: the page says it
is a heading by a class word (``heading``, ``subhead``, ``title``) or by its inline
style (bold and larger than the text).  A short single line so styled, that ends
on no sentence's punctuation, is a heading of the text.  Bold alone is no heading (a
bold lead-in, a short emphasised paragraph), nor is a line that reads as a sentence.
"""

from __future__ import annotations

import re
from typing import Any

# class words that name a heading (tokens of the class names split at "-", "_")
HEADING_CLASS_WORDS = frozenset({"heading", "subheading", "subhead", "title", "subtitle",
                                 "headline"})
# at most this long, this many words: a heading's line, not a paragraph
_MAX_CHARS = 90
_MAX_WORDS = 12
# the line closes a sentence (or opens a list or a quote after a colon): no heading
_SENTENCE_END = re.compile(r"[.!?…:;,]['\"»”’)]*$")
_CLASS_SPLIT = re.compile(r"[\s_-]+")
_BOLD = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)
_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)", re.I)
_SIZE_WORD = re.compile(r"(?:^|;)\s*font-size\s*:\s*(?:larger|x{0,2}-?large)\b", re.I)
_UNIT = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}
# larger than body text (16px): a heading's size
_HEADING_SIZE = 18.0


def _class_words(el: Any) -> set[str]:
    return {w.lower() for w in _CLASS_SPLIT.split(el.get("class") or "") if w}


def _styled_large_bold(style: str) -> bool:
    if not _BOLD.search(style):
        return False
    if _SIZE_WORD.search(style):
        return True
    m = _SIZE.search(style)
    return m is not None and float(m[1]) * _UNIT[m[2].lower()] >= _HEADING_SIZE


def is_styled_heading(el: Any, text: str, whole: str) -> bool:
    """``el`` (a block's own element, ``whole`` all of its text) is a short line the
    page styles as a heading, ``text`` the block's text: its class names a heading,
    or its inline style sets it bold and large."""
    if " ".join(text.split()) != " ".join(whole.split()) or "\n" in text or \
            len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS or \
            _SENTENCE_END.search(text):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return bool(_class_words(el) & HEADING_CLASS_WORDS) or \
        _styled_large_bold(el.get("style") or "")

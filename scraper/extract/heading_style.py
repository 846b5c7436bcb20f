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
    # of two sizes in one declaration block the last holds (a builder writes its
    # default, then the box's own: "font-size: 14px; …; font-size: 20px")
    sizes = list(_SIZE.finditer(style))
    return bool(sizes) and float(sizes[-1][1]) * _UNIT[sizes[-1][2].lower()] >= _HEADING_SIZE


def styled_large_bold(el: Any) -> bool:
    """``el``'s inline style sets it bold and larger than body text: a headline's type."""
    return _styled_large_bold(el.get("style") or "")


def is_styled_heading(el: Any, text: str, whole: str) -> bool:
    """``el`` (a block's own element, ``whole`` all of its text) is a short line the
    page styles as a heading, ``text`` the block's text: its class names a heading,
    or its inline style sets it bold and large."""
    if " ".join(text.split()) != " ".join(whole.split()) or not _heading_line(text):
        return False
    return bool(_class_words(el) & HEADING_CLASS_WORDS) or \
        _styled_large_bold(el.get("style") or "")


def _heading_line(text: str) -> bool:
    """One short line of words that closes no sentence."""
    return "\n" not in text and len(text) <= _MAX_CHARS and \
        len(text.split()) <= _MAX_WORDS and not _SENTENCE_END.search(text) and \
        any(ch.isalpha() for ch in text)


def is_drawn_heading(el: Any, text: str) -> bool:
    """A line of ``el`` (``text``, the block's text: a paragraph, or a run between
    ``<br><br>`` in a cell) set wholly in inline elements that draw it bold, in a type
    size the page sets explicitly at the normal size or larger: ``<p><b><font
    size="4">…</font></b></p>`` (FrontPage), ``<br><br><font size="3"><b>…</b></font>
    <br><br>`` (Dreamweaver), ``<b style="font-size:14pt">``.  An old editor marks a
    section's heading so, its text set smaller (``size="2"``, a class); bold alone, or
    size alone, is no heading (a bold lead-in, a sentence in larger type)."""
    if not _heading_line(text):
        return False
    wanted = " ".join(text.split())
    outer = next((x for x in el.iter() if x is not el and isinstance(x.tag, str)
                  and x.tag in _INLINE and " ".join("".join(x.itertext()).split()) == wanted),
                 None)
    if outer is None:
        return False
    chain = [x for x in outer.iter() if isinstance(x.tag, str)
             and " ".join("".join(x.itertext()).split()) == wanted]
    bold = any(x.tag in ("b", "strong") or _BOLD.search(x.get("style") or "") for x in chain)
    return bold and max(_inline_size(x) for x in chain) >= _NORMAL_SIZE


# inline elements a line's type is set with
_INLINE = frozenset({"b", "strong", "font", "span", "big", "em", "i", "u"})
# <font size="N">: 1-7, 3 the browser's normal size (16px)
_FONT_SIZES = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}
_NORMAL_SIZE = 16.0


def _inline_size(el: Any) -> float:
    """The type size in pixels ``el`` sets explicitly, else 0."""
    m = _SIZE.search(el.get("style") or "")
    if m:
        return float(m[1]) * _UNIT[m[2].lower()]
    if _SIZE_WORD.search(el.get("style") or "") or el.tag == "big":
        return _HEADING_SIZE
    raw = (el.get("size") or "").strip() if el.tag == "font" else ""
    if not raw:
        return 0.0
    try:
        n = 3 + int(raw) if raw[:1] in "+-" else int(raw)
    except ValueError:
        return 0.0
    return _FONT_SIZES[min(max(n, 1), 7)]

"""A submenu toggle's spoken hint: the words a toggle button adds for screen readers
after its label (``<button aria-expanded="false">Structures<span class="x-sr"> –
expand submenu</span></button>``).  Sighted readers see the label and an arrow; the
hint is screen-reader-only words (the contract: never part of a name or label), but a
site's own hiding class (``ibb-sr``, ``u-a11y``) is often one no list knows and no
inline style sheet names.  The hint's words are a known convention in every language,
so an element closing a toggle's words and saying only them is marked screen-reader
only, whatever its class.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import tag
from scraper.extract.text import fold
from scraper.extract.visible import PAGE_SCREEN_READER_ATTR
from scraper.extract.vocabulary_controls import SUBMENU_HINT_TEXTS

_HINTS = frozenset(fold(t) for t in SUBMENU_HINT_TEXTS)
# what may set the hint off its label: a dash, a colon, brackets, an ellipsis
_EDGES = " -–—:,.()[]…\u00a0"


def is_submenu_hint(text: str) -> bool:
    """``text`` says only "expand/toggle submenu", in one of the known languages."""
    return fold(text.strip(_EDGES)) in _HINTS


def _is_toggle(el: Any) -> bool:
    """A control opening something: a button, or any element saying it expands."""
    return tag(el) == "button" or (el.get("role") or "").strip().lower() == "button" \
        or el.get("aria-expanded") is not None


def mark_submenu_hints(root: Any) -> int:
    """Mark the hint closing each toggle's words as screen-reader only (an element
    after the label, holding no element and only hint words); returns how many."""
    marked = 0
    for el in root.iter():
        if not isinstance(el.tag, str) or not _is_toggle(el):
            continue
        kids = [c for c in el if isinstance(c.tag, str)]
        # an icon drawn after the hint (a caret ``aria-hidden``, no words) closes nothing
        while kids and _drawn_icon(kids[-1]) and not (kids[-1].tail or "").strip():
            kids.pop()
        if not kids or not (el.text or "").strip() or (kids[-1].tail or "").strip():
            continue   # no label before the hint, or words after it
        hint = kids[-1]
        if len(hint) == 0 and is_submenu_hint(hint.text or ""):
            hint.set(PAGE_SCREEN_READER_ATTR, "")
            marked += 1
    return marked


def _drawn_icon(el: Any) -> bool:
    """An icon drawn beside a control's words: hidden from screen readers and saying
    nothing (``<span class="fa fa-caret-down" aria-hidden="true"></span>``)."""
    return (el.get("aria-hidden") or "").strip().lower() == "true" \
        and not "".join(el.itertext()).strip()

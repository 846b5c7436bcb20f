"""Status badges: a count or a short flag set after a link's words ("Elections
<span class="badge">12</span>", "Podcasts <span class="pill">NEW</span>"), decoration
drawn on the link, no part of its name or of the headline it links."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.document import Document
from scraper.extract.page_styles import PAGE_PILL_ATTR, draws_pill
from scraper.extract.structure import class_tokens
from scraper.extract.text import clean, fold
from scraper.extract.vocabulary import FEATURED_FLAGS, STATUS_FLAGS

# a count or a flag beside a menu entry's name ("Elections <span class=badge>12</span>",
# "Projects <span class=label>New</span>", "Advisories <span>(2)</span>")
BADGE_TOKENS = frozenset({"badge", "label", "count", "counter", "pill", "tag", "new",
                          "notification", "chip", "bubble", "indicator"})
# a custom element named for a badge's kind (``<calcite-chip>``, ``<sl-badge>``,
# ``<md-pill>``): the last word of a web component's name says what it draws; a
# ``-label`` element is none (``<ion-label>`` holds an item's own words)
_BADGE_ELEMENT_KINDS = frozenset({"badge", "chip", "pill", "tag", "counter", "count"})
COUNTER = re.compile(r"^\(?\d{1,5}\)?$")
# a flag is a word or two ("New", "Neu", "Beta", "Mis à jour"), no phrase
FLAG_MAX_CHARS = 15
# a utility-class theme names no badge, it draws one: rounded corners and a fill of
# its own (Tailwind's ``rounded-full bg-amber-100``, Bootstrap's ``rounded-pill
# bg-warning``), or an inline style saying the same
_ROUNDED = re.compile(r"^rounded(?:-(?!none$)|$)")
# ``bg-`` classes that place or size a background image fill nothing of their own
# a "featured" flag (K2's ``<sup>Featured</sup>`` after an item's title) is one too
_STATUS_WORDS = frozenset(fold(w) for w in (*STATUS_FLAGS, *FEATURED_FLAGS))
# elements that set a word apart by their kind alone (raised, small, highlighted)
_APART_TAGS = frozenset({"sup", "small", "mark"})
_FILLED = re.compile(r"^bg-(?!(?:transparent|none|inherit|cover|contain|center|top|bottom|"
                     r"left|right|fixed|local|scroll|repeat|no-repeat|clip-\S+|origin-\S+|"
                     r"opacity-\S+|blend-\S+)$)")


def is_flag(el: Any, text: str) -> bool:
    """A short flag a badge class or element names ("New", "Beta") or drawn as a
    pill, or a status word set apart (:func:`is_status_word`); a glyph alone (a
    submenu's ``sf-sub-indicator`` "»") says no flag."""
    return any(c.isalnum() for c in text) and len(text) <= FLAG_MAX_CHARS and (
        bool(class_tokens(el) & BADGE_TOKENS) or drawn_as_pill(el)
        or is_badge_element(el) or is_status_word(el, text))


def is_badge_element(el: Any) -> bool:
    """``el`` is a custom element named for a badge's kind (``<calcite-chip>``,
    ``<sl-badge>``): a web component's name ends in what it draws."""
    kind = el.tag.lower() if isinstance(el.tag, str) else ""
    return "-" in kind and kind.rsplit("-", 1)[-1] in _BADGE_ELEMENT_KINDS


def is_status_word(el: Any, text: str) -> bool:
    """``el`` says a status word alone ("новое", "NEW!", "Beta") in an element set
    apart from the words before it: one classed or styled of its own, or a kind that
    sets words apart (``sup``, ``small``, ``mark``), with no element inside it.  A
    plain ``<em>new</em>`` closing "What's <em>new</em>" is no flag.  A wrapper
    holding the flag's element alone (``<span><sup>Featured</sup></span>``) is read
    down to it."""
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip() \
            and isinstance(el[0].tag, str):
        el = el[0]
    if fold(text).strip("!*. ") not in _STATUS_WORDS or len(el):
        return False
    kind = el.tag.lower() if isinstance(el.tag, str) else ""
    return kind in _APART_TAGS or bool((el.get("class") or "").strip()
                                       or (el.get("style") or "").strip())


def drawn_as_pill(el: Any) -> bool:
    """``el`` is drawn as a pill: rounded corners on a fill of its own, by utility
    classes (a responsive prefix, ``md:rounded``, read past), its inline style or a
    rule of the page's stylesheet naming its class (``.neu { background: #c00;
    border-radius: 2px }``, marked when the page was parsed)."""
    names = [n.rsplit(":", 1)[-1] for n in (el.get("class") or "").split()]
    if any(_ROUNDED.match(n) for n in names) and any(_FILLED.match(n) for n in names):
        return True
    return el.get(PAGE_PILL_ATTR) is not None or draws_pill(el.get("style") or "")


def without_closing_flags(doc: Document, el: Any) -> str | None:
    """``el``'s words without the flags closing them (a headline link's
    ``Title <span class="badge">Neu</span>``), read down through a box holding one
    element and no words of its own (``<h3><a>…</a></h3>``); None when no flag closes
    them, or when flags are all it shows."""
    while True:
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) == 1 and not (el.text or "").strip() and not (kids[0].tail or "").strip():
            el = kids[0]
            continue
        break
    dropped: list[Any] = []
    for c in reversed(kids):
        if (c.tail or "").strip() or not is_flag(c, doc.element_text(c)):
            break
        dropped.append(c)
    if not dropped:
        return None
    words = [el.text or ""]
    for c in el:
        if not any(c is d for d in dropped):
            if isinstance(c.tag, str):
                words.append(doc.element_text(c))
            words.append(c.tail or "")
    return clean(" ".join(words)) or None

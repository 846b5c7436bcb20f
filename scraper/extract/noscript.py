"""An app shell's server-rendered page, read from its ``<noscript>``.

A script-built page (a forum, a single-page app) may serve an empty shell: its main
region holds no text until the script fills it, and the server writes the page's
content (its list of discussions, its article) only inside a ``<noscript>``.  That block
is then the page as HTML gives it, and a listing or news item is read from it.  In
every other case ``<noscript>`` stays unrendered (:mod:`scraper.extract.visible`): a
small "please enable JavaScript" note or a tracking pixel is no content, and a page that
shows its content already needs no fallback.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import tag
from scraper.extract.text import clean
from scraper.extract.visible import hidden_ancestor, visible_text

# a block of content: so much text, in so many blocks or links (a note asking for
# JavaScript is one short line; a tracking pixel no text at all)
MIN_CONTENT_CHARS = 100
MIN_CONTENT_BLOCKS = 2
MIN_CONTENT_LINKS = 3
_BLOCKS = frozenset({"p", "li", "tr", "dd", "article", "h1", "h2", "h3", "h4", "h5", "h6"})


def content_noscripts(root: Any) -> list[Any]:
    """The ``<noscript>`` blocks that hold the page's content, when its main region
    shows none (an app shell); empty for every other page."""
    boxes = [box for box in root.iter("noscript") if _holds_content(box)]
    if not boxes or not _is_shell(root, boxes):
        return []
    return boxes


def show_noscripts(boxes: list[Any]) -> None:
    """Render each block as a browser without scripts does: its content in its place."""
    for box in boxes:
        box.tag = "div"


def _holds_content(box: Any) -> bool:
    if any(tag(a) in ("head", "template", "noscript") for a in box.iterancestors()):
        return False
    text = clean(" ".join(box.itertext()))
    if len(text) < MIN_CONTENT_CHARS:
        return False
    blocks = sum(1 for el in box.iter() if tag(el) in _BLOCKS)
    links = sum(1 for a in box.iter("a") if a.get("href"))
    return blocks >= MIN_CONTENT_BLOCKS or links >= MIN_CONTENT_LINKS


def _is_shell(root: Any, boxes: list[Any]) -> bool:
    """The main region (``<main>``, ``role="main"``) shows no text; without one, the
    whole page shows less text than its ``<noscript>`` content."""
    mains = [el for el in root.iter()
             if (tag(el) == "main" or (el.get("role") or "").strip().lower() == "main")
             and hidden_ancestor(el) is None]
    if mains:
        return not any(visible_text(el) for el in mains)
    body = next(root.iter("body"), root)
    shown = len(visible_text(body))
    return shown < max(len(clean(" ".join(box.itertext()))) for box in boxes) / 2

"""A side box set between the text's paragraphs: a "Related news" heading usually ends
the text, but when it heads a box of its own inside the text's container and the text
goes on after that box (RTVE's ``div.mod.relacionadas`` dropped between two paragraphs),
only the box is left out: what a reader reads past it is still the article."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.extract.blocks import Block
from scraper.extract.pages.common import is_descendant

# a paragraph of prose at least this long after the box: the text goes on
_PROSE_CHARS = 80
_PROSE_LINKS = 0.5


def inset_box_end(b: Block, container: Any, read: list[Block], later: list[Block],
                  after: Callable[[Any], int]) -> int | None:
    """The document position just past the box the heading ``b`` opens, when that box
    stands inside ``container`` right between the text read so far (``read``) and a
    paragraph that goes on with it; else None (the heading ends the text). A bold line
    is no heading here, and a box after a share row stands after the text: there the
    heading still ends it."""
    box = _headed_box(b.el, container) if b.is_heading and read else None
    if box is None:
        return None
    end = after(box)
    rest = [c for c in later if c.order > end]
    before, next_ = _word_sibling(box, preceding=True), _word_sibling(box, preceding=False)
    if before is None or next_ is None or not is_descendant(read[-1].el, before):
        return None
    if not rest or rest[0].widget or rest[0].link_density >= _PROSE_LINKS \
            or not is_descendant(rest[0].el, next_):
        return None
    if any(not c.widget and not c.is_heading and len(c.text) >= _PROSE_CHARS
           and c.link_density < _PROSE_LINKS for c in rest):
        return end
    return None


def _word_sibling(el: Any, preceding: bool) -> Any:
    """The nearest sibling element before (or after) ``el`` that shows words."""
    for s in el.itersiblings(preceding=preceding):
        if isinstance(s.tag, str) and "".join(s.itertext()).strip():
            return s
    return None


def _headed_box(el: Any, container: Any) -> Any:
    """The outermost element below ``container`` whose first words are ``el``'s (no
    text nor element with words before it), when it holds more than ``el``."""
    box = None
    node = el
    parent = node.getparent()
    while parent is not None and parent is not container:
        if (parent.text or "").strip() or any(
                _has_words(s) for s in node.itersiblings(preceding=True)):
            break
        box = parent
        node, parent = parent, parent.getparent()
    if parent is None:
        return None    # not inside the container
    return box


def _has_words(el: Any) -> bool:
    return (isinstance(el.tag, str) and bool("".join(el.itertext()).strip())) \
        or bool((el.tail or "").strip())

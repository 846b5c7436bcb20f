"""The lead in a box of its own between the headline's byline and the text.

A lead printed as one paragraph in a box that holds nothing else, opening the article
under the headline and its byline, the text going on in boxes of its own after it, and
repeated word for word by the page's description, is the item's lead, not the text's
first paragraph (fixtures/README.md, ``summary``): a template that writes the lead and
the text from two fields of the item (eZ Publish's article: a "short" and a "body"
attribute side by side, a share row and a picture between them).  The text's own first
paragraph shares its box with the paragraphs after it, and a description copied from
the text's opening (Drupal's) names no box of its own, so neither is taken.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.blocks import Block
from scraper.extract.pages.common import Found, is_descendant
from scraper.extract.text import clean

# the shortest text that goes on after the lead (a paragraph of the text)
_TEXT_CHARS = 80


def boxed_lead(page: Any, container: Any) -> tuple[Found, Any] | None:
    """The lead standing alone in its box at the top of ``container`` after the
    headline's byline, the description repeating it, or None."""
    title_el = page.title_el
    if title_el is None or container is None or not is_descendant(title_el, container):
        return None
    described = {clean(v) for name in ("description", "og:description")
                 for v in page.doc.meta.get(name, [])}
    if not described:
        return None
    after = page._after(title_el)
    inside = [b for b in page.blocks if b.order > after and not b.widget
              and is_descendant(b.el, container)]
    # the headline's own lines first: its byline and labels ("Pubblicato il 14/06/2022 |
    # Bosnia-Erzegovina"), no text
    lines = [b for b in inside if not _header_line(page, b)]
    if len(lines) < 2:
        return None
    first, rest = lines[0], lines[1:]
    if first.is_heading or clean(first.text) not in described or \
            not page._is_lead_candidate(first, None):
        return None
    box = first.el.getparent()
    if box is None or box is container or _blocks_in(page, box) != [first]:
        return None
    # the text goes on after it in another box, a paragraph of its own at least
    if not any(len(b.text) >= _TEXT_CHARS and not is_descendant(b.el, box) for b in rest):
        return None
    return Found(first.text, "boxed-lead"), first.el


def _header_line(page: Any, b: Block) -> bool:
    """``b`` is a line of the headline's facts: a label, a byline, or a line holding one."""
    if page._in_labels(b.el) or page._is_byline(b.text):
        return True
    return any(is_descendant(lv.holder, b.el) for lv in page.label_block)


def _blocks_in(page: Any, box: Any) -> list[Block]:
    return [b for b in page.blocks if is_descendant(b.el, box)]

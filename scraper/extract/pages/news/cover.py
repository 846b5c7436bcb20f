"""The lead shown in a cover over the article: a theme's masthead (Hugo Ananke's
``header.cover``, a featured image with the headline and the description written on
it) repeats the headline and prints the lead under it, while the article's own header
shows the headline alone.  The page's description names that paragraph as the lead."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.common import is_descendant
from scraper.extract.text import clean, fold

# the fewest characters of a lead (a sentence, not a tagline)
_LEAD_CHARS = 40


def cover_lead(page: Any, title_el: Any) -> tuple[str, Any] | None:
    """The paragraph standing right after a copy of the headline above the headline
    (its next sibling with text), when the page's description repeats it word for word:
    ``(text, element)``, or None."""
    described = {clean(v) for name in ("description", "og:description")
                 for v in page.doc.meta.get(name, [])}
    headline = fold(page.doc.element_text(title_el)) if title_el is not None else ""
    if not described or not headline:
        return None
    title_at = page.doc.order.get(title_el, 0)
    for el in page.doc.root.iter():
        if not isinstance(el.tag, str) or not (el.text or "").strip() or \
                is_descendant(title_el, el):
            continue
        if page.doc.order.get(el, 0) >= title_at:
            break
        if fold(page.doc.element_text(el)) != headline:
            continue
        for sib in el.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            text = page.doc.element_text(sib)
            if text:
                if len(text) >= _LEAD_CHARS and clean(text) in described:
                    return text, sib
                break
    return None

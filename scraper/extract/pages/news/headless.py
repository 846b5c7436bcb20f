"""A news page with no headline element: its header is drawn by a script from the
page's properties (Wiki.js sends ``<page title=… description=…>`` and renders the title
and the description as the header's headline and subtitle).  What stands around the
headline elsewhere is read from the top of the text instead:

- the type: a known type name on a line of its own right above the first label
  (``<p><em>News</em></p>`` over the markdown list of labels);
- the lead: the first paragraph of the text, after the labels, that the page's
  description repeats word for word (the header shows it; the body leaves it out).
"""

from __future__ import annotations

from typing import Any

from scraper.extract.blocks import Block
from scraper.extract.pages.common import Found, is_descendant
from scraper.extract.pages.news.hints import CONTENT_TYPES_FOLDED
from scraper.extract.text import clean, fold


def type_above_labels(page: Any) -> tuple[Found, Any] | None:
    """The type line right above the first label of a page without a headline."""
    if page.title_el is not None or not page.label_block:
        return None
    first = min(lv.order for lv in page.label_block)
    before = [b for b in page.blocks if b.order < first and not b.widget
              and not page._in_labels(b.el)]
    if before and fold(before[-1].text) in CONTENT_TYPES_FOLDED:
        return Found(before[-1].text, "above-labels"), before[-1].el
    return None


def described_lead(page: Any, container: Any) -> Block | None:
    """The text's first paragraph, when the description repeats it, on a page without
    a headline."""
    if page.title_el is not None or container is None:
        return None
    described = {clean(v) for name in ("description", "og:description")
                 for v in page.doc.meta.get(name, [])}
    if not described:
        return None
    prose = [b for b in page.blocks if not b.widget and not b.is_heading
             and not page._in_labels(b.el) and is_descendant(b.el, container)
             and fold(b.text) not in CONTENT_TYPES_FOLDED]
    if prose and clean(prose[0].text) in described:
        return prose[0]
    return None

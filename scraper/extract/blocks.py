"""The page as a sequence of text blocks (paragraphs, headings, list items, cells).

Computed once per page in one pass; each block knows its innermost block element
and whether it sits in page chrome (menus) or a widget (share, related, captions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from scraper.extract.document import SKIP_TAGS
from scraper.extract.structure import BLOCK_TAGS, HEADINGS, classify, is_hidden, tag
from scraper.extract.text import clean, clean_block

_BREAKS = frozenset({"br"})


@dataclass
class Block:
    el: Any                 # innermost block element holding the text
    text: str               # cleaned; single "\n" where a <br> stood
    order: int              # document position of ``el``
    widget: bool            # inside a share row, related box, caption… (chrome is never walked)
    link_chars: int = 0
    has_image: bool = False

    @property
    def is_heading(self) -> bool:
        return tag(self.el) in HEADINGS

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


def linearize(root: Any, order: dict[Any, int],
              skip: Callable[[Any], bool] | None = None) -> list[Block]:
    """Text blocks of ``root`` in document order.

    Hidden subtrees, page chrome (menus, breadcrumbs, site header and footer: no
    field is ever read from them) and whatever ``skip`` rejects are left out.
    """

    out: list[Block] = []
    stack: list[tuple[Any, bool]] = []   # (block element, inside a widget)
    widget_depth = link_depth = 0
    widgets: list[bool] = []
    buf: list[str] = []
    link_chars = 0
    has_image = False
    pending_br = 0

    def flush() -> None:
        nonlocal link_chars, has_image
        text = clean_block("".join(buf))
        if text:
            el, wi = stack[-1] if stack else (root, False)
            out.append(Block(el, text, order.get(el, 0), wi, link_chars, has_image))
        buf.clear()
        link_chars = 0
        has_image = False

    def add_text(text: str) -> None:
        nonlocal pending_br, link_chars
        if text.strip():
            pending_br = 0
        # line breaks in the source are spaces; only <br> breaks a line
        buf.append(text.replace("\n", " ").replace("\r", " "))
        if link_depth:
            link_chars += len(clean(text))

    # one pass over lxml's events (no generator in between: this is the hot loop)
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skipped: set[Any] = set()
    for event, node in walker:
        if event in ("comment", "pi"):
            if node.tail:
                add_text(node.tail)
            continue
        if event == "start":
            t = node.tag if isinstance(node.tag, str) else ""
            if node is not root and (not t or t in SKIP_TAGS or is_hidden(node)
                                     or (skip is not None and skip(node))):
                walker.skip_subtree()
                skipped.add(node)
                continue
            chrome, widget = classify(node) if node is not root else (False, False)
            if chrome:    # no field is read from menus: not even walked
                walker.skip_subtree()
                skipped.add(node)
                continue
            widget = widget and t not in ("img", "picture")
            widgets.append(widget)
            widget_depth += widget
            if t == "a":
                link_depth += 1
            elif t in ("img", "picture"):
                has_image = True
            elif t in _BREAKS:
                pending_br += 1
                if pending_br >= 2:
                    flush()
                else:
                    buf.append("\n")
            elif t in BLOCK_TAGS or "-" in t:
                flush()
                pending_br = 0
                stack.append((node, widget_depth > 0))
            if node.text:
                add_text(node.text)
            continue
        # end
        if node in skipped:
            skipped.discard(node)
        else:
            t = node.tag if isinstance(node.tag, str) else ""
            widget = widgets.pop() if widgets else False
            if t == "a":
                link_depth = max(0, link_depth - 1)
            elif (t in BLOCK_TAGS or "-" in t) and stack and stack[-1][0] is node:
                flush()
                stack.pop()
            widget_depth -= widget
        if node is not root and node.tail:
            add_text(node.tail)
    flush()
    return out

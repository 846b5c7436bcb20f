"""The page as a sequence of text blocks (paragraphs, headings, list items, cells).

Computed once per page in one pass; each block knows its innermost block element
and whether it sits in page chrome (menus) or a widget (share, related, captions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scraper.document import tokens
from scraper.structure import HEADINGS, classify, is_block, is_hidden, tag
from scraper.text import clean, clean_block

_BREAKS = frozenset({"br"})


@dataclass
class Block:
    el: Any                 # innermost block element holding the text
    text: str               # cleaned; single "\n" where a <br> stood
    order: int              # document position of ``el``
    chrome: bool
    widget: bool
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

    def skipped(node: Any) -> bool:
        return is_hidden(node) or classify(node)[0] or (skip is not None and skip(node))

    out: list[Block] = []
    stack: list[tuple[Any, bool, bool]] = []   # (block element, chrome, widget)
    chrome_depth = widget_depth = link_depth = 0
    flags: list[tuple[bool, bool]] = []
    buf: list[str] = []
    link_chars = 0
    has_image = False
    pending_br = 0

    def flush() -> None:
        nonlocal link_chars, has_image
        text = clean_block("".join(buf))
        if text:
            el, ch, wi = stack[-1] if stack else (root, False, False)
            out.append(Block(el, text, order.get(el, 0), ch, wi, link_chars, has_image))
        buf.clear()
        link_chars = 0
        has_image = False

    for kind, node in tokens(root, skip=skipped):
        if kind == "text":
            if node.strip():
                pending_br = 0
            # line breaks in the source are spaces; only <br> breaks a line
            buf.append(node.replace("\n", " ").replace("\r", " "))
            if link_depth:
                link_chars += len(clean(node))
            continue
        t = tag(node)
        if kind == "open":
            chrome, widget = classify(node)
            widget = widget and t not in ("img", "picture")
            flags.append((chrome, widget))
            chrome_depth += chrome
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
            elif is_block(node):
                flush()
                pending_br = 0
                stack.append((node, chrome_depth > 0, widget_depth > 0))
        else:
            chrome, widget = flags.pop() if flags else (False, False)
            if t == "a":
                link_depth = max(0, link_depth - 1)
            elif is_block(node) and stack and stack[-1][0] is node:
                flush()
                stack.pop()
            chrome_depth -= chrome
            widget_depth -= widget
    flush()
    return out

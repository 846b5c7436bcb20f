"""What the page's own ``<style>`` says of its classes' type size.

A site builder that places every text box itself (Apple iWeb, early Dreamweaver and
FrontPage templates) writes no headings: the headline is a paragraph whose class the
page's stylesheet sets in large type (``.paragraph_style { font-size: 28px }``).  Only
top-level rules naming one class count (``.x { … }``): a rule under ``@media`` or
scoped by another selector holds for some of the page, not for the class.
"""

from __future__ import annotations

import re
from typing import Any

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_AT_BLOCK = re.compile(r"@[\w-]+[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^\s*(?:[A-Za-z][\w-]*)?\.(-?[A-Za-z_][\w-]*)\s*$")
_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)", re.I)
_UNIT = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}


def css_font_size(declarations: str) -> float | None:
    """The ``font-size`` a declaration block sets, in pixels (None: none or relative
    words)."""
    m = _SIZE.search(declarations.strip())
    return float(m[1]) * _UNIT[m[2].lower()] if m else None


def class_font_sizes(root: Any) -> dict[str, float]:
    """Class name → the type size (px) the page's ``<style>`` gives it (see above); a
    class two rules size differently is left out."""
    sizes: dict[str, set[float]] = {}
    for style in root.iter("style"):
        sheet = _AT_BLOCK.sub(" ", _COMMENT.sub(" ", style.text or ""))
        for selectors, body in _CSS_RULE.findall(sheet):
            size = css_font_size(body)
            if size is None:
                continue
            for sel in selectors.split(","):
                m = _CLASS_SELECTOR.match(sel)
                if m:
                    sizes.setdefault(m[1], set()).add(size)
    return {name: next(iter(s)) for name, s in sizes.items() if len(s) == 1}


def styled_size(el: Any, sizes: dict[str, float]) -> float:
    """The type size ``el``'s classes get from the page's stylesheet (0: none)."""
    found = [sizes[c] for c in (el.get("class") or "").split() if c in sizes]
    return max(found) if found else 0.0

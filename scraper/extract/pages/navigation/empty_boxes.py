"""An empty box opening a column: a layer a theme draws with its style sheet (a
page builder's ``div.ba-overlay`` tinting each column, a spacer), holding no words, no
element and no name.  A reader sees nothing of it: it opens no column and titles no
links."""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import tag

# elements that show or name something though empty: a link or control (its
# accessible name), an image, a field
_NAMED_WHEN_EMPTY = frozenset({"a", "area", "button", "img", "input", "select", "textarea",
                               "svg", "canvas", "iframe", "object", "embed", "video"})


def draws_nothing(el: Any) -> bool:
    """``el`` holds no element and no words, and names nothing (no ``aria-label``,
    ``title``, nor a control's or an image's own tag)."""
    if tag(el) in _NAMED_WHEN_EMPTY or len(el) or (el.text or "").strip():
        return False
    return not any((el.get(n) or "").strip() for n in ("aria-label", "title", "aria-labelledby"))


def leading_layers_dropped(children: list[Any], keep: Any) -> list[Any]:
    """``children`` without the empty boxes opening them (``keep`` aside): a layer
    drawn over a column stands before its title.  An empty box between shown ones (a
    menu's separator line) parts what it stands between: it stays."""
    start = 0
    while start < len(children) and children[start] is not keep \
            and draws_nothing(children[start]):
        start += 1
    return children[start:]

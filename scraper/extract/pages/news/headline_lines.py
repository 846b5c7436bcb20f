"""The lines of a headline's box: a print view's title cell whose first line, split off
by ``<br>``, is the headline over its byline."""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import is_block, tag
from scraper.extract.text import clean


def first_line(box: Any) -> Any:
    """The element making up the first line of a block in large type whose lines
    ``<br>`` splits (a print view's title cell: ``<b>Headline</b><br><small>Posted on
    … by …</small>``): the headline is that line, not the byline under it; None when
    the box is one line, or its first line is no single element's."""
    if not is_block(box) or box.find("br") is None:
        return None
    if (box.text or "").strip():
        return None
    shown: list[Any] = []
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if tag(child) == "br":
            break
        if clean(child.text_content()):
            shown.append(child)
        if (child.tail or "").strip():
            return None
    return shown[0] if len(shown) == 1 and not is_block(shown[0]) else None

"""A sidebar drawn as one column of bare links, its groups split by lines of words
(Fumadocs' ``<p>`` separators, "Human dimension" over its links): a line holding no
link, a few words, standing among links that are the column's own children, heads the
links after it up to the next such line; a folded group in that column (a box holding
its disclosure toggle and the panel it opens) stands under it too."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.menu_titles import is_prose
from scraper.extract.structure import tag
from scraper.extract.text import clean

_LINE_TAGS = ("p", "div", "span")
# what a line of words holds no more of: links, lists, boxes (a group's title box and
# its empty panel in a ``div`` is a collapsed group, no line)
_NO_LINE = ".//a|.//area|.//ul|.//ol|.//li|.//div|.//p|.//section|.//nav|.//table"

_CONTROL_MARKS = ("role", "aria-haspopup", "aria-expanded", "aria-controls")


def separates_links(el: Any, shown: str) -> bool:
    """``el``, showing ``shown``, is a line of words among bare links: no link or box
    in it, no control (a submenu's trigger drawn as an item, ``role=menuitem
    aria-haspopup``, labels the panel it opens, no links after it), no sentence, and
    at least two links standing as children of its column beside it."""
    column = el.getparent()
    if tag(el) not in _LINE_TAGS or column is None or el.xpath(_NO_LINE) \
            or any(el.get(x) is not None for x in _CONTROL_MARKS):
        return False
    after = el.getnext()
    if after is not None and tag(after) == "br":
        return False   # a line of a ``<br>`` column: its look tells a title (title_lines)
    text = clean(shown)
    if not text or len(text) > 80 or is_prose(text):
        return False
    return sum(1 for c in column if isinstance(c.tag, str) and tag(c) == "a"
               and c.get("href")) >= 2


def folded_group(box: Any) -> bool:
    """``box`` is a folded group among a column's bare links: a ``div`` beside links,
    holding a disclosure toggle (``aria-expanded``) and a link or panel of links."""
    column = box.getparent()
    return tag(box) == "div" and column is not None \
        and any(isinstance(c.tag, str) and tag(c) == "a" for c in column) \
        and bool(box.xpath(".//*[@aria-expanded]")) and bool(box.xpath(".//a[@href]"))

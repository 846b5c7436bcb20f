"""A table-built side block's title row: an older site's sidebar block is a table
whose first row is the block's title ("Главное меню", "Main menu") and whose next row
holds the block's menu and nothing else.  The title a reader sees over every entry of
the block leads their paths, as a side column's ``<h3>`` over its ``<nav>`` does.
Such a block's menu is often one run of links side by side, a sub-item marked by its
class (XOOPS' and RunCms' ``a.menuMain`` then ``a.menuSub``): it stands under the
item link before it, which is both an entry and the label of its sub-items."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.hints import FORM_FIELDS, strip_glyphs
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold

# how many boxes may wrap the menu inside its row (the cell, a box, an inner table)
_WRAPS = 6
_TITLE_MAX_CHARS = 80


class BlockRows(NavigationPageBase):
    """The title row over a table block holding a menu."""

    def _block_row_title(self, root: Any) -> str | None:
        """The words of the row right above the row that holds ``root`` alone (every
        word and link of the row is the menu's): one cell of a few words, no link, no
        field, no table.  None when there is no such row."""
        node, said = root, clean(self._shown(root))
        for _ in range(_WRAPS):
            parent = node.getparent()
            if parent is None or clean(self._shown(parent)) != said \
                    or len(self._links(parent)) != len(self._links(root)):
                return None   # the box holds more than the menu
            node = parent
            if tag(node) == "tr":
                title = self._row_title_above(node)
                if title is not None:
                    return title
        return None

    def _row_title_above(self, row: Any) -> str | None:
        prev = row.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is None or tag(prev) != "tr":
            return None
        cells = [c for c in prev if isinstance(c.tag, str) and tag(c) in ("td", "th")
                 and self._shown(c)]
        if len(cells) != 1 or self._links(prev) or prev.xpath(".//table") \
                or prev.xpath(FORM_FIELDS):
            return None
        text = strip_glyphs(clean(self._shown(cells[0])))
        return text if text and len(text) <= _TITLE_MAX_CHARS else None

    def _run_parent(self, a: Any) -> str | None:
        """The words of the item link a sub-item link stands under in a flat run of
        sibling links: ``a``'s class marks it a sub-item ("menuSub", "sub-item"), the
        nearest link before it among its siblings is unmarked, of a class of its own."""
        if not _marked_sub(a):
            return None
        for prev in a.itersiblings(preceding=True):
            if not isinstance(prev.tag, str) or tag(prev) in ("br", "img", "span"):
                continue
            if tag(prev) != "a" or not prev.get("href"):
                return None   # no run of links
            if _marked_sub(prev):
                continue
            if not class_tokens(prev):
                return None
            text = strip_glyphs(clean(self._shown(prev)))
            return text if text and len(text) <= _TITLE_MAX_CHARS else None
        return None


def _marked_sub(a: Any) -> bool:
    """The link's class marks it a sub-item: a word starting or ending in "sub"
    ("sub", "subitem", "sub-link", "menuSub", "nav_sub")."""
    return tag(a) == "a" and any(t.startswith("sub") or t.endswith("sub")
                                 for t in (fold(x) for x in class_tokens(a)))

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

    def _run_parents(self, a: Any) -> list[str]:
        """The words of the item links a sub-item link stands under in a flat run of
        sibling links, innermost first.  A link indented by non-breaking spaces (a
        shop's category box: "Länder->", then "&nbsp;&nbsp;|_&nbsp;Vorsitz", then
        four spaces deeper) stands under the nearest link before it indented less,
        and that one under its own; else a link whose class marks it a sub-item
        ("menuSub", "sub-item") under the nearest unmarked link before it, of a class
        of its own."""
        depth = _indent(a)
        if depth:
            parents: list[str] = []
            for prev in self._run_before(a):
                if prev is None:
                    return []   # no run of links
                level = _indent(prev)
                if level < depth:
                    text = strip_glyphs(clean(self._shown(prev)))
                    if not text or len(text) > _TITLE_MAX_CHARS:
                        return []
                    parents.append(text)
                    depth = level
                    if not depth:
                        break
            if parents:
                return parents
        parent = self._run_parent(a)
        return [parent] if parent else []

    @staticmethod
    def _run_before(a: Any) -> Any:
        """The links before ``a`` in its run, nearest first; None where the run ends
        on something else than a link (line breaks, images and spans go between).  A
        span of words opening its line is a title line among the links (Mambo's
        ``span.separator`` "Settori di attività" over its indented links): yielded too,
        a label over the links indented under it."""
        for prev in a.itersiblings(preceding=True):
            if tag(prev) == "span" and _opens_line(prev) and clean("".join(prev.itertext())):
                yield prev
                continue
            if not isinstance(prev.tag, str) or tag(prev) in ("br", "img", "span"):
                continue
            yield prev if tag(prev) == "a" and prev.get("href") else None

    def _run_parent(self, a: Any) -> str | None:
        """The item link before a sub-item marked by its class (see :meth:`_run_parents`)."""
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


def _indent(a: Any) -> int:
    """How many non-breaking spaces open the link's line (source white space, which a
    browser collapses, aside): those before it since the line's ``<br>`` (around a
    bullet image: "&#160;&#160;&#160;<img>&#160;<a>") and those opening its words; the
    depth its line is drawn at."""
    before: list[str] = []
    for prev in a.itersiblings(preceding=True):
        before.append(prev.tail or "")
        if tag(prev) == "br" or tag(prev) not in ("img", "span", ""):
            break
        before.append("".join(prev.itertext()) if tag(prev) == "span" else "")
    else:
        parent = a.getparent()
        before.append(parent.text or "" if parent is not None else "")
    lead = "".join(reversed(before))
    if lead.strip():
        lead = ""   # words before the link on its line: no indent
    raw = "".join(a.itertext())
    lead += raw[:len(raw) - len(raw.lstrip())]
    return lead.count("\xa0")


def _opens_line(el: Any) -> bool:
    """``el`` opens its line of a ``<br>`` run: only images (a bullet, an indent) and
    white space stand between it and the ``<br>`` before it (or the run's start)."""
    for prev in el.itersiblings(preceding=True):
        if (prev.tail or "").strip():
            return False
        if tag(prev) == "br":
            return True
        if tag(prev) != "img":
            return False
    parent = el.getparent()
    return parent is None or not (parent.text or "").strip()


def _marked_sub(a: Any) -> bool:
    """The link's class marks it a sub-item: a word starting or ending in "sub"
    ("sub", "subitem", "sub-link", "menuSub", "nav_sub")."""
    return tag(a) == "a" and any(t.startswith("sub") or t.endswith("sub")
                                 for t in (fold(x) for x in class_tokens(a)))

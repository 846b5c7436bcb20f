"""Menus that say nothing of being menus: an older site's layout table, read by its shape.

A page built before navigation landmarks and menu classes still shows its menu plainly:

- a **link column**: a table whose rows are each one link (behind an arrow image or a
  ``»``), a title row of words without a link (bold, on a coloured band), or a spacer;
  the title rows label the links below them.  A title row styled unlike the first
  title of the column (another class, another background, indented) is a subgroup
  of the title above it; one styled like it starts a new group of its own.  A row
  holding a nested column (a submenu table) counts as one of its rows.
- a **link bar**: three or more links in a row with nothing between them but
  separators (``|``, ``·``, images), above the page's headline; a bar holding the
  copyright line is the footer's.

Read only when the page has no menu by landmark, role, class or site map.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from scraper.extract.pages.common import is_under
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.hints import strip_glyphs
from scraper.extract.structure import tag
from scraper.extract.text import clean

# so many one-link rows make a table a column of links
COLUMN_MIN_LINKS = 5
# and so many links in a row of separators a bar
BAR_MIN_LINKS = 3
LABEL_MAX_CHARS = 80
_BAR_SEPARATORS = re.compile(r"^[\s|·•/:¦‖–—-]*$")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# what may stand between a bar's links without making it text
_BAR_INLINE = frozenset({"a", "font", "span", "b", "strong", "i", "em", "img", "small", "big"})
_TEXT_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol", "dl",
                          "blockquote", "pre"})
_ROW_BLOCKS = frozenset({"form", "input", "select", "textarea", "iframe", "object", "embed"})
_LINK, _LABEL, _BLANK, _GROUP, _OTHER = "link", "label", "blank", "group", "other"


class LayoutMenus(NavigationPageBase):
    """Link columns and link bars of a layout table, and the title rows above links."""

    @cached_property
    def _layout_menus(self) -> list[Any]:
        """The page's link bars and link columns, outermost, in reading order."""
        found: list[Any] = []
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str) or any(el is f or is_under(el, f) for f in found):
                continue
            if (tag(el) == "table" and self._is_link_column(el)) or self._is_link_bar(el):
                found.append(el)
        return [el for el in found if not self._layout_excluded(el)]

    def _layout_excluded(self, el: Any) -> bool:
        """What the hinted menus would not be: a footer, a breadcrumb, a language row."""
        return any(tag(x) == "footer" or (x.get("role") or "").lower() == "contentinfo"
                   or self._not_menu(x) for x in [el, *el.iterancestors()])

    # ------------------------------------------------------------------ columns
    def _is_link_column(self, table: Any, minimum: int = COLUMN_MIN_LINKS) -> bool:
        """Rows of one link, title rows and spacers only, with ``minimum`` links (a
        submenu's table nested in a column's row: any number)."""
        rows = _rows(table)
        kinds = [self._row_kind(r) for r in rows]
        links = sum(1 if k == _LINK else len(self._links(r))
                    for k, r in zip(kinds, rows, strict=True) if k in (_LINK, _GROUP))
        return _OTHER not in kinds and links >= minimum and kinds.count(_LABEL) <= links

    def _row_kind(self, row: Any) -> str:
        if row.xpath(".//*[" + " or ".join(f"self::{t}" for t in sorted(_ROW_BLOCKS)) + "]"):
            return _OTHER
        nested = [t for t in row.iter("table") if t is not row]
        if nested:
            outer = [t for t in nested if not any(is_under(t, o) for o in nested if o is not t)]
            return _GROUP if self._heads_only(row, outer) and all(
                self._is_link_column(t, 1) for t in outer) else _OTHER
        links = [a for a in self._links(row) if self._reachable(a)]
        text = self._shown(row)
        if not links:
            if not text:
                return _BLANK
            return _LABEL if len(text) <= LABEL_MAX_CHARS else _OTHER
        if len(links) > 1 or not _site_link(links[0].get("href")):
            return _OTHER
        rest = clean(text.replace(self.doc.element_text(links[0]), "", 1))
        return _LINK if not strip_glyphs(rest) else _OTHER

    def _heads_only(self, row: Any, nested: list[Any]) -> bool:
        """Beside its nested tables the row holds at most the submenu's head: one link
        or a few words, no paragraph, heading or list (page text is no submenu)."""
        outside = [x for x in row.iterdescendants() if isinstance(x.tag, str)
                   and not any(x is n or is_under(x, n) for n in nested)]
        if any(tag(x) in _TEXT_BLOCKS for x in outside):
            return False
        links = [x for x in outside if tag(x) == "a" and x.get("href")]
        words = clean(" ".join(_outside_tables(row, nested)))
        return len(links) <= 1 and len(strip_glyphs(words)) <= LABEL_MAX_CHARS

    def _column_labels(self, a: Any, root: Any) -> list[str]:
        """The title rows above ``a``'s row when the menu ``root`` is a link column
        (found by its shape or by a hint), outermost first."""
        if tag(root) != "table" or not self._is_link_column(root, 1):
            return []
        return self._column_paths(root).get(a, [])

    def _column_paths(self, column: Any) -> dict[Any, list[str]]:
        if column not in self._column_cache:
            self._column_cache[column] = self._read_column(column)
        return self._column_cache[column]

    @cached_property
    def _column_cache(self) -> dict[Any, dict[Any, list[str]]]:
        return {}

    def _read_column(self, column: Any) -> dict[Any, list[str]]:
        """Each link of the column → the labels open above its row.  A title row whose
        style matches a title above it closes the groups down to that one; a title row
        styled unlike every open title opens a subgroup."""
        stack: list[tuple[tuple[str, ...], str]] = []
        out: dict[Any, list[str]] = {}
        for row in _rows(column):
            kind = self._row_kind(row)
            style = _row_style(row)
            level = next((i for i, (s, _) in enumerate(stack) if s == style), None)
            if kind == _LABEL:
                stack[len(stack) if level is None else level:] = [
                    (style, strip_glyphs(self._shown(row)))]
            elif kind == _LINK and level is not None:
                # a link in a title's style heads a group of its own at that level
                a = self._links(row)[0]
                out[a] = [label for _, label in stack[:level] if label]
                stack[level:] = [(style, strip_glyphs(self.doc.element_text(a)))]
            elif kind in (_LINK, _GROUP):
                for a in self._links(row):
                    out[a] = [label for _, label in stack if label]
        return out

    # ------------------------------------------------------------------ bars
    def _is_link_bar(self, el: Any) -> bool:
        """Links side by side with separators between them, above the headline, in a
        box of their own (no copyright line)."""
        if tag(el) in ("a", "table", "tbody", "tr", "html", "body", "head"):
            return False
        links = [a for a in self._links(el) if _site_link(a.get("href"))]
        if len(links) < BAR_MIN_LINKS or len({a.get("href") for a in links}) < len(links):
            return False
        if any(tag(x) not in _BAR_INLINE for x in el.iterdescendants() if isinstance(x.tag, str)):
            return False
        gaps = clean(" ".join(_outside_links(el)))
        if not _BAR_SEPARATORS.match(gaps) or _COPYRIGHT.search(self.doc.element_text(el)):
            return False
        return self._above_headline(el)

    def _above_headline(self, el: Any) -> bool:
        """Before the page's first ``<h1>``: a row of links after it is the page's own
        (print, back to top) or the footer's."""
        h1 = next(iter(self.doc.root.iter("h1")), None)
        if h1 is None:
            return True
        return self.doc.order.get(el, 0) < self.doc.order.get(h1, 0)


def _rows(table: Any) -> list[Any]:
    return table.xpath("./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr")


def _row_style(row: Any) -> tuple[str, ...]:
    """How a title row looks: its cells' classes and colours, its words' wrappers and
    its indentation (non-breaking spaces before the words)."""
    cells = [c for c in row if tag(c) in ("td", "th")]
    parts: list[str] = []
    for cell in cells:
        parts += [tag(cell), cell.get("class") or "", cell.get("bgcolor") or "",
                  cell.get("style") or ""]
        parts.append(str(len(cell.text or "") - len((cell.text or "").lstrip())))
        # a link heading is styled like a title row, link aside
        parts.append("/".join(tag(x) for x in cell.iterdescendants()
                              if isinstance(x.tag, str) and tag(x) != "a"))
    return tuple(parts)


def _outside_links(el: Any) -> list[str]:
    """The text of ``el`` that stands outside its links."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if tag(child) != "a":
            parts += _outside_links(child)
        parts.append(child.tail or "")
    return parts


def _outside_tables(el: Any, nested: list[Any]) -> list[str]:
    """The text of ``el`` outside the tables ``nested`` in it."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not any(child is n for n in nested):
            parts += _outside_tables(child, nested)
        parts.append(child.tail or "")
    return parts


def _site_link(href: str | None) -> bool:
    """An address that leads to a page (not ``#top``, a script, mail or telephone)."""
    href = (href or "").strip()
    return bool(href) and not href.startswith("#") and urlsplit(href).scheme.lower() not in (
        "javascript", "mailto", "tel")

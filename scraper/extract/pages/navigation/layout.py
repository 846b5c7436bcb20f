"""Menus that say nothing of being menus: an older site's layout, read by its shape.

A page built before navigation landmarks and menu classes still shows its menu plainly:

- a **link column** (:mod:`.columns`): lines of one link each under title lines, in
  a table, a list, a box of boxes or a cell cut by ``<br>``s, or a run of titled
  groups among a page's paragraphs;
- a **link bar**: three or more links in a row with nothing between them but
  separators (``|``, ``·``, images, brackets around each: ``[ Home ] [ News ]``, the
  page on view unlinked), or a list (or a table row) of three or more items of one
  link each, above the page's headline; a bar holding the copyright line, or standing
  right over or under it, is the footer's.

Read only when the page has no menu by landmark, role, class or site map.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.dates import parse_date
from scraper.extract.pages.common import between, is_under
from scraper.extract.pages.navigation.column_lines import Line, column_lines, texts_after_links
from scraper.extract.pages.navigation.column_paths import ColumnPaths
from scraper.extract.pages.navigation.columns import COLUMN_TAGS, site_link
from scraper.extract.pages.navigation.hints import is_footer
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.structure import tag
from scraper.extract.text import clean
from scraper.extract.visible import hidden_kind

# so many links in a row of separators make a bar
BAR_MIN_LINKS = 3
# a list of so many links, nearly all to item pages and named by sentences (headlines
# of five words and more on average; a menu's names are a few words), lists items
ITEM_LIST_MIN = 2
ITEM_SHARE = 0.8
HEADLINE_WORDS = 5
_BAR_SEPARATORS = re.compile(r"^[\s|·•/:¦‖–—\[\]-]*$")
# a navbar bracketing each item ("[ Home ] [ Documents ]", FrontPage's text navbar)
# brackets the page on view too, unlinked: one bracketed name among the gaps
_BRACKETED_NAME = re.compile(r"\[\s*[^\[\]\s|][^\[\]|]{0,40}\]")
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# what may stand between a bar's links without making it text
_BAR_INLINE = frozenset({"a", "font", "span", "b", "strong", "i", "em", "img", "small", "big",
                         "nobr"})


class LayoutMenus(ColumnPaths):
    """Link columns and link bars of a page without menu hints."""

    @cached_property
    def _layout_menus(self) -> list[Any]:
        """The page's link bars and link columns, outermost, in reading order."""
        found: list[Any] = []
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str) or any(el is f or is_under(el, f) for f in found):
                continue
            if (tag(el) in COLUMN_TAGS and self._is_link_column(el)) or self._is_link_bar(el) \
                    or self._is_link_row(el):
                found.append(el)
            elif tag(el) in COLUMN_TAGS:
                # a run of the box's lines is a column: its lines holding links are menus
                found += [n for run in self._column_runs(el) for line in run
                          for n in line.nodes if self._link_count(n)]
                found += [n for line in self._ruled_bars(el) for n in line.nodes
                          if self._link_count(n)]
        found.sort(key=lambda el: self.doc.order.get(el, 0))
        return [el for el in found if not self._layout_excluded(el)]

    def _layout_excluded(self, el: Any) -> bool:
        """What the hinted menus would not be: a footer, a breadcrumb, a language row;
        a row of links right over or under the copyright line is the footer's."""
        if beside_copyright(el, self.doc.element_text) and not self._line_count(el):
            return True
        return any(is_footer(x) or self._not_menu(x) for x in [el, *el.iterancestors()])

    def _line_count(self, el: Any) -> int:
        """How many ``<br>``s and blocks cut ``el``'s links into lines (0: one row)."""
        return len(el.xpath(".//br | .//p | .//div | .//li | .//tr"))

    def _column_labels(self, a: Any, root: Any) -> list[str]:
        """The title lines above ``a`` when the menu ``root`` is a link column (a table
        menu, hinted or not; any column found by its shape), outermost first."""
        if tag(root) != "table" and self._hinted:
            # a box the page calls a menu (``td.leftnav``) laying its links out as a
            # table of rows, a spacer or two beside it: that table is the column
            root = self._table_of_links(root)
            if root is None:
                return []
        elif tag(root) != "table" and root not in self._layout_menus:
            return []
        parent = root.getparent()
        in_run = self._run_paths(parent) if parent is not None else {}
        if a in in_run:
            return in_run[a]
        # a block the page calls a menu is named by its caption, as a nav by its heading;
        # a column found by its shape has no name but its title lines
        if not self._is_link_column(root, 1) or (self._hinted and self._captioned(root)):
            return []
        return self._column_paths(root).get(a, [])

    def _table_of_links(self, box: Any) -> Any | None:
        """The table inside ``box`` holding every link ``box`` holds, when ``box``
        shows no words outside it; else None."""
        links = self._links(box)
        if not links:
            return None
        table = next((t for t in box.iterdescendants("table")
                      if len(self._links(t)) == len(links)), None)
        if table is None:
            return None
        inner = set(table.iter())
        outside = [t for x in box.iter() if x not in inner and isinstance(x.tag, str)
                   for t in (x.text, x.tail if x is not box else None) if t]
        return table if not clean(" ".join(outside)) else None

    def _layer_labels(self, a: Any, root: Any) -> tuple[Any, list[str]] | None:
        """(the layer, the title rows above ``a`` in it) when ``a`` stands in a hidden
        layer a control of the menu opens whose whole content is a table of rows (an
        older site's rollover submenu, ``div#lyr_about > table``): a column whose
        title rows (a region's name in bold) label the links below them, inside the
        label the layer's control gives."""
        for x in a.iterancestors():
            if x is root:
                return None
            if hidden_kind(x) is not None and self._controllers.get(x.get("id") or "") \
                    is not None:
                table = _sole_table(x)
                if table is x or not self._is_link_column(table, 1):
                    return None
                return x, self._column_paths(table).get(a, [])
        return None

    def _in_item_list(self, a: Any, root: Any) -> bool:
        """``a`` stands in a list of items inside a menu read by its shape (a sidebar's
        "Latest press releases": headlines leading to item pages), no menu entry.

        In a menu the page names, a mega menu's post previews: a block inside the menu
        of headlines set as headings (a thumbnail link beside each), leading to items
        (JNews' ``jeg_newsfeed``, Jannah's ``mega-cat-posts``: the category's latest
        posts the theme puts into its dropdown).  They are the category's news, not
        links of the site menu."""
        if self._hinted:
            return any(self._is_preview_list(x) for x in between(a, root)[1:])
        inside = between(a, root)   # root itself counts, when it holds the link
        return bool(inside) and any(self._is_item_list(x) for x in [*inside[1:], root])

    @per_element
    def _is_preview_list(self, el: Any) -> bool:
        """A list of items whose every headline link stands in a heading."""
        if not self._is_item_list(el):
            return False
        named = [a for a in self._links(el) if self.doc.element_text(a).strip()]
        return bool(named) and all(
            a.xpath("ancestor::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
                    " or self::h6]") for a in named)

    def _is_item_list(self, el: Any) -> bool:
        """Headlines leading to items: named by sentences, their addresses naming an
        item, or each dated by the line after it (a portal's "Latest news" block,
        ``news.php?item.2211``); a closing link to their listing ("More news") aside."""
        if el not in self._item_lists:
            links = self._links(el)
            if len(links) < ITEM_LIST_MIN:   # fewer links than items a list needs
                self._item_lists[el] = False
                return False
            items = [a for a in links if urls.item_number(self.doc.absolute(a.get("href")))]
            if len(items) < ITEM_SHARE * len(links):
                items = self._dated(el, links)
            links = [a for a in links if a in items or not self._lists_them(a, items)]
            words = [len(self.doc.element_text(a).split()) for a in items]
            self._item_lists[el] = len(items) >= ITEM_LIST_MIN and \
                len(items) >= ITEM_SHARE * len(links) and sum(words) >= HEADLINE_WORDS * len(items)
        return self._item_lists[el]

    def _dated(self, el: Any, links: list[Any]) -> list[Any]:
        """The links of ``el`` each followed by a date before the next link (a headline
        over its date line)."""
        gaps = texts_after_links(el, links)
        if len(gaps) != len(links):
            return []   # links nested in links (broken markup): no line after each
        return [a for a, gap in zip(links, gaps, strict=True)
                if parse_date(clean(gap), self.doc.lang)]

    def _lists_them(self, a: Any, items: list[Any]) -> bool:
        """``a`` leads to the listing of ``items``: their script without its item
        parameter (``news.php`` over ``news.php?item.2211``) or the folder above them."""
        target = urls.split(self.doc.absolute(a.get("href")))
        if target is None or target.query or not items:
            return False
        folder = target.path.rstrip("/") + "/"
        for item in items:
            parts = urls.split(self.doc.absolute(item.get("href")))
            if parts is None or parts.netloc != target.netloc or not (
                    (parts.path == target.path and parts.query)
                    or parts.path.startswith(folder)):
                return False
        return True

    @cached_property
    def _item_lists(self) -> dict[Any, bool]:
        return {}

    # ------------------------------------------------------------------ bars
    def _is_link_bar(self, el: Any) -> bool:
        """Links side by side with separators between them, above the headline, in a
        box of their own (no copyright line)."""
        if tag(el) in ("a", "table", "tbody", "tr", "html", "body", "head"):
            return False
        links = [a for a in self._links(el) if site_link(a.get("href"))]
        if len(links) < BAR_MIN_LINKS or len({a.get("href") for a in links}) < len(links):
            return False
        if any(tag(x) not in _BAR_INLINE and not _office_inline(x) for x in el.iterdescendants()
               if isinstance(x.tag, str)):
            return False
        gaps = _BRACKETED_NAME.sub("", clean(" ".join(_outside_links(el))), count=1)
        if not _BAR_SEPARATORS.match(gaps) or COPYRIGHT.search(self.doc.element_text(el)):
            return False
        return self._above_headline(el)

    def _ruled_bars(self, box: Any) -> list[Line]:
        """The lines of ``box`` that are link bars drawn loose between two rules
        (``<hr>Home | About | News<hr>``, a text-only page's row of sections): three or
        more links with nothing but separators between them, a line of their own right
        under one ``<hr>`` and over the next, above the headline."""
        lines = column_lines(box)
        return [line for before, line, after in zip(lines, lines[1:], lines[2:], strict=False)
                if _rule(before) and _rule(after) and self._bar_line(line)]

    def _bar_line(self, line: Line) -> bool:
        links = [a for n in line.nodes for a in ([n] if tag(n) == "a" else n.iter("a"))]
        if len(links) < BAR_MIN_LINKS or not all(site_link(a.get("href")) for a in links) \
                or len({a.get("href") for a in links}) < len(links):
            return False
        if any(tag(x) not in _BAR_INLINE for n in line.nodes for x in n.iter()
               if isinstance(x.tag, str)):
            return False
        gaps = clean(" ".join([line.loose, *(t for n in line.nodes if tag(n) != "a"
                                             for t in _outside_links(n))]))
        words = " ".join(self.doc.element_text(n) for n in line.nodes)
        return bool(_BAR_SEPARATORS.match(gaps)) and not COPYRIGHT.search(words) \
            and all(self._above_headline(n) for n in line.nodes)

    def _is_link_row(self, el: Any) -> bool:
        """A short list of links above the headline (a header's row of sections): each
        item one link, as in a column, but fewer of them; a table row of such cells too
        (Dreamweaver's rollover image buttons, one showing a pop-up layer beside it)."""
        if tag(el) == "tr" and (el.xpath(".//h1") or any(
                isinstance(c.tag, str) and not self._link_count(c) and self._shown(c)
                for c in el)):
            return False   # a layout row: the page's columns, words in a cell
        return tag(el) in ("ul", "ol", "tr") and self._is_link_column(el, BAR_MIN_LINKS) \
            and self._above_headline(el)

    def _above_headline(self, el: Any) -> bool:
        """Before the page's first ``<h1>``: a row of links after it is the page's own
        (print, back to top) or the footer's."""
        h1 = next(iter(self.doc.root.iter("h1")), None)
        if h1 is None:
            return True
        return self.doc.order.get(el, 0) < self.doc.order.get(h1, 0)


def _rule(line: Line) -> bool:
    """The line is a rule (``<hr>``) alone."""
    return len(line.nodes) == 1 and tag(line.nodes[0]) == "hr" and not clean(line.loose)


def _sole_table(box: Any) -> Any:
    """The table that is all ``box`` holds (no words beside it), else ``box``."""
    kids = [c for c in box if isinstance(c.tag, str)]
    if len(kids) != 1 or tag(kids[0]) != "table" or (box.text or "").strip() \
            or (kids[0].tail or "").strip():
        return box
    return kids[0]


def beside_copyright(el: Any, text: Callable[[Any], str]) -> bool:
    """A block right over or under the copyright line (``text`` gives a block's words):
    the page's footer, however its box is named."""
    return any(COPYRIGHT.search(text(x)) for x in _with_neighbours(el)[1:])


def _with_neighbours(el: Any) -> list[Any]:
    """``el`` and the blocks right before and after it (a rule between them aside): a
    bar whose next line is the copyright line (``[Home] [Imprint]`` over "© 2001 …", a
    NetObjects page's bottom navbar) is the footer's as much as one holding it."""
    out = [el]
    box = el   # the block the bar fills (``<p><font>[Home] …</font></p>``)
    while (up := box.getparent()) is not None and tag(up) not in ("body", "html") and \
            len([c for c in up if isinstance(c.tag, str)]) == 1:
        box = up
    for side in (box.itersiblings(preceding=True), box.itersiblings()):
        near = next((x for x in side if isinstance(x.tag, str) and tag(x) not in ("hr", "br")),
                    None)
        if near is not None:
            out.append(near)
    return out


def _office_inline(el: Any) -> bool:
    """A word processor's own markup in a paragraph (Word's empty ``<o:p></o:p>``, its
    smart tags ``<st1:place>``): a prefixed name a browser draws as plain inline text."""
    return ":" in tag(el)


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

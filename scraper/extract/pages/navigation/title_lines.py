"""Which lines of a box of links title the others: a heading, a box led by its
heading, a ``<header>`` saying only its title, a sub-title over each group, and the
lines that are entries instead (a link line, a peer link over titled groups, a title
naming the whole menu).  Kept apart from :mod:`.paths`, which asks these questions
while walking a link's boxes, because they judge one line in its box, whatever link
is being placed."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.hints import (
    HEADING_TAGS,
    LABEL_TAGS,
    LIST_TAGS,
    MENU_TOGGLE_FOLDED,
    SKIPPED_CHILDREN,
    strip_glyphs,
)
from scraper.extract.pages.navigation.menu_titles import is_prose
from scraper.extract.pages.navigation.title_groups import worded_header
from scraper.extract.pages.navigation.widgets import WidgetLabels
from scraper.extract.structure import tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import is_hidden


class TitleLines(WidgetLabels):
    """The title, sub-title and entry lines of a box of menu links."""

    def _names_whole_menu(self, title: str, box: Any, root: Any) -> bool:
        """A title saying only the menu's own name ("Site menu", "Меню сайта") over a
        box holding the whole menu (a drawer's title over its tree) names the menu, no
        group of it, as a "Menu" heading over the menu does (:meth:`_root_heading`).
        Among several menus on view (a wiki's sidebar portlets: "Navigation", "Fields
        of work") each title names its block, one group of the site menu."""
        return fold(title) in MENU_TOGGLE_FOLDED and self._opens_whole_menu(box, root) \
            and all(r is root for r in self._shown_roots)

    def _sub_titled(self, rest: list[Any]) -> bool:
        """The column's lines after its title are groups each led by a sub-title, a
        line of a few words and no link right before its list (a region's name over
        its offices: "Field operations", then "South-East Europe" and its list,
        "Central Asia" and its list): the title above them heads every group."""
        if len(rest) < 2 or len(rest) % 2:
            return False
        return all(self._sub_title(title) and tag(group) in LIST_TAGS
                   for title, group in zip(rest[::2], rest[1::2], strict=True))

    def _sub_title(self, line: Any) -> bool:
        """A line of a few words, no heading (a heading's rank says its level), no
        link, no list."""
        if tag(line) not in LABEL_TAGS or tag(line) in (*LIST_TAGS, *HEADING_TAGS, "a") \
                or (line.get("role") or "") == "heading" or self._links(line) \
                or line.xpath(".//ul|.//ol"):
            return False
        text = strip_glyphs(self._shown(line))
        return bool(text) and len(text) <= 80 and not is_prose(text)

    def _header_title(self, head: Any) -> bool:
        """A box's ``<header>`` (or ``<hgroup>``) saying nothing but its heading (a
        portal's portlet: ``header.portlet-topper > h1`` and an empty toolbar, then the
        box of links), or a few words of its own (:func:`worded_header`), is the box's
        title, as the heading alone would be."""
        return tag(head) in ("header", "hgroup") and (self._title_row(head) or (
            worded_header(head, text := strip_glyphs(self._shown(head))) and not is_prose(text)))

    def _link_line(self, el: Any) -> bool:
        """A line holding a link and no list: an entry (or a link heading its own list)."""
        return bool(self._links(el)) and tag(el) not in LIST_TAGS and not el.xpath(".//ul|.//ol")

    def _title_row(self, row: Any) -> bool:
        """A grid row holding nothing but a heading (a mega menu's ``row > col > h2``
        over the rows of its columns): a title, though its class is its neighbours'."""
        if self._links(row):
            return False
        text = self._shown(row)
        return bool(text) and any(self._shown(h) == text for h in row.iterdescendants(
            *HEADING_TAGS))

    def _titled(self, el: Any) -> bool:
        """A heading, or a box whose first shown element is its heading, or the label
        it declares for its group (a component library's header ``div`` naming the
        list after it by ``aria-labelledby``)."""
        first = next((c for c in el if isinstance(c.tag, str) and not is_hidden(c)
                      and tag(c) not in SKIPPED_CHILDREN), None)
        return any(x is not None and (tag(x) in HEADING_TAGS or (x.get("role") or "") == "heading")
                   for x in (el, first)) or (first is not None and self._names_a_part(first, el))

    def _peer_link(self, head: Any) -> bool:
        """A line of nothing but links before groups titled by their own headings, or
        a box of them (a mega menu's "Overview" row over its row of columns, an "All
        countries" link over an accordion whose items hold their headings), is their
        peer, no title: a link heads the list it stands over, not groups with titles.
        So is a link over lists that each name themselves otherwise (an "All countries"
        link over a grid of ``ul aria-label="Participating States"`` and ``ul
        aria-label="Partners"``): the lists' own names, unseen, add no level, and the
        link names none of them."""
        links = self._links(head)
        text = self._shown(head)
        if not links or text != clean(" ".join(self._shown(a) for a in links)):
            return False
        after = [x for x in head.itersiblings() if isinstance(x.tag, str) and not is_hidden(x)]
        lists = [y for x in after for y in (x, *x.iterdescendants(*LIST_TAGS))
                 if tag(y) in LIST_TAGS]
        if lists and all(_named_otherwise(x, text) for x in lists):
            return True
        return any(self._titled(x) or any(self._titled(c) for c in x if isinstance(c.tag, str))
                   for x in after)


def _named_otherwise(lst: Any, text: str) -> bool:
    """The list carries a name of its own (``aria-label``) other than ``text``."""
    name = clean(lst.get("aria-label") or "")
    return bool(name) and fold(name) != fold(text)

"""A menu no hint names, found by its shape among the page's link lists.

A template's own menu markup may carry no landmark, role or menu class
(``ul.metismenu.mod-list`` of a Joomla override) while a small list beside it does
(a header's "Contact · Jobs" row): the hints then name the weaker menu.  The site
menu still looks like one: a list whose items each hold one link (or a group's label
and a nested list), many of them, leading to the site's sections rather than to
items, at the top of the page or in its header, outside the article text, the
footer, breadcrumbs, pagers and language rows.  The best such list is a menu when
the hinted menus hold fewer links than it does.

So too an older blog's or portal's sidebar of titled blocks (b2evolution's widgets
``div.bSideItem`` with an ``<h3>`` over a list, Nucleus's ``dl.sidebardl`` with a
``<dt>`` over each ``<dd><ul>``): beside a weak hint (a top bar of a few links) its
blocks that are each a title over one list of one-link items are the rest of the site
menu, each labelled by its title; a block holding a form (search, login, poll), lines
of several links (feeds), or links outside its list is no part of it.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.pages.common import is_under
from scraper.extract.pages.navigation.columns import site_link
from scraper.extract.pages.navigation.hints import (
    FORM_FIELDS,
    HEADING_TAGS,
    LIST_TAGS,
    is_box,
)
from scraper.extract.pages.navigation.layout import LayoutMenus
from scraper.extract.structure import tag

# so many links make a list the site menu (a header's service row has a few)
SHAPE_MIN_LINKS = 8
# this share of the list's items hold one link each (or a label over a nested list)
ITEM_SHAPE_SHARE = 0.8
# this share of its links lead to sections, not to items (a news list leads to items)
SECTION_SHARE = 0.8
_IGNORED = frozenset({"script", "style", "template", "noscript"})
# a sidebar is read as titled blocks when it holds so many of them side by side
SIDEBAR_MIN_BLOCKS = 2
BLOCK_TITLE_MAX_CHARS = 80
_TOP_LISTS = ".//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol)]"


class ShapedMenus(LayoutMenus):
    """The best link list shaped like a site menu, when hints are missing or weak."""

    @cached_property
    def _shaped_menu(self) -> list[Any]:
        """The best-shaped menu outside the hinted ones, when it holds more links than
        all of them together (or there are none)."""
        hinted = self._hinted
        best, size = None, 0
        for lst in self.doc.root.iter(*LIST_TAGS):
            if any(lst is h or is_under(lst, h) or is_under(h, lst) for h in hinted) \
                    or (best is not None and is_under(lst, best)):
                continue
            links = self._shape_links(lst)
            if len(links) > size and self._menu_shaped(lst, links):
                best, size = lst, len(links)
        held = sum(len(self._shape_links(h)) for h in hinted)
        return [best] if best is not None and size > held else []

    @cached_property
    def _titled_blocks(self) -> list[Any]:
        """The titled link blocks of a sidebar outside the hinted menus (at least
        :data:`SIDEBAR_MIN_BLOCKS` of them in one box), when they hold more links than
        the hinted menus together: a weak hint's top bar beside the sidebar that is the
        rest of the site menu."""
        hinted = self._hinted
        by_box: dict[Any, list[Any]] = {}
        runs: list[Any] = []
        for el in self.doc.root.iter("div", "section", "aside", "dd"):
            if any(el is h or is_under(el, h) or is_under(h, el) for h in hinted):
                continue
            if self._block_title(el) is not None:
                by_box.setdefault(el.getparent(), []).append(el)
            elif self._titled_run(el):
                runs.append(el)
        blocks = [b for group in by_box.values() if len(group) >= SIDEBAR_MIN_BLOCKS
                  for b in group] + runs
        blocks.sort(key=lambda el: self.doc.order.get(el, 0))
        size = sum(len(self._shape_links(b)) for b in blocks)
        held = sum(len(self._shape_links(h)) for h in hinted)
        return blocks if size > held else []

    @cached_property
    def _drawer_lists(self) -> list[Any]:
        """The link lists of a sidebar that holds a navigation landmark (an ``<aside>``
        or complementary region outside the text): such a sidebar is a navigation
        drawer, and a list beside the landmark in it, each item one link or a label
        over a nested list, is the rest of its menu (VuePress's sidebar: the navbar's
        copy for phones, then the tree of the section's pages under collapsible
        headings)."""
        hinted = self._hinted
        found: list[Any] = []
        for nav in hinted:
            if not (tag(nav) == "nav" or (nav.get("role") or "").lower() == "navigation"):
                continue
            drawer = next((x for x in nav.iterancestors() if _is_sidebar(x)), None)
            if drawer is None or not self._outside_text(drawer):
                continue
            for lst in drawer.xpath(_TOP_LISTS):
                if any(lst is h or is_under(lst, h) or is_under(h, lst) for h in hinted) \
                        or any(is_under(lst, f) for f in found):
                    continue
                if len(self._shape_links(lst)) >= 2 and self._one_link_items(lst) \
                        and not self._is_item_list(lst) and not self._layout_excluded(lst):
                    found.append(lst)
        return found

    def _block_title(self, root: Any) -> str | None:
        """The title of a sidebar block whose only other content is one list of
        one-link items (nested lists of such items allowed): a heading as the box's
        first child, or the ``<dt>`` over a ``<dd>``; None for any other element."""
        if root in self._block_titles:
            return self._block_titles[root]
        self._block_titles[root] = title = self._judge_block(root)
        return title

    @cached_property
    def _block_titles(self) -> dict[Any, str | None]:
        return {}

    def _judge_block(self, el: Any) -> str | None:
        kids = [c for c in el if isinstance(c.tag, str) and tag(c) not in _IGNORED]
        if tag(el) == "dd":
            head = next((x for x in el.itersiblings(preceding=True)
                         if isinstance(x.tag, str)), None)
            head = head if head is not None and tag(head) == "dt" else None
        elif is_box(el) and kids and tag(kids[0]) in HEADING_TAGS:
            head, kids = kids[0], kids[1:]
        else:
            return None
        if head is None or len(kids) != 1 or tag(kids[0]) not in LIST_TAGS:
            return None
        title = self._shown(head)
        lst = kids[0]
        links = self._shape_links(lst)
        if not title or len(title) > BLOCK_TITLE_MAX_CHARS or len(links) < 2 \
                or len(self._links(el)) != len(self._links(lst)) or el.xpath(FORM_FIELDS) \
                or not self._one_link_items(lst) or self._is_item_list(lst) \
                or self._layout_excluded(el) or not self._outside_text(el):
            return None
        return title

    def _titled_run(self, el: Any) -> bool:
        """A sidebar box holding its titled blocks unboxed, one after another: a
        heading, then its list, again and again (a wiki's sidebar page rendered into
        Redmine's ``#sidebar``: ``h3, ul, h3, ul``), at least
        :data:`SIDEBAR_MIN_BLOCKS` of them; each heading words of its own (or one
        link heading its list), each list one of one-link items.  Read whole, each
        list labelled by its heading."""
        if not is_box(el) or not self._outside_text(el) or el.xpath(FORM_FIELDS):
            return False
        kids = [c for c in el if isinstance(c.tag, str) and tag(c) not in _IGNORED]
        heads, lists = kids[0::2], kids[1::2]
        if len(lists) < SIDEBAR_MIN_BLOCKS or len(heads) != len(lists):
            return False
        for head, lst in zip(heads, lists, strict=True):
            title = self._shown(head)
            if tag(head) not in HEADING_TAGS or tag(lst) not in LIST_TAGS or not title \
                    or len(title) > BLOCK_TITLE_MAX_CHARS or len(self._shape_links(head)) > 1 \
                    or len(self._shape_links(lst)) < 2 or not self._one_link_items(lst) \
                    or self._is_item_list(lst):
                return False
        return not self._layout_excluded(el)

    def _one_link_items(self, lst: Any) -> bool:
        """Every item of ``lst`` (and of the lists nested in it) holds one link of its
        own, or a label over a nested list."""
        for li in lst.iter("li"):
            own = _own_links(li)
            if len(own) > 1 or not (own or li.xpath("./ul|./ol")):
                return False
        return True

    @staticmethod
    def _outside_text(el: Any) -> bool:
        return not any(tag(x) in ("main", "article") or (x.get("role") or "").lower() == "main"
                       for x in el.iterancestors())

    def _shape_links(self, box: Any) -> list[Any]:
        return [a for a in self._links(box) if site_link(a.get("href")) and self._reachable(a)]

    def _menu_shaped(self, lst: Any, links: list[Any]) -> bool:
        if len(links) < SHAPE_MIN_LINKS or not self._at_top(lst):
            return False
        sections = [a for a in links if not urls.item_number(self.doc.absolute(a.get("href")))]
        if len(sections) < SECTION_SHARE * len(links) or self._layout_excluded(lst):
            return False
        items = [c for c in lst if isinstance(c.tag, str) and tag(c) not in _IGNORED]
        one_link = [c for c in items if tag(c) == "li" and len(_own_links(c)) <= 1
                    and (_own_links(c) or c.xpath("./ul|./ol"))]
        return len(one_link) >= ITEM_SHAPE_SHARE * len(items)

    def _at_top(self, el: Any) -> bool:
        """In the page's header, or above its headline, and outside its text."""
        ancestors = list(el.iterancestors())
        if any(tag(x) in ("main", "article") or (x.get("role") or "").lower() == "main"
               for x in ancestors):
            return False
        return any(tag(x) == "header" or (x.get("role") or "").lower() == "banner"
                   for x in ancestors) or self._above_headline(el)


def _is_sidebar(el: Any) -> bool:
    return tag(el) == "aside" or (el.get("role") or "").lower() == "complementary"


def _own_links(item: Any) -> list[Any]:
    """The links of a list item outside the lists nested in it."""
    out = []
    for a in item.iter("a"):
        node = a.getparent()
        while node is not None and node is not item and tag(node) not in LIST_TAGS:
            node = node.getparent()
        if a.get("href") and node is item:
            out.append(a)
    return out

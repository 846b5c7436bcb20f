"""A menu's own title and where it is opened from: the heading a reader sees over the
whole menu (named by ``aria-labelledby``, standing just before it, or a table block's
title row), the control of another menu that opens it, and the walk back from a box to
what may title it.  A part of :class:`.PathLabels`: these lead every entry's path."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.common import is_descendant, is_under
from scraper.extract.pages.navigation.block_rows import BlockRows
from scraper.extract.pages.navigation.column_lines import holds_text_field
from scraper.extract.pages.navigation.controls import MenuControls
from scraper.extract.pages.navigation.hints import (
    HEADING_TAGS,
    LIST_TAGS,
    MENU_TOGGLE_FOLDED,
    PAGE_LEVEL,
    is_logo,
    names_site,
    strip_glyphs,
)
from scraper.extract.pages.navigation.memo import per_call, per_element
from scraper.extract.pages.navigation.page_header import heads_page_header
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import hidden_ancestor, is_hidden

# the class word that calls a line of words a title (a sidebar block's ``div.nav-title``;
# a header's "heading" line over its menu bar names the site, no group)
_TITLE_LINE_TOKENS = frozenset({"title"})


class MenuTitles(MenuControls, BlockRows):
    """The title over a whole menu and the control that opens it."""

    def _heads_link_lines(self, head: Any, rest: list[Any]) -> bool:
        """A heading (``<h4>``) holding its link over lines of one link each, of one
        tag (a page builder's paragraphs under "Newsroom"): its rank makes it the
        column's title, its link an entry too, as a link heading its list is."""
        return tag(head) in HEADING_TAGS and bool(rest) and all(
            tag(c) == tag(rest[0]) and tag(c) not in (*HEADING_TAGS, *LIST_TAGS)
            and len(self._links(c)) == 1 and not c.xpath(".//ul|.//ol") for c in rest)

    def _root_title(self, a: Any, root: Any) -> list[str]:
        """A section menu titled by a visible heading of its own, named as its label
        (``<nav aria-labelledby="t"><h2 id="t">Gender equality</h2>…``, Semantic UI's
        ``ui vertical menu`` with its ``h3.header`` item): the title a reader sees over
        every entry leads their paths, inside the menu or standing apart on view (a side
        column's ``<h3 id="t">`` over its ``<nav aria-labelledby="t">``, or just before
        the box: ``<h2>Section</h2><div id="menu_vert">``, or a table block's title
        row: :mod:`.block_rows`).  A label hidden from view (a
        screen reader's "Main menu") names it for assistive technology only.  A sidebar
        block read as a menu of its own is named by its title (:meth:`_block_title`)."""
        title, heads = self._root_heading(root)
        if heads and any(is_descendant(a, h) for h in heads):
            return []
        return list(title)

    @per_element
    def _root_heading(self, root: Any) -> tuple[list[str], list[Any]]:
        """The menu's title (:meth:`_root_title`) whatever its link, and the headings
        it is read from: a link inside them is titled by none."""
        if self._hinted and root in self._titled_blocks:
            # a run of titled blocks (:meth:`_titled_run`): each list under its heading
            title = strip_glyphs(self._block_title(root) or "")
            return ([title] if title else []), []
        if not root.get("aria-labelledby") and not self._own_heading(root):
            # a table block's title row over the row holding the menu alone: among
            # the page's several menus a "Main menu" title names its block
            row = self._block_row_title(root)
            if row and (len(self.menus) > 1 or fold(row) not in MENU_TOGGLE_FOLDED):
                return [row], []
        refs = [self._by_id.get(i) for i in (root.get("aria-labelledby") or "").split()]
        # a heading just before the box, no line of prose between (a page's headline over
        # its intro is the page's), when the box has no title of its own inside
        refs = refs or [self._heading_before_box(root)
                        if not self._own_heading(root) else self._opening_heading(root)]
        heads = [r for r in refs if r is not None
                 and (is_under(r, root) or hidden_ancestor(r) is None)   # on view
                 and (tag(r) in HEADING_TAGS or (r.get("role") or "") == "heading"
                      or self._title_line_over(r, root))]
        if not heads or len(heads) != len(refs):
            return [], []
        text = strip_glyphs(clean(" ".join(self._shown(h) for h in heads)))
        if fold(text) in MENU_TOGGLE_FOLDED or any(names_site(h) or heads_page_header(h)
                                                   for h in heads) \
                or titles_menu_bar(root, self._links(root)):
            # a drawer's "Menü" title names the whole menu, no group of it; the
            # header's headline names the site; a heading over a menu bar names the bar
            return [], heads
        return ([text] if text and len(text) <= 80 else []), heads

    def _heading_before_box(self, root: Any) -> Any:
        """What stands just before the menu, or else before the box that holds it and
        nothing else (a CMS module's ``h3.module-title`` over its
        ``div.module-content > ul.menu``): the module's title over its one list.  A
        title wrapped in boxes of its own (Joomla's ``div.module-header > … >
        h3.module-title``, drawn as the module's title bar) is that title."""
        node = root
        while True:
            prev = self._title_before(node, root, False)
            parent = node.getparent()
            if prev is not None or parent is None or tag(parent) in PAGE_LEVEL \
                    or self._links(parent) != self._links(root):
                return None if prev is None else self._wrapped_heading(prev)
            node = parent

    def _title_line_over(self, line: Any, root: Any) -> bool:
        """``line``, standing just before the menu, is drawn as its title though no
        heading: a line classed a title (``div.nav-title`` "More" over a sidebar's
        list of shortcuts) saying a few words, no link, no field, no list, no label
        ending in a colon (a search box's "Search:"), and it and the menu are all their
        box holds: the block's title over its one list."""
        if tag(line) not in ("div", "span", "p") \
                or not class_tokens(line) & _TITLE_LINE_TOKENS or self._links(line) \
                or line.xpath(".//ul|.//ol") or holds_text_field(line):
            return False
        text = strip_glyphs(self._shown(line))
        if not text or len(text) > 80 or is_prose(text) or text.rstrip().endswith(":"):
            return False
        box = line.getparent()
        shown = [c for c in box if isinstance(c.tag, str) and not is_hidden(c)
                 and (self._shown(c) or self._links(c))] if box is not None else []
        return len(shown) == 2 and shown[0] is line and is_descendant(root, shown[1])

    def _wrapped_heading(self, box: Any) -> Any:
        """The one heading ``box`` holds when it shows nothing else and links nowhere,
        wrapped in plain ``<div>`` boxes alone (drawing a title bar around it), else
        ``box`` itself: a page region (``<main>`` round the page's headline) is none."""
        if tag(box) != "div" or self._links(box):
            return box
        heads = [h for h in box.iter(*HEADING_TAGS) if self._shown(h)]
        if len(heads) == 1 and self._shown(heads[0]) == self._shown(box) \
                and all(tag(x) == "div" for x in heads[0].iterancestors()
                        if is_descendant(x, box)):
            return heads[0]
        return box

    def _opener_path(self, a: Any, root: Any, seen: tuple[Any, ...]) -> list[str]:
        """A menu drawn apart (a layer a component library renders at the end of the
        body) whose panel an item of another such menu opens: the opener's own path
        leads, as a third level opened from a second-level layer sits below both."""
        if root not in self.menus:
            return []   # a panel read under its control has that control's path already
        for panel in [a, *a.iterancestors()]:
            opener = self._opener(panel)
            if opener is not None and not is_under(opener, root):
                outer = next((m for m in self.menus if m is not root and is_under(opener, m)),
                             None)
                if outer is None or outer in seen:
                    return []   # layers naming each other: each read once
                return self._path(opener, outer, (*seen, root))
            if panel is root:
                break
        return []

    def _opener(self, panel: Any) -> Any | None:
        """The control that opens ``panel``: it points at it (``aria-controls``,
        ``aria-owns``), or the panel names it as its label and it says it opens a
        popup (``aria-haspopup``, ``aria-expanded``)."""
        control = self._controllers.get(panel.get("id") or "")
        if control is not None:
            return control
        refs = [self._by_id.get(i) for i in (panel.get("aria-labelledby") or "").split()]
        return next((x for x in refs if x is not None and (
            (x.get("aria-haspopup") or "false").lower() != "false"
            or x.get("aria-expanded") is not None)), None)

    def _opening_heading(self, root: Any) -> Any | None:
        """Among the page's several menu boxes (an older portal's side boxes, each
        ``div.box > div.box-title > h1`` over its ``<br>`` run of links), the heading a
        box opens with, a title holding no link: it names its box, one group of the
        site menu.  A single menu's own heading names the whole menu, no level of it."""
        if len(self.menus) < 2:
            return None
        first = next((a for a in root.iter("a") if a.get("href")), None)
        heads = list(root.iter(*HEADING_TAGS))
        head = heads[0] if len(heads) == 1 else None   # one title, over the whole box
        if head is None or first is None or self._links(head) \
                or self.doc.order.get(head, 0) > self.doc.order.get(first, 0):
            return None
        # the title stands apart from one box holding every link (its title box, then
        # its box of items); links standing beside it may be closed by a divider
        boxes = {next(c for c in [a, *a.iterancestors()] if c.getparent() is root)
                 for a in self._links(root)}
        return head if len(boxes) == 1 and not is_descendant(head, next(iter(boxes))) \
            and tag(next(iter(boxes))) != "a" else None

    def _own_heading(self, root: Any) -> bool:
        """The menu box opens with a heading of its own before its first link."""
        first = next((a for a in root.iter("a") if a.get("href")), None)
        return any(tag(h) in HEADING_TAGS and (first is None or self.doc.order.get(h, 0)
                                               < self.doc.order.get(first, 0))
                   for h in root.iter(*HEADING_TAGS))

    @per_call
    def _title_before(self, node: Any, root: Any, prose: bool = True) -> Any:
        """The sibling before ``node`` that may title it, or None: the walk back over
        what says nothing (comments, hidden or empty boxes, a menu's toggle or close
        button, a logo), then over a panel's lines of prose under its title."""
        prev = node.getprevious()
        # a search field between them (a wiki's title and subtitle over its search box,
        # then its contents) parts the box from what stands above
        while prev is not None and (not isinstance(prev.tag, str) or is_hidden(prev)
                                    or (not self._shown(prev) and not holds_text_field(prev))
                                    or self._is_menu_toggle(prev, root)
                                    or self._is_close_button(prev, prev.getparent())
                                    or is_logo(prev) or self._only_a_logo(prev)):
            prev = prev.getprevious()
        # a panel's line of prose under its title ("All 23 fields in which the OSCE
        # is active.") describes the list, its title stands above it
        while prose and prev is not None and not self._links(prev) \
                and is_prose(self._shown(prev)):
            prev = prev.getprevious()
            while prev is not None and not isinstance(prev.tag, str):
                prev = prev.getprevious()
        return prev

    @per_call
    def _outline_above(self, group: Any, root: Any) -> tuple[str, ...]:
        """The headings of higher rank over the heading titling ``group`` among its
        siblings, nearest first: a side menu written as a flat outline (``h2`` "Our
        work", ``h3`` "Fields of work", its list, ``h3`` "Meetings", its list, ``h2``
        …) nests each ``h3``'s list under the ``h2`` before it, as a ``<details>``
        among them stands under that ``h2`` (:meth:`_heading_over`)."""
        node = group
        for _ in range(3):   # the heading may stand before a box around the list
            if node is None or node is root:
                return ()
            head = self._title_before(node, root)
            if head is not None:
                break
            node = node.getparent()
        else:
            return ()
        if tag(head) not in HEADING_TAGS:
            return ()
        rank, out = int(tag(head)[1]), []
        for prev in head.itersiblings(preceding=True):
            if tag(prev) in HEADING_TAGS and int(tag(prev)[1]) < rank and not is_hidden(prev):
                text = strip_glyphs(self._shown(prev))
                if not text or len(text) > 80 or fold(text) in MENU_TOGGLE_FOLDED:
                    break   # "Menu" over the outline names the menu, no group of it
                out.append(text)
                rank = int(tag(prev)[1])
        return tuple(out)


def titles_menu_bar(branch: Any, links: list[Any]) -> bool:
    """``branch`` holds its ``links`` in a horizontal menu bar alone (``role="menubar"``,
    ARIA's persistent row of a menu's top items, horizontal unless its
    ``aria-orientation`` says otherwise): a heading over it ("Topics menu", which
    WET-BOEW writes bare and hides by its theme's stylesheet) titles the whole bar, as
    the bar's ``aria-label`` would, and a menubar's name is the menu's own, no level of
    it (:data:`.hints.GROUP_ROLES`).  A heading over a vertical list labels its links."""
    bars = [el for el in branch.iter() if isinstance(el.tag, str)
            and (el.get("role") or "").strip().lower() == "menubar"
            and (el.get("aria-orientation") or "").strip().lower() != "vertical"]
    return bool(bars and links) and all(any(is_descendant(a, b) for b in bars) for a in links)


def is_prose(text: str) -> bool:
    """A sentence (five words or more ending with a full stop), no group's title."""
    return len(text.split()) >= 5 and text.rstrip().endswith((".", "!", "…"))

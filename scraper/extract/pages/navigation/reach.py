"""Which links a reader can reach: on view, or inside a panel a reader opens (a
collapsed submenu, a drawer); not screen-reader-only links nor hidden copies of a
menu shown elsewhere."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract.pages.common import between, is_descendant, is_under
from scraper.extract.pages.navigation.base import NavigationPageBase, sole_wrapper
from scraper.extract.pages.navigation.hints import (
    COPY_MIN_LINKS,
    COPY_SHARE,
    INERT,
    ITEM_BOX_TOKENS,
    MENU_TOGGLE_FOLDED,
    is_logo,
    strip_glyphs,
)
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.navigation.screens import small_screen_only
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import (
    ARIA_HIDDEN,
    SCREEN_READER_ONLY,
    accessible_name,
    hidden_ancestor,
    hidden_kind,
    is_hidden,
)

# the words of a compound class (``MenuItem``, ``UITab``) that name its box an item or a
# tab of a menu, as the whole words of ``ITEM_BOX_TOKENS`` do; "itm" is the short form
# component libraries write (ICEfaces' ``div.iceMnuItm`` holding its hidden submenu)
ITEM_BOX_PARTS = frozenset({"item", "itm", "tab"})


class Reachability(NavigationPageBase):
    """Whether a link is one a reader can reach."""

    @per_element
    def _reachable(self, a: Any) -> bool:
        """A reader can see the link, now or by opening a submenu or a drawer.

        Screen-reader-only links (skip links) are not menu entries.  A hidden subtree
        counts only as a panel a reader opens (:meth:`_openable`); a hidden copy
        of a menu (the mobile, print or sticky-header duplicate, a ``<template>``)
        gives nothing; an image map's area is reached through the image showing it.
        """
        if tag(a) == "area" and not self._map_shown(a):
            return False
        kind = _hiding(a)
        if kind is not None and not (kind == ARIA_HIDDEN and self._in_collapsed_panel(a)):
            return False
        return self._reached_through(a.getparent())

    def _reached_through(self, box: Any) -> bool:
        """``box`` and every box around it let a reader reach what they hold (each box
        judged once a page, however many links stand in it)."""
        memo: dict[Any, bool] = self.__dict__.setdefault("_memo_reached_through", {})
        chain = []
        while box is not None and box not in memo:
            chain.append(box)
            box = box.getparent()
        ok = True if box is None else memo[box]
        for x in reversed(chain):
            ok = ok and self._lets_through(x)
            memo[x] = ok
        return ok

    def _lets_through(self, x: Any) -> bool:
        """A reader reaches what ``x`` holds: it is shown, or a panel a reader opens, or
        a script-built menu's <noscript> list (roots._menu_fallback)."""
        kind = _hiding(x)
        if self._menu_fallback(x):
            return True
        if kind is None:
            return not self._small_screen_twin(x)
        return kind != SCREEN_READER_ONLY and self._openable(x)

    def _small_screen_twin(self, box: Any) -> bool:
        """A box on view that its classes show on small screens only (``md:hidden``,
        ``d-lg-none``) whose links mostly stand on view elsewhere in a menu: the phone's
        layout of the menu beside the wide one (a footer site map's accordions before
        its ``hidden md:grid`` columns); a reader of the wide page never sees it.  So is
        an item or two of a menu on view so shown (a "Home" item for phones beside the
        wide menu's items)."""
        if not small_screen_only(box):
            return False
        links = self._links(box)
        if len(links) < COPY_MIN_LINKS:
            return bool(links) and self._wide_menu_beside(box)
        # the wide layout beside it: the links on view in the nearest box around it
        # holding others
        beside: set[str | None] = set()
        for outer in box.iterancestors():
            beside = {self.doc.absolute(a.get("href")) for a in self._links(outer)
                      if not is_descendant(a, box) and hidden_ancestor(a, outer) is None}
            if beside:
                break
        again = sum(1 for a in links if self.doc.absolute(a.get("href")) in beside)
        return again >= COPY_SHARE * len(links)

    def _in_collapsed_panel(self, a: Any) -> bool:
        """A link hidden from assistive technology by itself (``aria-hidden``,
        ``tabindex=-1``: Arc XP's closed flyout) inside a panel that a toggle on view
        opens (``aria-expanded``, naming the panel by ``aria-controls`` or labelling
        it): the collapsed submenu, hidden as it is closed; a reader opens it.  Not a
        hidden copy (the panel's links in a menu on view elsewhere), nor a duplicate
        link beside an item without a toggle (a card's image link, a carousel clone)."""
        for panel in a.iterancestors():
            control = self._controllers.get(panel.get("id") or "")
            if control is None:
                control = self._disclosure(panel)
            if control is not None:
                return control.get("aria-expanded") is not None \
                    and hidden_kind(control) is None and not self._is_copy(panel)
        return False

    def _map_shown(self, area: Any) -> bool:
        """An image on view uses the area's ``<map>`` (``usemap="#name"``): a map no
        image uses draws nothing."""
        names = {f"#{n}" for m in area.iterancestors("map")
                 for n in (m.get("name"), m.get("id")) if n}
        return any(img.get("usemap") in names and hidden_ancestor(img) is None
                   for img in self.doc.root.iter("img") if img.get("usemap"))

    @per_element
    def _openable(self, panel: Any) -> bool:
        """A hidden panel a reader opens: the panel a visible button controls, a submenu
        beside its item's label, or a drawer holding a menu of its own (opened by
        script) - unless a menu on view already holds its links (a copy)."""
        if tag(panel) in ("template", "noscript") or self._is_copy(panel) \
                or self._small_screen_copy(panel):
            return False
        if self._opened_in_place(panel) or self._labelled_dropdown(panel) is not None:
            return True
        if _switched_off_peer(panel):
            return False
        return bool(panel.xpath("boolean(descendant-or-self::*[self::ul or self::ol]"
                                "[count(.//a[@href]) >= 3])"))

    @per_element
    def _opened_in_place(self, panel: Any) -> bool:
        """A collapsed part of a menu: the panel a visible control opens, or a submenu
        beside its item's visible label (whatever hides it: ``aria-hidden`` too)."""
        control = self._controllers.get(panel.get("id") or "")
        if control is None:
            control = self._disclosure(panel)
        if control is not None and hidden_kind(control) is None:
            return True
        if self._popup_trigger(panel) is not None or self._item_disclosure(panel):
            return True
        # a panel wrapped in boxes holding nothing else (Foswiki's twisty: ``li >
        # div > div[style=display:none]`` after the ``div`` of its "#" toggle) stands
        # for its outermost wrapper among the item's children
        while sole_wrapper(panel.getparent()):
            panel = panel.getparent()
        parent = panel.getparent()
        # the item's box a theme wraps in its list item (XenForo's ``li > div.p-navEl``
        # holding the tab's link, its trigger and the dropdown) stands for the item
        if parent is not None and tag(parent) == "div" and _sole_child_of_item(parent):
            return any(isinstance(c.tag, str) and c is not panel and not is_hidden(c)
                       and (self.doc.element_text(c) or accessible_name(c)) for c in parent)
        if parent is None:
            return False
        if tag(parent) in ("li", "details") or (
                parent.get("role") or "").lower() in ("menuitem", "treeitem", "none"):
            return any(isinstance(c.tag, str) and c is not panel and not is_hidden(c)
                       and (self.doc.element_text(c) or accessible_name(c)) for c in parent)
        # a box a menu framework's class word names an item is such an item, as a list
        # item is: Semantic UI's ``div.ui.dropdown.item``, its words a bare text node
        # before the ``div.menu.transition.hidden`` it opens on hover, or a nested
        # ``div.item`` with its ``span.text``; so is a box whose class names it a menu's
        # item or tab in a compound word (eXo's ``div.MenuItem`` and ``div.UITab``, each
        # its link, then the hidden ``MenuItemContainer`` it opens on hover)
        return bool(ITEM_BOX_TOKENS.intersection((parent.get("class") or "").split())
                    or ITEM_BOX_PARTS & class_tokens(parent)) and bool(
            strip_glyphs(self._words_before(parent, panel)))

    def _words_before(self, box: Any, panel: Any) -> str:
        """The words ``box`` shows before ``panel``, one of its children."""
        parts = [box.text or ""]
        for child in box:
            if child is panel:
                break
            if isinstance(child.tag, str) and not is_hidden(child):
                parts.append(self.doc.element_text(child) or accessible_name(child))
            parts.append(child.tail or "")
        return clean(" ".join(parts))

    def _item_disclosure(self, panel: Any) -> bool:
        """A tree's collapsed branch: the hidden panel right after a disclosure button
        on view (``aria-expanded``, words of its own, no id named: BookStack's
        ``button.chapter-contents-toggle`` "2 pages" over a chapter's pages), inside a
        list item of the menu.  A small screen's "Menu" toggle stands before the whole
        menu, in no item of it."""
        if hidden_kind(panel) is None or not any(
                tag(x) == "li" for x in panel.iterancestors()):
            return False
        control = panel.getprevious()
        while control is not None and not isinstance(control.tag, str):
            control = control.getprevious()
        if control is None or control.get("aria-expanded") is None or not (
                tag(control) == "button" or (control.get("role") or "").lower() == "button"):
            return False
        words = strip_glyphs(self._shown(control))
        return hidden_kind(control) is None and bool(words) \
            and fold(words) not in MENU_TOGGLE_FOLDED

    def _disclosure(self, panel: Any) -> Any | None:
        """The control that says whether ``panel`` is open (``aria-expanded``) and names
        it (``aria-labelledby``) without pointing at it by ``aria-controls``: Vuetify's
        ``v-list-group`` header.  (A button with ``aria-expanded`` just before a hidden
        panel is no such sign: a small screen's "Menu" toggle stands so before the
        hidden mobile copy of the menu.)"""
        refs = [self._by_id.get(i) for i in (panel.get("aria-labelledby") or "").split()]
        return next((x for x in refs if x is not None and x.get("aria-expanded") is not None),
                    None)

    def _is_copy(self, panel: Any) -> bool:
        """Most of a hidden panel's links are in a menu on view elsewhere: a copy of the
        menu for another screen or for print (whatever extra links it has, a reader
        never sees it).  A collapsed part of a larger menu on view (an accordion group
        of a mega panel) is compared with that menu alone: a section's side menu
        repeating the group's pages ("In this section") is the repeat, not the group.
        A link named as a group toggle of such a menu is its group again: a sticky bar's
        links to the sections an accordion menu opens by buttons without an address.
        Sibling items' collapsed panels link across each other (a "Countries" panel
        and a "Structures" one both naming the Chairpersonship): neither makes the other
        a copy.  A hidden box no control opens, apart from any menu, is judged by its words too:
        its links showing the words of the menu's links (a sticky clone leading to
        ``/sticky/…`` addresses of its own) are that menu again, wherever they lead."""
        if panel not in self._copies:
            links = self._links(panel)
            home = self._menu_holding_part(panel)

            def apart(other: Any) -> bool:
                return not is_descendant(other, panel) and (
                    home is None or is_descendant(other, home)) \
                    and not self._later_collapsed(other, panel) \
                    and not _peer_panel(other, panel)

            elsewhere = sum(1 for a in links if any(
                apart(x) for x in self._available.get(self.doc.absolute(a.get("href")), ())
            ) or any(apart(x) and not self._opens(x, panel)
                     for x in self._toggles.get(fold(self._shown(a)), ()))
                or (home is None and any(apart(x) for x in self._worded.get(
                    fold(strip_glyphs(self._shown(a))), ()))))
            # a collapsed part of a menu sharing a single page with another part (a
            # forum's "New posts" under both "Forums" and "What's new") is no copy
            self._copies[panel] = bool(links) and elsewhere >= 0.5 * len(links) and (
                home is None or elsewhere >= 2 or len(links) == 1)
        return self._copies[panel]

    def _later_collapsed(self, other: Any, panel: Any) -> bool:
        """``other`` stands after ``panel`` in a collapsed twin of it, a panel holding
        the same addresses: two such twins (a drawer's "Fields of work" list and the
        sidebar's, each closed behind its own toggle) would each be the other's copy
        and give nothing; the first read is the menu's, the later one its repeat.  A
        hidden whole copy of the menu (a closed mobile drawer) is no twin of any of
        the menu's collapsed groups: it stays their copy."""
        order = self.doc.order
        if order.get(other, -1) <= order.get(panel, -1):
            return False
        twin = next((x for x in other.iterancestors() if hidden_kind(x) is not None), None)
        return twin is not None and self._addresses(twin) == self._addresses(panel)

    @per_element
    def _addresses(self, box: Any) -> frozenset[str | None]:
        """The addresses of ``box``'s links."""
        return frozenset(self.doc.absolute(a.get("href")) for a in self._links(box))

    def _opens(self, control: Any, panel: Any) -> bool:
        """``control`` opens ``panel`` or a panel around it (it names one by
        ``aria-controls``, or stands beside it): the panel's overview link named as
        its toggle is no repeat."""
        parent = control.getparent()
        return (parent is not None and is_descendant(panel, parent)) or any(
            x is not None and is_descendant(panel, x)
            for x in map(self._by_id.get, (control.get("aria-controls") or "").split()))

    @cached_property
    def _toggles(self) -> dict[str, list[Any]]:
        """Folded words → the controls on view that open a group of a menu on view
        (``aria-expanded``) and show those words."""
        out: dict[str, list[Any]] = {}
        for root in self._shown_roots:
            for control in root.xpath(".//*[@aria-expanded][not(@href)]"):
                words = fold(strip_glyphs(self._shown(control)))
                if words and self._in_view(control, root):
                    out.setdefault(words, []).append(control)
        return out

    @cached_property
    def _worded(self) -> dict[str, list[Any]]:
        """Folded shown words → the links and link toggles on view in the menus on view
        (collapsed submenus included) that show them."""
        out: dict[str, list[Any]] = {}
        for root in self._shown_roots:
            for a in self._links(root):
                words = fold(strip_glyphs(self._shown(a)))
                if words and self._in_view(a, root):
                    out.setdefault(words, []).append(a)
        return out

    def _menu_holding_part(self, panel: Any) -> Any | None:
        """The menu on view of which ``panel`` is a collapsed part: a submenu it opens in
        place, holding at most half of its links (a whole menu's hidden copy in the same
        box holds them all)."""
        if not self._opened_in_place(panel):
            return None
        # a dropdown its trigger opens beside it is one item's popup, however many of the
        # menu's few links it holds, unless it holds the whole menu
        dropdown = self._popup_trigger(panel) is not None
        home = next((root for root in self._shown_roots if is_under(panel, root)
                     and (2 * self._link_count(panel) <= self._link_count(root) or (
                         dropdown and not self._opens_whole_menu(panel, root)))), None)
        return home if home is not None else self._opener_menu(panel)

    def _opener_menu(self, panel: Any) -> Any | None:
        """The menu on view holding the item that opens ``panel`` from apart (an
        exporter writes each button's popup after the button bar, tied to its button by
        the id its pointer handler names): the popup is that item's collapsed group, a
        part of that menu wherever its markup stands.  A small screen's "Menu" button
        opens the whole menu, no group of it."""
        control = self._controllers.get(panel.get("id") or "")
        if control is None or hidden_kind(control) is not None:
            return None
        words = fold(strip_glyphs(self._shown(control) or accessible_name(control)))
        if not words or words in MENU_TOGGLE_FOLDED:
            return None
        return next((root for root in self._shown_roots if is_under(control, root)
                     and not is_under(panel, root) and hidden_ancestor(control, root) is None
                     and not self._opens_whole_menu(panel, root)), None)

    def _small_screen_copy(self, panel: Any) -> bool:
        """A hidden panel its classes, or its opener's, show on small screens only
        (``lg:hidden``, ``d-lg-none``) while a menu is on view for wide ones: the small
        screen's menu, whatever links it holds beyond the wide one's; a reader of the
        wide page never opens it."""
        return self._for_small_screens(panel) and self._wide_menu_beside(panel)

    def _wide_menu_beside(self, box: Any) -> bool:
        """A menu holds links on view outside ``box``: the wide screen's.  (When all a
        navbar's links are in ``box``, Bootstrap Italia's navbar-collapsable shown on
        wide screens by the style sheet, ``box`` is the only menu, the one a wide
        screen shows.)"""
        return any(sum(1 for a in self._links(root) if not is_descendant(a, box)
                       and self._in_view(a, root)) >= COPY_MIN_LINKS
                   for root in self._shown_roots)

    @cached_property
    def _copies(self) -> dict[Any, bool]:
        return {}

    @cached_property
    def _available(self) -> dict[str | None, list[Any]]:
        """Address → links of the menus on view (collapsed submenus included); links in
        the page's text do not count (a section page lists its own submenu's pages)."""
        out: dict[str | None, list[Any]] = {}
        for root in self._shown_roots:
            for a in self._links(root):
                if self._in_view(a, root):
                    out.setdefault(self.doc.absolute(a.get("href")), []).append(a)
        return out

    def _in_view(self, a: Any, root: Any) -> bool:
        """On view in ``root`` or in a collapsed part of it; a hidden whole copy beside
        the menu in the same box (Elementor's mobile ``nav`` after the desktop one)
        holds nothing a reader sees."""
        for x in a.iterancestors():
            if x is root:
                return True
            if hidden_kind(x) is not None and not self._opened_in_place(x):
                return False
        return True

    def _opens_whole_menu(self, panel: Any, root: Any) -> bool:
        """The panel holds every top-level item of the menu (or, a menu without list
        items, nearly all its links).  A menu whose only list is in one panel while
        links stand beside that panel in no list (Headless UI's header: popovers of bare
        links and direct links beside the one mega panel with lists) has its top level
        outside any list: the panel is one group of it."""
        if self._link_count(panel) >= 0.9 * self._link_count(root):
            return True
        top = root.xpath(".//li[not(ancestor::li)]")
        if len(top) < 2 or not all(is_descendant(li, panel) for li in top):
            return False
        beside = [a for a in self._links(root) if not is_descendant(a, panel)
                  and not any(tag(x) == "li" for x in a.iterancestors())
                  and not is_logo(a) and self._in_view(a, root)]
        return len(beside) < COPY_MIN_LINKS



def _sole_child_of_item(box: Any) -> bool:
    """``box`` is all a list item holds (no words beside it)."""
    item = box.getparent()
    return item is not None and tag(item) == "li" and not (item.text or "").strip() \
        and [c for c in item if isinstance(c.tag, str)] == [box] \
        and not (box.tail or "").strip()


def _switched_off_peer(box: Any) -> bool:
    """A box hidden whole, its own heading in it, among peers on view of its tag and
    class (a wiki's "Tools" portlet a script hides for anonymous readers beside the
    sidebar's other portlets): no control opens it, no reader reaches it.  A drawer
    stands apart from the menu it repeats, not as one of its blocks."""
    classes = _class_words(box)
    if not classes or not box.xpath("./*[self::h1 or self::h2 or self::h3 or self::h4 "
                                    "or self::h5 or self::h6 or @role='heading']"):
        return False
    parent = box.getparent()
    peers = [x for x in (parent if parent is not None else ()) if x is not box
             and isinstance(x.tag, str) and tag(x) == tag(box) and classes <= _class_words(x)]
    return bool(peers) and all(hidden_kind(x) is None for x in peers)


def _class_words(el: Any) -> set[str]:
    """The words of ``el``'s class attribute (a peer's state words beside them:
    ``portal expanded``, ``portal collapsed``)."""
    return set((el.get("class") or "").split())


def _hiding(x: Any) -> str | None:
    """How ``x`` hides what it holds; an inert drawer cannot be used until a script
    opens it: a hidden panel."""
    return hidden_kind(x) or (INERT if x.get("inert") is not None else None)


def _peer_panel(other: Any, panel: Any) -> bool:
    """``other`` stands collapsed in another item of the list whose item holds ``panel``:
    a sibling dropdown of the same menu, no menu on view that ``panel`` repeats."""
    item = next(panel.iterancestors("li"), None)
    if item is None:
        return False
    lst = item.getparent()
    for x in other.iterancestors():
        if x is item:
            return False
        if x.getparent() is lst and tag(x) == "li":
            return any(hidden_kind(y) is not None for y in between(other, x))
    return False

"""Where the menus are: navigation landmarks and menu-classed boxes, not breadcrumbs,
pagers, language switchers or footers; failing those, a footer's or a site map page's
columns of link lists."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract.pages.common import is_under
from scraper.extract.pages.navigation.bars import AsideBars
from scraper.extract.pages.navigation.buttons import ImageButtons
from scraper.extract.pages.navigation.content_box import content_box
from scraper.extract.pages.navigation.header_tools import beside_landmarks
from scraper.extract.pages.navigation.hints import (
    COPY_MIN_LINKS,
    COPY_SHARE,
    FORM_FIELDS,
    IMAGE_MENU_MIN_AREAS,
    PAGE_LEVEL,
    SCROLL_COPY_WORDS,
    SMALL_SCREEN_WORDS,
    inert,
    is_menu_landmark,
    labelled_navigation,
    menu_hinted,
)
from scraper.extract.pages.navigation.layout import beside_copyright
from scraper.extract.pages.navigation.looks import pinned_to_screen
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.navigation.not_menu import NotMenuBoxes
from scraper.extract.pages.navigation.screens import small_screen_only, wide_screen_only
from scraper.extract.pages.navigation.site_maps import SiteMaps
from scraper.extract.structure import class_tokens, tag
from scraper.extract.visible import hidden_ancestor


class MenuRoots(AsideBars, ImageButtons, NotMenuBoxes, SiteMaps):
    """The menu roots of the page (what is no menu: :mod:`.not_menu`)."""

    @cached_property
    def menus(self) -> list[Any]:
        """Menu roots (outermost), not breadcrumbs, pagers, language or footer links;
        failing those, a site map, and failing that the menus of an older layout read
        by their shape (:mod:`.layout`); and a list shaped like a menu where hints are
        missing or weak (:mod:`.shape`); and a script-built menu's ``<noscript>`` list
        (:meth:`_menu_fallback`)."""
        if self._named_menus:
            # a weak hint (a header's service row) beside an unhinted menu: both
            # and so a sidebar of titled link blocks (:attr:`_titled_blocks`)
            found = sorted(self._hinted + self._shaped_menu + self._titled_blocks
                           + self._drawer_lists,
                           key=lambda el: self.doc.order.get(el, 0))
            found = [r for r in found if not self._small_screen_menu(r, found)
                     and not self._aside_bar(r, found) and not self._band_not_map(r)]
        else:
            # an image map is a menu drawn as a picture, no hint naming one: the page's
            # other menus are still read by their shape (a left column of titled link
            # groups); the layers its areas open are read under them, not on their own
            maps = self._hinted
            opened = [self._by_id[i] for m in maps for a in self._links(m)
                      for i in self._opened_by(a) if i in self._by_id]
            found = [r for r in self._layout_menus or self._shaped_menu
                     if not any(r is p or is_under(r, p) for p in opened)]
            found = sorted(found + [m for m in maps if not any(is_under(m, f) for f in found)],
                           key=lambda el: self.doc.order.get(el, 0))
        # a script-built menu's <noscript> list, after the menu it repeats and extends
        # (one inside a menu found is read there)
        fallbacks = [lst for box in self.doc.root.iter("noscript") if self._menu_fallback(box)
                     for lst in _top_lists(box) if not any(is_under(lst, r) for r in found)]
        return sorted(found + fallbacks, key=lambda el: self.doc.order.get(el, 0)) \
            if fallbacks else found

    @per_element
    def _menu_fallback(self, box: Any) -> bool:
        """A ``<noscript>`` fallback of a script-built menu: it holds a link list that
        repeats the links of a menu on view and extends them (HierMenus, Milonic,
        TreeMenu: a top bar of links whose flyouts a script builds from arrays, and a
        nested list in ``<noscript>`` printing the same tree).  With scripts the
        flyouts show that tree, without them the list does: either way a reader
        reaches its links, labelled as the list labels them.  Any other ``<noscript>``
        (a tracking pixel, a "please enable JavaScript" line, a copy of the menu adding
        nothing) gives nothing."""
        if tag(box) != "noscript" or any(tag(x) == "template" for x in box.iterancestors()):
            return False
        inside = {self.doc.absolute(a.get("href")) for lst in _top_lists(box)
                  for a in self._links(lst)}
        if len(inside) < COPY_MIN_LINKS:
            return False
        for root in self._shown_roots:
            shown = {self.doc.absolute(a.get("href")) for a in self._links(root)
                     if hidden_ancestor(a, root) is None}
            again = len(shown & inside)
            if again >= COPY_MIN_LINKS and again >= COPY_SHARE * len(shown) \
                    and len(inside) > len(shown):
                return True
        return False

    def _small_screen_menu(self, root: Any, roots: list[Any]) -> bool:
        """A menu named for small screens (``#td-mobile-nav``, ``mobile-menu``) whose
        links mostly stand in another menu not so named: the drawer copy a theme prints
        for phones, hidden by its style sheet alone, before or after the menu a wide
        screen shows; it gives nothing, whatever it adds (its social icons).  So too a
        menu named for the scrolled page (``sticky-nav``: Largo's clone of the main
        menu before the header, shown on scroll, with its logo and a "Subscribe" link)
        whose links mostly stand in a menu named neither way."""
        sticky = self._named_for(root, SCROLL_COPY_WORDS)
        if not (sticky or self._named_small_screen(root)):
            return False
        elsewhere = {self.doc.absolute(a.get("href")) for r in roots
                     if r is not root and not is_under(r, root) and not is_under(root, r)
                     and not self._named_small_screen(r)
                     and not (sticky and self._named_for(r, SCROLL_COPY_WORDS))
                     for a in self._links(r)}
        hrefs = [self.doc.absolute(a.get("href")) for a in self._links(root)]
        again = sum(1 for u in hrefs if u in elsewhere)
        return again >= COPY_MIN_LINKS and again >= COPY_SHARE * len(hrefs)

    def _named_small_screen(self, root: Any) -> bool:
        """The menu's box or its top list is named for phones, or its box's class shows
        it on small screens only (Bootstrap's offcanvas drawer ``d-lg-none``, Tailwind's
        ``lg:hidden``); not a box around it (Squarespace's ``header-mobile-layout-…``
        describes how the header lays out).  Or a box around it is opened only by a
        burger hidden on wide screens (Bootstrap's ``offcanvas`` drawer that the
        ``navbar-toggler`` of a ``navbar-expand-lg`` opens).  Never a menu whose box
        or top list a class hides on small screens only (``is-hidden-mobile``,
        ``hidden-xs``, ``d-none d-md-block``): that is the wide screen's copy, though
        the class's own words name phones."""
        tops = root.xpath(".//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol)]")
        if any(wide_screen_only(x) for x in [root, *tops]):
            return False
        return MenuRoots._named_for(root, SMALL_SCREEN_WORDS) or small_screen_only(root) or any(
            self._opened_by_burger(x) for x in [root, *root.iterancestors()] if x.get("id")) \
            or self._drawer_of_small_screens(root)

    @per_element
    def _drawer_of_small_screens(self, root: Any) -> bool:
        """An off-canvas drawer (named ``offcanvas``) whose every toggle outside it,
        named for the drawer too, shows on small screens only: the burger's drawer,
        opened by a script naming no id (Helix's ``a#offcanvas-toggler.d-lg-none`` and
        its ``div.offcanvas-menu`` at the end of the body)."""
        if not any(DRAWER_WORDS & class_tokens(x) for x in [root, *root.iterancestors()]
                   if tag(x) not in PAGE_LEVEL):
            return False
        toggles = [c for c in self.doc.root.iter("a", "button")
                   if DRAWER_WORDS & class_tokens(c) and not is_under(c, root)
                   and not any(DRAWER_WORDS & class_tokens(x) for x in c.iterancestors()
                               if tag(x) not in PAGE_LEVEL)]
        return bool(toggles) and all(small_screen_only(c) for c in toggles)

    @staticmethod
    def _named_for(root: Any, words: frozenset[str]) -> bool:
        """The menu's box or its top list has a class or id word of ``words``."""
        tops = root.xpath(".//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol)]")
        return any(class_tokens(x) & words for x in [root, *tops])

    @cached_property
    def _named_menus(self) -> list[Any]:
        """The hinted menus but image maps: the menus the page names as such."""
        return [r for r in self._hinted if tag(r) != "map"]

    @cached_property
    def _hinted(self) -> list[Any]:
        """The menus a page names (landmark, role, class), or else its site map."""
        roots: list[Any] = []
        holders: list[Any] = []   # boxes named menus by a class word, read by their landmarks
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str) or not self._is_menu(el):
                continue
            el = _button_row(el)
            if any(r is el or is_under(el, r) for r in roots) or beside_landmarks(el, holders) \
                    or _in_template(el):
                continue
            if self._excluded(el) or self._is_item_list(el) or self._is_form_box(el):
                continue   # "Latest news" headlines (mat-nav-list), a login box: no menu
            if self._by_footer(el):
                continue   # after the page's text, by its copyright line or footer
            roots = [r for r in roots if not is_under(r, el)]
            roots.extend(within := self._landmarks_within(el))
            holders += [el] if within != [el] else []
        if roots:
            # a page naming its menu: a row of section tabs or image buttons above the
            # headline is its top level (Lenya's tabs over its ``td#menu``; :mod:`.buttons`)
            # (neither inside a menu nor around one)
            taken = {x for r in roots for x in (*r.iter(), *r.iterancestors())}
            tabs = [el for el in self.doc.root.iter() if isinstance(el.tag, str)
                    and el not in taken
                    and (self._site_tabs(el) or self._image_buttons(el)) and not _in_template(el)]
            roots = sorted(roots + tabs, key=lambda el: self.doc.order.get(el, 0))
        # a panel a menu's control opens (an overlay rendered at the end of the body) is
        # read under that control (see NavigationPage._menu_links), not on its own
        roots = [r for r in roots if not self._opened_from(r, roots)]
        if roots and all(self._layer_of_unnamed(r, roots) for r in roots):
            return []   # the page names no menu: its column of rollover links is read by shape
        return roots or self._site_maps

    def _layer_of_unnamed(self, root: Any, roots: list[Any]) -> bool:
        """``root`` is a hidden layer (a ``div.submenu`` a Dreamweaver rollover shows)
        that a link standing outside every named box opens: a submenu of that link's
        menu, which names itself nowhere, no menu of its own."""
        control = self._controllers.get(root.get("id") or "")
        return control is not None and tag(control) in ("a", "area") \
            and hidden_ancestor(root) is not None \
            and not any(control is r or is_under(control, r) for r in roots)

    def _by_footer(self, el: Any) -> bool:
        """A hinted box the footer's: a row after the headline by the copyright line,
        or a link list in the band of columns right over the footer (:mod:`.footer_band`).
        A bar pinned to the screen (an app's bottom tab bar, written after the page's
        text) stands by no line of it: where the markup puts it says nothing."""
        return (self._below_headline(el) and beside_copyright(el, self.doc.element_text)
                and not pinned_to_screen(el)) or self._in_footer_band(el)

    def _band_not_map(self, root: Any) -> bool:
        """A menu found in the band over the footer that is not its site map read as
        the page's only menu (a column of it read by its shape)."""
        return self._in_footer_band(root) and not any(root is m for m in self._site_maps)

    def _in_footer_band(self, el: Any) -> bool:
        """``el`` stands in a band of link columns right over the footer."""
        return any(el is b or is_under(el, b) for b in self._footer_bands)

    def _opened_from(self, panel: Any, roots: list[Any]) -> bool:
        """``panel`` is the popup of a menu item in another root: a menu trigger
        (``aria-haspopup``) or a tree item owning it names it; a drawer's toggle
        ("Menu") opens a menu of its own."""
        ident = panel.get("id") or ""
        control = self._controllers.get(ident)
        if control is None or is_under(control, panel):
            return False
        # a layer an older site's script shows when its link is pointed at is a popup too
        popup = (control.get("aria-haspopup") or "false").lower() not in ("false", "dialog") \
            or ident in self._shown_by_script(control)
        owned = ident in (control.get("aria-owns") or "").split()
        return (popup or owned) and any(r is not panel and is_under(control, r) for r in roots)

    def _is_form_box(self, el: Any) -> bool:
        """A box whose every link stands in a form it holds, with fields to fill: a
        login box ("Sign up", "Forgot password?") or a poll ("Old polls") an older
        portal's theme calls a menu as it calls every side block; the form's own links,
        no menu.  A form wrapping the whole page (ASP.NET's) holds the menu, not the
        reverse."""
        links = self._links(el)
        forms = [f for f in el.iter("form") if f.xpath(FORM_FIELDS)]
        return bool(links and forms) and all(any(is_under(a, f) for f in forms) for a in links)

    def _landmarks_within(self, el: Any) -> list[Any]:
        """A box named a menu by a class word alone (``header-layout-nav-right``) holding
        landmarks: they are the menus, not the button or icons beside them."""
        if is_menu_landmark(el):
            return [el]
        inner = [x for x in el.iterdescendants() if isinstance(x.tag, str)
                 and is_menu_landmark(x) and not self._excluded(x) and not _in_template(x)]
        inner = [x for x in inner if not any(is_under(x, y) for y in inner)]
        return inner or [el]

    @property
    def _shown_roots(self) -> list[Any]:
        """Menus on view (their submenus may be collapsed), found once a page.

        Finding them may ask again (an image map's areas are judged by whether a
        reader reaches them, and a hidden panel holding them by the menu on view it is
        part of): asked while they are being found, the menus on view are those found
        so far, so that no page sends the reader round in circles."""
        found: list[Any] | None = self.__dict__.get("_shown_roots_found")
        if found is not None:
            return found
        finding: list[Any] | None = self.__dict__.get("_shown_roots_finding")
        if finding is not None:
            return list(finding)
        roots: list[Any] = []
        self.__dict__["_shown_roots_finding"] = roots
        try:
            found = self._find_shown_roots(roots)
        finally:
            del self.__dict__["_shown_roots_finding"]
        self.__dict__["_shown_roots_found"] = found
        return found

    def _find_shown_roots(self, roots: list[Any]) -> list[Any]:
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str) or any(is_under(el, r) for r in roots):
                continue
            if self._is_menu(el) and hidden_ancestor(el) is None and not inert(el) \
                    and len(self._links(el)) >= 3 and not self._excluded(el):
                roots.append(el)
        return roots

    def _is_menu(self, el: Any) -> bool:
        if tag(el) in ("html", "body", "main"):
            return False   # their classes describe the page ("has-offcanvas")
        if tag(el) == "map":
            return self._is_image_menu(el)
        # a tree of links (role=tree) is a site tree: the menu of a documentation-style site
        if tag(el) == "nav" or (el.get("role") or "").lower() in ("navigation", "menubar") or (
                (el.get("role") or "").lower() == "tree" and el.xpath(".//a[@href]")):
            return True
        # a box the screen reader announces as the navigation is one, however classed;
        # a class word names no menu on the content's own box (content_box.py)
        hinted = labelled_navigation(el) or (menu_hinted(class_tokens(el)) and not
                                             content_box(el, self._holds_headline(el)))
        return hinted and any(self._address(a) for a in el.xpath(".//a[@href]"))

    def _is_image_menu(self, el: Any) -> bool:
        """An image map on view, outside the page's text, leading to a few of the
        site's pages: a menu drawn as one image (an older site's button row).  An image
        the map is drawn on shown after the page's headline (a clickable map of the
        field offices among the body's paragraphs) illustrates the text: no menu."""
        links = [a for a in self._links(el) if self._reachable(a)]
        if len(links) < IMAGE_MENU_MIN_AREAS or el.xpath(
                "ancestor::*[self::main or self::article or @role='main']"):
            return False
        name = (el.get("name") or el.get("id") or "").strip()
        images = [i for i in self.doc.root.iter("img")
                  if (i.get("usemap") or "").strip().lstrip("#") == name] if name else []
        return not images or not all(self._below_headline(i) for i in images)




def _button_row(el: Any) -> Any:
    """A cell named a menu in a row of like cells, each holding a link (a forum's navbar:
    ``td#navbar_search.vbmenu_control`` among the ``td.vbmenu_control`` buttons, its id
    naming the item, not the bar) is one button of the bar: the bar is its table."""
    row = el.getparent()
    if tag(el) not in ("td", "th") or row is None or tag(row) != "tr":
        return el
    cells = [c for c in row if isinstance(c.tag, str)]
    table = next(row.iterancestors("table"), None)
    if table is None or len(cells) < COPY_MIN_LINKS or not el.get("class") or any(
            c.get("class") != el.get("class") or not c.xpath(".//a[@href]") for c in cells):
        return el
    return table


def _top_lists(box: Any) -> list[Any]:
    """The outermost lists in ``box``."""
    return list(box.xpath(".//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol)]"))


# the class or id word of a drawer sliding in from the page's edge, and of its toggles
DRAWER_WORDS = frozenset({"offcanvas"})


def _in_template(el: Any) -> bool:
    """Markup a script may clone into the page later (``<template>``, ``<noscript>``):
    no menu on view."""
    return any(tag(a) in ("template", "noscript") for a in [el, *el.iterancestors()])

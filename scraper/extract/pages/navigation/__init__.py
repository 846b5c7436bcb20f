"""The site menu: one raw record per menu entry (name, url, path of ancestors).

The reader is split by concern, one mixin a module: :mod:`.roots` (where the menus
are), :mod:`.reach` (which links a reader can reach), :mod:`.paths` (the group labels
above a link; :mod:`.widgets` those a widget's markup convention gives),
:mod:`.layout` and :mod:`.columns` (the menus of a page without any menu hint, read
by their shape: link bars and link columns under title lines), :mod:`.shape` (a list
shaped like the site menu where hints are missing or weak), :mod:`.bars` (a reader's
bar and an app's toolbar named like menus, no menu); the state they share is
:mod:`.base`, the vocabulary :mod:`.hints`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Any

from scraper.extract.pages.common import between, is_descendant
from scraper.extract.pages.navigation.account import is_own_account, names_account
from scraper.extract.pages.navigation.chrome import (
    is_create_action,
    is_edit_action,
    is_page_tool,
    is_platform_credit,
    is_session_link,
    prints_page,
)
from scraper.extract.pages.navigation.hints import (
    COPY_MIN_LINKS,
    COPY_SHARE,
    FOOTER_WORDS,
    FORM_FIELDS,
    LIST_TAGS,
    MENU_TOKENS,
    RANK_WORDS,
    SOCIAL_WORDS,
    is_footer,
    is_language_link,
    is_logo,
    is_words,
    ranked_menu_words,
    strip_glyphs,
)
from scraper.extract.pages.navigation.link_parts import is_description
from scraper.extract.pages.navigation.own_dropdowns import OwnDropdowns
from scraper.extract.pages.navigation.pagers import steps_by_tooltip
from scraper.extract.pages.navigation.paths import PathLabels
from scraper.extract.pages.navigation.ranked import SERVICE_ROW_WORDS
from scraper.extract.pages.navigation.reach import Reachability
from scraper.extract.pages.navigation.roots import MenuRoots
from scraper.extract.pages.navigation.service_rows import service_landmark_words
from scraper.extract.pages.navigation.shape import ShapedMenus
from scraper.extract.pages.navigation.site_logo import (
    copies_logo,
    logo_addresses,
    pictured_logo,
    titles_site,
)
from scraper.extract.structure import HEADINGS, class_tokens, tag
from scraper.extract.text import clean
from scraper.extract.visible import accessible_name, hidden_ancestor, is_hidden, spoken_text


class NavigationPage(MenuRoots, Reachability, PathLabels, ShapedMenus, OwnDropdowns):
    """The menu entries of one page; ``entries()`` lists them in reading order."""

    # ------------------------------------------------------------------ entries
    def entries(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for root in self.menus:
            # a site map read from the footer: its parts' "footer-…" classes say where
            # they sit, not that they are no menu; a "secondary" row inside the menu is
            # its second row, not another menu
            in_footer = any(is_footer(x) or x in self._footer_bands
                            for x in [root, *root.iterancestors()])
            ignored = RANK_WORDS | (FOOTER_WORDS if in_footer else frozenset()) \
                | (SERVICE_ROW_WORDS if ranked_menu_words(root) or service_landmark_words(root)
                   else frozenset())
            excluded: dict[Any, bool] = {}
            read: dict[str, Any] = {}   # address → the link a reader met it at first
            copies: dict[Any, bool] = {}
            for a, box, above in self._menu_links(root):
                url = self._address(a)
                copied = any(self._repeats_read(lst, read, copies)
                             for lst in a.iterancestors(*LIST_TAGS) if is_descendant(lst, box))
                if not url or self._jumps_on_page(a) or not self._reachable(a):
                    continue   # a hidden copy read first is no menu read before the next
                read.setdefault(url, a)
                if url in seen or copied:
                    continue
                if any(self._inner_excluded(x, box, excluded, ignored)
                       for x in between(a, box)[1:]):
                    continue
                if is_logo(a) or pictured_logo(a, url, self.doc.url) or self._in_item_list(a, box) \
                        or self._opens_form(a):
                    continue   # the logo leads home; headlines lead to items: no entries
                # "Edit this page", "Powered by GitBook", "Log in", a wiki's "Create New
                # Topic" or a missing page's "?": no site menu
                if is_page_tool(url) or is_platform_credit(url) or is_session_link(url) \
                        or is_edit_action(url) or prints_page(url, self._page_on_view[0]):
                    continue
                # an icon's accessible name ("Home", "Contacts"): its label, else the
                # screen-reader words that are all it says (an SLDS icon link's
                # ``slds-assistive-text`` "Search"), and only then its tooltip
                # (``title``), as a screen reader names it (WAI accname: content first)
                name = strip_glyphs(self._link_name(a))
                icon = not is_words(name)   # a symbol drawn as a character ("⚙"): an icon
                if icon:
                    name = accessible_name(a, tooltip=False) \
                        or strip_glyphs(spoken_text(a)) or accessible_name(a) or name
                    if steps_by_tooltip(name):
                        continue   # a chevron to the page before or after: a pager's step
                if not name or is_language_link(a, name, self.doc.lang):
                    continue   # the page in another language is no part of the site menu
                if copies_logo(self._logo_addresses, url, name) \
                        or titles_site(self._logo_addresses, url, a):
                    continue   # the site's name leading where its logo leads: the logo again
                if self._counter_badge(a, name):
                    continue   # the bell's count of new notifications: no place
                if is_own_account(url, name, icon, a, box) or is_create_action(name) \
                        or url in self._own_dropdown_addresses(root):
                    continue   # "My profile", the cart, "Create topic": the reader's own
                path = above + self._path(a, box)
                if any(names_account(label) for label in path):
                    continue   # under a "My account" title: the reader's own links
                seen.add(url)
                out.append({"name": name, "url": url, "path": path})
        return out

    def _own_dropdown_addresses(self, root: Any) -> set[str]:
        """Where the reader's own dropdowns in ``root`` lead (:meth:`_own_dropdown`):
        a link of the menu leading there too (their name beside their avatar, leading
        to the dashboard the dropdown offers) is theirs as well, no place of the site."""
        cache: dict[Any, set[str]] = self.__dict__.setdefault("_own_dropdown_urls", {})
        if root not in cache:
            cache[root] = {u for box in root.iter() if isinstance(box.tag, str)
                           and tag(box) not in ("a", "li") and self._own_dropdown(box)
                           for a in self._links(box) if (u := self._address(a))}
        return cache[root]

    @cached_property
    def _logo_addresses(self) -> set[str]:
        return logo_addresses(self.doc, self.doc.root.iter("a"))

    def _menu_links(self, root: Any, above: tuple[str, ...] = (),
                    opened: set[Any] | None = None) -> Iterator[tuple[Any, Any, list[str]]]:
        """(link, the box its path is read in, the labels above that box), in reading
        order: the menu's links, and after a control of the menu the panel it opens
        from elsewhere in the page (a mega panel rendered at the end of the body, an
        overlay menu whose items open overlays of their own)."""
        opened = {root} if opened is None else opened
        # a control holding its link (a button cell whose pointer shows the flyout,
        # ``<td onmouseover="showFly('fly_about', this)"><a>About</a></td>``) is read
        # whole, its link first, before the panel it opens
        pending: list[tuple[Any, list[Any]]] = []
        for el in root.iter():
            while pending and not is_descendant(el, pending[-1][0]):
                yield from self._panel_links(*pending.pop(), root, above, opened)
            if tag(el) in ("a", "area"):
                yield el, root, list(above)
            panels = [p for p in self._portals(el, root) if p not in opened]
            opened.update(panels)   # panels opening each other: each read once
            if panels:
                pending.append((el, panels))
        while pending:
            yield from self._panel_links(*pending.pop(), root, above, opened)

    def _panel_links(self, control: Any, panels: list[Any], root: Any,
                     above: tuple[str, ...], opened: set[Any]
                     ) -> Iterator[tuple[Any, Any, list[str]]]:
        """The links of the panels ``control`` opens, under its shown words."""
        label = strip_glyphs(self._shown(control)) or accessible_name(control)
        for panel in panels:
            yield from self._menu_links(
                panel, (*above, *self._path(control, root), *([label] if label else [])),
                opened)

    def _repeats_read(self, lst: Any, read: dict[str, Any], verdicts: dict[Any, bool]
                      ) -> bool:
        """A list of the menu whose links mostly lead where the menu's links before it
        led, each at its own level: the menu again, for another screen (the small
        screen's drawer inside the navbar, hidden by its style sheet); whatever it adds,
        a reader of the page on view never sees it.  Judged on the links read before
        the list's first one.  A bar naming pages from deep in the menu's submenus at
        its top (a row of popular topics) is no copy: its new links are entries."""
        if lst not in verdicts:
            links = self._links(lst)
            again = 0
            for a in links:
                first = read.get(self._address(a) or "")
                if first is not None and _depth(first, lst) <= _depth(a, lst):
                    again += 1
            verdicts[lst] = len(links) >= COPY_MIN_LINKS and again >= COPY_SHARE * len(links)
        return verdicts[lst]

    def _portals(self, control: Any, root: Any) -> list[Any]:
        """Panels outside the menu that ``control`` (on view) opens; not a menu read on
        its own (a drawer of its own, a copy)."""
        refs = self._opened_by(control) if isinstance(control.tag, str) else []
        if not refs or hidden_ancestor(control, root) is not None:
            return []
        out = []
        for ref in refs:
            panel = self._by_id.get(ref)
            if panel is None or not self._link_count(panel) or any(
                    is_descendant(panel, m) or is_descendant(m, panel) for m in self.menus):
                continue
            if self._small_screen_copy(panel):
                continue   # the burger's drawer for phones: the menu again, no panel of it
            out.append(panel)
        return out

    def _opens_form(self, a: Any) -> bool:
        """A link that pops up a form to fill (``aria-haspopup``, its panel named by
        ``aria-controls`` or standing right after it: XenForo's search icon opening
        the quick-search box) is that form's control, as the search box is: no entry."""
        if (a.get("aria-haspopup") or "false").lower() == "false":
            return False
        panels = [self._by_id.get(i) for i in (a.get("aria-controls") or "").split()]
        after = a.getnext()
        if after is not None and isinstance(after.tag, str) and is_hidden(after):
            panels.append(after)
        return any(p is not None and p.xpath(FORM_FIELDS) for p in panels)

    def _link_name(self, a: Any) -> str:
        """The link's words, without the description a mega menu prints under its
        title (``<span class="title">Elections</span><span class="desc">…</span>``)
        or a count or flag after it (``Elections <span class="badge">12</span>``)."""
        kept = [c for c in a if isinstance(c.tag, str) and not is_description(c)]
        if len(kept) < len([c for c in a if isinstance(c.tag, str)]) and kept:
            name = clean(" ".join([a.text or "", *(self.doc.element_text(c) for c in kept)]))
            if name:
                return name
        return self._name_text(a)

    def _inner_excluded(self, el: Any, box: Any, cache: dict[Any, bool],
                        ignored: frozenset[str]) -> bool:
        if el not in cache:
            # a menu's own footer row (a mega panel's "See all" line,
            # ``mega-menu__footer``, or a ``…-footer`` row inside a ``dropdown-menu``
            # panel of the menu) is part of the menu, not the page's footer; so is one
            # inside an item of the menu's list (a row under the columns of the panel
            # its item opens), whatever its classes
            inside = between(el, box)
            if any(class_tokens(x) & MENU_TOKENS for x in inside) \
                    or any(tag(x) == "li" for x in inside[1:]):
                ignored = ignored | FOOTER_WORDS
            # a "Follow us" column of the site's social profiles inside a submenu panel
            # (below an item of the menu's list) is a column of the panel, an entry
            # like its promo link; the social icons beside the menu's list are none, those
            # of a landmark of their own are its menu
            # so is one of the menu's headed columns (a site map's "Síguenos" column
            # beside its "Organización" one, each a box opening with its heading)
            if any(tag(x) == "li" for x in inside[1:]) or self._social_landmark(box) \
                    or headed_column(el, box):
                ignored = ignored | SOCIAL_WORDS
            # a reader's own links inside a menu box (a drawer's "Profile / Account
            # settings / Sign out" row) are their bar again (:meth:`_member_bar`), so is
            # their avatar's dropdown in the menu's landmark (:meth:`_own_dropdown`)
            boxed = tag(el) in (*LIST_TAGS, "details", "div", "p", "nav", "section", "span")
            cache[el] = boxed and (self._not_menu_but(el, ignored)
                                   or self._member_bar(el, self.menus) or self._own_dropdown(el))
        return cache[el]



def headed_column(el: Any, box: Any) -> bool:
    """``el`` stands in one of ``box``'s headed columns: a box around it opening with a
    heading, beside a copy of it (the same tag and class) that holds links."""
    for x in between(el, box):
        parent, classes = x.getparent(), x.get("class")
        if parent is None or not classes or not _headed(x):
            continue
        if any(y is not x and tag(y) == tag(x) and y.get("class") == classes
               and _headed(y) and y.xpath(".//a[@href]") for y in parent):
            return True
    return False


def _headed(x: Any) -> bool:
    first = next((c for c in x if isinstance(c.tag, str)), None)
    return first is not None and tag(first) in HEADINGS


def _depth(a: Any, other: Any) -> int:
    """How many lists hold the link below where it meets ``other``: its level in the
    menu, counted from the box the two share."""
    lists = 0
    for x in a.iterancestors():
        if is_descendant(other, x):
            return lists
        lists += tag(x) in LIST_TAGS
    return lists

"""Bars a page prints beside its menu that a theme names like one: the signed-in
reader's own bar (their notifications, messages, account menu, "Create" button) and an
app's toolbar of icon buttons (print, repository, the sidebar's toggle).  Neither is the
site menu: the first changes with every reader, the second holds the page's tools."""

from __future__ import annotations

from typing import Any

from scraper.extract.badges import COUNTER
from scraper.extract.pages.common import is_descendant, is_under
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.chrome import is_member_link, is_page_tool, is_sign_out
from scraper.extract.pages.navigation.hints import (
    CHROME_MIN_LINKS,
    CHROME_SHARE,
    is_language_link,
    is_menu_landmark,
    strip_glyphs,
)
from scraper.extract.text import clean
from scraper.extract.visible import hidden_ancestor


class AsideBars(NavigationPageBase):
    """The reader's bar and an app's toolbar, told from the site menu beside them."""

    def _aside_bar(self, root: Any, roots: list[Any]) -> bool:
        """``root`` is a member's bar or an app's toolbar beside the site menu."""
        return self._member_bar(root, roots) or self._app_bar(root, roots)

    def _member_bar(self, root: Any, roots: list[Any]) -> bool:
        """A box named like a menu (Invision's ``ul#elUserNav``), no navigation
        landmark and in none, beside a landmark the page marks as its navigation,
        nearly all of whose links lead to the signed-in reader's own pages and
        actions: their notifications, messages, profile, settings, the moderators' and
        administrators' control panels, forms adding a topic or an image, signing out
        (:func:`.chrome.is_member_link`).  Every reader sees another bar; the site
        menu is the landmark's.  Without such a landmark beside it nothing is judged
        (a forum whose menu holds "Administration" among its boards names no other
        navigation)."""
        if any(is_menu_landmark(x) for x in [root, *root.iterancestors()]):
            return False
        if not any(r is not root and is_menu_landmark(r) and not is_descendant(r, root)
                   and not is_descendant(root, r) for r in roots):
            return False
        targets = [u for a in self._links(root)
                   if not (a.get("href") or "").strip().startswith("#")
                   and (u := self.doc.absolute(a.get("href")))]
        if len(targets) < CHROME_MIN_LINKS:
            return False
        return sum(map(is_member_link, targets)) >= CHROME_SHARE * len(targets) \
            or self._account_dropdown(root)

    def _account_dropdown(self, root: Any) -> bool:
        """``root`` holds a collapsed dropdown offering to sign out (the avatar's menu:
        the reader's profile, dashboard, reading list, settings, "Sign Out"): only a
        signed-in reader is offered that, so the dropdown is theirs, no part of the
        site menu, whatever its other links are named (fixtures/README.md: a signed-in
        user's account links are no entries)."""
        return any(is_sign_out(u) and self._in_dropdown(a, root)
                   for a in self._links(root) if (u := self.doc.absolute(a.get("href"))))

    def _in_dropdown(self, a: Any, root: Any) -> bool:
        """``a`` stands in a panel of ``root`` that is collapsed or that a control
        opens (``aria-controls``, shown by the stylesheet when the button is
        pressed)."""
        if hidden_ancestor(a, root) is not None:
            return True
        for box in a.iterancestors():
            if box is root:
                return False
            if (box.get("id") or "") in self._controllers:
                return True
        return False

    def _app_bar(self, root: Any, roots: list[Any]) -> bool:
        """A box named like a menu (mdBook's ``div#menu-bar``) holding the control
        that opens another menu of the page (the sidebar's toggle, ``aria-controls``)
        and, besides language links and page tools ("Suggest an edit"), only links
        showing no words: icon buttons named by their tooltips (print the book, the
        repository).  An app's toolbar over the page; the menu is the one its toggle
        opens.  A menu holding a home or search icon among named links is no such
        bar."""
        if is_menu_landmark(root) or not self._opens_other_menu(root, roots):
            return False
        icons = 0
        for a in self._links(root):
            url = self._address(a)
            if not url or hidden_ancestor(a, root) is not None or is_page_tool(url):
                continue
            words = strip_glyphs(self._link_name(a))
            if is_language_link(a, words, self.doc.lang):
                continue
            if words:
                return False
            icons += 1
        return icons > 0

    def _opens_other_menu(self, root: Any, roots: list[Any]) -> bool:
        """A control in ``root`` opens (``aria-controls``) another menu root, or a box
        holding one, outside ``root``."""
        for control in root.xpath(".//*[@aria-controls]"):
            for ref in (control.get("aria-controls") or "").split():
                panel = self._by_id.get(ref)
                if panel is None or is_under(panel, root) or panel is root:
                    continue
                if any(r is not root and (r is panel or is_descendant(r, panel))
                       for r in roots):
                    return True
        return False

    def _counter_badge(self, a: Any, name: str) -> bool:
        """A link whose only words are a count in a badge of its own, named otherwise
        by its tooltip or label (the bell's "0", the envelope's "2" in a reader's
        bar): a counter, no menu entry.  A link saying a number as its own text
        (a year "2024" in an archive menu) is named by it."""
        if not COUNTER.match(name) or clean(a.text):
            return False
        label = clean(a.get("title") or a.get("aria-label"))
        return bool(label) and not COUNTER.match(label)

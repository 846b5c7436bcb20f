"""A dropdown of the menu that is the signed-in reader's own: the avatar's menu
offering to sign out (their profile, inbox, certificates, settings beside "Log out"),
or a bell's list of their notifications.  Its toggle shows their name, its links lead
to their own pages: it changes with every reader, no part of the site menu
(fixtures/README.md: a signed-in user's account links are no entries), even when the
theme draws it inside the menu's own landmark."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.chrome import is_member_link, is_sign_out
from scraper.extract.pages.navigation.hints import CHROME_MIN_LINKS
from scraper.extract.structure import tag

# what says a control opens the box after it: ARIA's ``aria-haspopup`` and
# ``aria-expanded``, Bootstrap's ``data-toggle="dropdown"`` (a ``push-menu`` toggle
# opens the sidebar elsewhere, no box after it)
_OPENS = ("aria-haspopup", "aria-expanded")
_TOGGLES = ("data-toggle", "data-bs-toggle")
_OPENED = frozenset({"dropdown", "collapse"})
# what names the dialog a control opens (a "Log out?" confirmation)
_DIALOG_REFS = ("data-target", "data-bs-target", "aria-controls", "href")


class OwnDropdowns(NavigationPageBase):
    """The reader's own dropdowns, told from the menu's dropdowns of the site."""

    def _own_dropdown(self, el: Any) -> bool:
        """``el`` is a dropdown panel (the box after a control that opens it) offering
        to sign out, itself or in the dialog one of its controls opens, or holding
        only links to the reader's own pages (:func:`.chrome.is_member_link`: their
        notifications, messages, settings), at least :data:`CHROME_MIN_LINKS`."""
        if not _opened_by_toggle(el):
            return False
        links = self._links(el)
        if any(self._signs_out(a) for a in links):
            return True
        targets = [u for a in links if not (a.get("href") or "").strip().startswith("#")
                   and (u := self.doc.absolute(a.get("href")))]
        return len(targets) >= CHROME_MIN_LINKS and all(map(is_member_link, targets))

    def _signs_out(self, a: Any) -> bool:
        """``a`` signs the reader out, or opens a dialog (``data-target``) whose link
        does (a "Log out?" confirmation)."""
        url = self.doc.absolute(a.get("href"))
        if url and not (a.get("href") or "").strip().startswith("#") and is_sign_out(url):
            return True
        for attr in _DIALOG_REFS:
            ref = (a.get(attr) or "").strip()
            dialog = self._by_id.get(ref.lstrip("#")) if ref.startswith("#") or (
                attr == "aria-controls" and ref) else None
            if dialog is not None and any(
                    (u := self.doc.absolute(x.get("href"))) and is_sign_out(u)
                    for x in dialog.iter("a")):
                return True
        return False


def _opened_by_toggle(el: Any) -> bool:
    """``el`` stands right after a control that opens it, the two alone in their box
    (the dropdown's item): a link going nowhere (``#``, ``javascript:``) or a button
    (or a box with the button role), marked as opening a box.  A bar after a button
    opening another panel (a navbar's sidebar toggle before its row of icons) is no
    dropdown of that button."""
    parent = el.getparent()
    shown = [] if parent is None else [c for c in parent if isinstance(c.tag, str)
                                       and tag(c) not in ("script", "style", "template")]
    if len(shown) != 2 or shown[1] is not el:
        return False
    before = shown[0]
    # a box the page makes a button (``div role="button"``) is one to a reader
    if tag(before) not in ("a", "button") \
            and (before.get("role") or "").strip().lower() != "button":
        return False
    href = (before.get("href") or "").strip().lower()
    if tag(before) == "a" and href not in ("", "#") and not href.startswith("javascript:"):
        return False
    return any(before.get(x) is not None for x in _OPENS) \
        or any((before.get(x) or "").strip().lower() in _OPENED for x in _TOGGLES)

"""A submenu named "tabs": the panel a menu item opens, whatever its class calls it.

A theme may name an item's dropdown after the tabs it hangs from (a portal's
``li.hasSub > a + ul.subTabs``, a page builder's mega panel ``li > span.nav-header +
div.tabs-content-wrapper``): the box stands inside the item of a menu list, after the
item's own words (its link or its label), and leads to other pages.  An in-page tab
widget switches panels of the page (``role=tab``, ``aria-controls``, ``#…`` jumps) and
hangs from no menu item: it stays no menu (:mod:`.tabs`)."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.tabs import PANEL_TAB_MARKS, TABS_WORDS
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean

# tabs switching panels of the page: no submenu
_PANEL_TABS = f".//*[{PANEL_TAB_MARKS} or @role='tabpanel']"
# the item's own words before its panel: its link, or the label a dropdown shows
_ITEM_WORDS = ("a", "span", "button", "strong", "b")


def submenu_named_tabs(el: Any) -> bool:
    """``el`` (classed "tabs") is the submenu panel of a menu item: a child of a list
    item of a list holding other items, after the item's link or shown label, its own
    links leading to other pages."""
    if not class_tokens(el) & TABS_WORDS:
        return False
    item = el.getparent()
    if item is None or tag(item) != "li" or not _item_words(item, el):
        return False
    menu = item.getparent()
    if menu is None or tag(menu) not in ("ul", "ol") or len([
            x for x in menu if tag(x) == "li"]) < 2:
        return False
    if el.xpath(_PANEL_TABS):
        return False
    hrefs = [(a.get("href") or "").strip() for a in el.iter("a")]
    return len(hrefs) >= 2 and not any(not h or h.startswith("#") for h in hrefs)


def _item_words(item: Any, panel: Any) -> bool:
    """The item shows its words (a link or a label with text) before ``panel``."""
    for x in item:
        if x is panel:
            return False
        if tag(x) in _ITEM_WORDS and clean(x.text_content() or ""):
            return True
    return False

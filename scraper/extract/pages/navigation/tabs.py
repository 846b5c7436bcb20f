"""A row of tabs leading to the site's sections (:meth:`.roots.MenuRoots._site_tabs`):
the site's top menu, though "tabs" names in-page tab widgets too, which are none."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.pages.navigation.hints import (
    labelled_navigation,
    menu_hinted,
    names_placed_menu,
)
from scraper.extract.structure import class_tokens, tag
from scraper.extract.visible import hidden_ancestor

# the row's class words, its tabs'
TABS_WORDS = frozenset({"tabs"})
TAB_WORDS = frozenset({"tab"})
SITE_TABS_MIN = 3
# tabs switching panels of the page: an in-page tab widget
PANEL_TAB_MARKS = ("@role='tab' or @role='tablist' or @aria-controls or @data-toggle='tab'"
                   " or @data-bs-toggle='tab'")
_PANEL_TABS = f".//*[{PANEL_TAB_MARKS}]"
# the same, said by a role or a toggle naming tabs (an ``aria-controls`` may open a
# drawer of the landmark, no tab panel)
_TAB_ROLES = (".//*[@role='tab' or @role='tablist' or @data-toggle='tab'"
              " or @data-bs-toggle='tab']")
# what joins a block's class to the class of a part of it (BEM's ``tabs__item``,
# ``nav-tabs-item``)
_PART_JOIN = re.compile(r"[-_]+")


def tabs_to_pages(row: Any, links: list[Any]) -> bool:
    """``row`` (classed a tabs row, its ``links`` given) is a row of tabs each leading
    to another page: each tab a box of its own, classed a tab (or an item of the row's
    list), holding one link, or
    the link itself named a tab or a part of the row (Mintlify's ``div.nav-tabs >
    a.nav-tabs-item``).  Tabs switching panels in the page (``role=tab``,
    ``aria-controls``, ``#…`` jumps) are no such row.  A tab's dropdown (the links of
    a collapsed box inside the tab's own box, eXo's ``UITab`` holding its tab link and a
    hidden ``MenuItemContainer``) is its submenu: the tabs are the links on view."""
    if row.xpath(".//*[@role='tab' or @role='tablist' or @aria-controls]"):
        return False
    shown = [a for a in links if hidden_ancestor(a, row) is None]
    if len(shown) < SITE_TABS_MIN or not all(
            _in_tab_box(a, row, shown) for a in links if a not in shown):
        return False
    for a in shown:
        box = a.getparent()
        if (a.get("href") or "").strip().startswith("#") or box is None:
            return False
        one_link = len([x for x in box.iter("a", "area") if x.get("href")]) == 1
        if not (_names_tab(a, row) or (
                box is not row and (_names_tab(box, row) or _list_item(box, row))
                and one_link)):
            return False
    return True


def _list_item(box: Any, row: Any) -> bool:
    """``box`` is an item of ``row``, a list named "tabs" and nothing else (Apache
    Forrest's ``ul#tabs > li > a``): the list is the tabs row itself, its items its
    tabs, unnamed.  A list that is one part of a tabs component (Material for MkDocs'
    ``ul.md-tabs__list``) has items named for their part, read by :func:`_names_tab`."""
    return tag(row) in ("ul", "ol") and tag(box) == "li" and box.getparent() is row \
        and any(n and set(_name_words(n)) <= TABS_WORDS for n in _names(row))


def menu_drawn_as_tabs(row: Any) -> bool:
    """``row`` is named the menu of a place in the page by a name of its own
    (Redmine's ``div#main-menu.tabs``, its project tabs turned into the site's
    sections): "tabs" says how that menu is drawn, no in-page tab widget, unless its
    tabs switch panels of the page (``role=tab``, ``aria-controls``)."""
    placed = names_placed_menu(row)
    # one name joining "nav" and "tabs" (Zen Cart's ``#navCatTabs``): navigation drawn
    # as tabs, when every link of it leads to another page
    nav_tabs = not placed and any({"nav", "tabs"} <= set(_name_words(n)) for n in _names(row))
    if not (placed or nav_tabs) or row.xpath(_PANEL_TABS):
        return False   # (the names asked first: the subtree is walked only if one says so)
    if placed:
        return True
    links = [a.get("href") or "" for a in row.iter("a") if a.get("href") is not None]
    return bool(links) and not any(h.strip().startswith("#") for h in links)


def tabs_in_menu_landmark(el: Any) -> bool:
    """``el`` (named "tabs") is the top row of a navigation landmark named the menu or
    the navigation by a name of its own (FandomDesktop's ``ul.wds-tabs`` in its
    ``nav.…__local-navigation`` "Navigazione della wiki"), or a part of that row: the
    tabs are how the landmark's menu is drawn, dropdowns and all, whatever links its
    first tabs hold.  A landmark named "tabs" itself (Drupal's local tasks) or whose
    tabs switch panels of the page is no such menu; a button of the landmark opening a
    drawer (the burger's ``aria-controls``) outside the row switches no tab."""
    if not class_tokens(el) & TABS_WORDS:
        return False
    nav = next((x for x in el.iterancestors() if tag(x) == "nav"
                or (x.get("role") or "").lower() == "navigation"), None)
    if nav is None or class_tokens(nav) & TABS_WORDS or el.xpath(_PANEL_TABS) \
            or nav.xpath(_TAB_ROLES):
        return False
    return menu_hinted(class_tokens(nav)) or labelled_navigation(nav)


def tabs_with_dropdowns(el: Any) -> bool:
    """``el`` is or holds a row of tabs (classed "tabs") whose tabs open dropdowns of
    links to other pages (Bootstrap's ``ul.nav-tabs`` with ``li.dropdown >
    ul.dropdown-menu``, LibGuides' guide tabs): the site's menu drawn as tabs.  An
    in-page tab widget switches panels and a page's local tasks ("View / Edit") open
    no dropdown of pages: neither is such a row."""
    if el.xpath(_PANEL_TABS):
        return False
    for row in el.xpath("descendant-or-self::*[self::ul or self::ol]"):
        if not class_tokens(row) & TABS_WORDS:
            continue
        for sub in row.xpath("./li//*[self::ul or self::ol]"):
            hrefs = [(a.get("href") or "").strip() for a in sub.iter("a")]
            if len(hrefs) >= 2 and not any(h.startswith("#") or not h for h in hrefs):
                return True
    return False


def _names(el: Any) -> list[str]:
    return [*(el.get("class") or "").split(), el.get("id") or ""]


def _name_words(name: str) -> list[str]:
    return [w.lower() for w in re.split(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])", name) if w]


def _in_tab_box(a: Any, row: Any, tabs: list[Any]) -> bool:
    """``a`` sits in the box of one of the ``tabs`` (an element below ``row`` classed a
    tab, holding that tab's link): the tab's dropdown, not a panel of the page."""
    for box in a.iterancestors():
        if box is row:
            return False
        if _names_tab(box, row) and any(t in tabs and t is not a for t in box.iter("a", "area")):
            return True
    return False


def _names_tab(el: Any, row: Any) -> bool:
    """``el`` is classed a tab (``tab``, ``tab-selected``), or named a part of the
    tabs ``row`` by a class extending one of the row's (``nav-tabs-item`` in
    ``nav-tabs``)."""
    if class_tokens(el) & TAB_WORDS:
        return True
    own = (el.get("class") or "").split()
    parts = [r for r in (row.get("class") or "").split()
             if TABS_WORDS & set(_PART_JOIN.split(r.lower()))]
    return any(len(c) > len(r) and c.startswith(r) and _PART_JOIN.match(c, len(r))
               for r in parts for c in own)

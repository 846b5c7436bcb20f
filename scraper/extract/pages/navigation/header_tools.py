"""A header's row of tools beside its menu: a box named a menu by a class word alone
that holds navigation landmarks has them for its menus (``roots._landmarks_within``);
the rest of it is no menu of its own."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.common import is_under
from scraper.extract.pages.navigation.hints import labelled_navigation
from scraper.extract.structure import tag


def beside_landmarks(el: Any, holders: list[Any]) -> bool:
    """``el``, named a menu by a class word alone, stands beside the landmarks of a box
    so named around it (one of ``holders``: a header ``totaraNav`` whose ``<nav>`` is
    the menu, and its ``totaraNav--prim__right`` box of search, language and account
    icons): the header's row of tools, no menu of its own.  A list named a menu there
    (``ul.menu-secondary``) is a menu list, the header's secondary menu; a landmark,
    a box labelled the navigation or given a role are named menus too."""
    return tag(el) not in ("ul", "ol") and tag(el) != "nav" \
        and not labelled_navigation(el) and not (el.get("role") or "").strip() \
        and any(is_under(el, h) for h in holders)

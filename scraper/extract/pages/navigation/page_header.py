"""Where the page's header is: the box over the whole page holding the site's name and
its menus (``<header>``, a banner, a box whose id names the header), and the top bar a
page sets above it."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.structure import tag
from scraper.extract.text import fold

# id words naming the page's header box where no ``<header>`` element marks it
HEADER_IDS = frozenset({"header", "masthead"})
_NAME_PARTS = re.compile(r"[\s_\-]+")
# a page's header box (not an article's or a card's header inside the content)
_PAGE_HEADER = ("*[self::header or @role='banner'][not(ancestor::main or ancestor::article"
                " or ancestor::*[@role='main'])]")
_CONTENT_BOX = ("ancestor-or-self::*[self::main or self::article or self::aside or self::footer"
                " or @role='main' or @role='contentinfo']")


def heads_page_header(el: Any) -> bool:
    """A top headline (``<h1>``) in the page's header (``<header>``, a banner, a box
    whose id names the header): the site's or the page's name over the whole page
    (Redmine's ``#header > h1`` naming the project), no title of a menu beside it."""
    return tag(el) == "h1" and in_page_header(el)


def in_page_header(el: Any) -> bool:
    """Inside the page's header (``<header>``, ``role="banner"``, or a box whose id
    names the header: ``#header``, Salient's ``#header-outer``), not an entry's."""
    for x in [el, *el.iterancestors()]:
        if tag(x) in ("main", "article") or (x.get("role") or "").lower() == "main":
            return False
        if x is not el and (tag(x) == "header" or (x.get("role") or "").lower() == "banner"):
            return True
        if HEADER_IDS & {fold(p) for p in _NAME_PARTS.split(x.get("id") or "") if p}:
            return True
    return False


def above_page_header(el: Any) -> bool:
    """``el`` stands before the page's header element, outside every box of content:
    the top bar a page sets above its header (a Bootstrap ``div.topbar`` of service
    links and languages before ``<header>``), a row of the header as a reader sees it."""
    return not el.xpath(_CONTENT_BOX) and bool(el.xpath(f"following::{_PAGE_HEADER}")) \
        and not el.xpath(f"preceding::{_PAGE_HEADER}")


def in_classed_header(el: Any) -> bool:
    """Inside a box whose class names it the page's header (a portal's
    ``div.lp-header-area``, a theme's ``div.site-header``) on a page that marks its
    header no other way (no ``<header>``, banner or header id), outside every box of
    content: the header as a reader sees it, at the top of the page."""
    if el.xpath(_CONTENT_BOX):
        return False
    boxes = [x for x in el.iterancestors() if "header" in {
        fold(p) for c in (x.get("class") or "").split() for p in _NAME_PARTS.split(c) if p}]
    if not boxes or el.xpath(f"boolean(//{_PAGE_HEADER})"):
        return False
    return not any(HEADER_IDS & {fold(p) for p in _NAME_PARTS.split(x.get("id") or "") if p}
                   for x in el.getroottree().iter() if isinstance(x.tag, str) and x.get("id"))

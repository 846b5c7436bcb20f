"""A box a class word calls a menu that is the page's content box.

A class word alone names no menu on the box of the page's content: Read the Docs'
Sphinx theme wraps the page's text in ``div.wy-nav-content`` (the content beside the
nav, its class says), a box holding the page's main region (``role="main"``,
``<main>``); a theme's width box (``elm-nav-container``) can be all the main region
holds, around the page's headline.  The menus and landmarks inside such a box, if
any, are still found on their own.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import tag

_HOLDS_MAIN = "boolean(descendant::main | descendant::*[@role='main'])"


def content_box(el: Any, holds_headline: bool) -> bool:
    """``el`` holds the page's main region, or is all the main region holds and holds
    the page's headline (``holds_headline``)."""
    return wraps_main_region(el) or (holds_headline and main_region_box(el))


def wraps_main_region(el: Any) -> bool:
    """``el`` holds the page's main region (``<main>`` or ``role="main"``)."""
    return bool(el.xpath(_HOLDS_MAIN))


def main_region_box(el: Any) -> bool:
    """``el`` is all the page's main region (``<main>``, ``role="main"``) holds: the box
    of its content, not one of the boxes (a sidebar portlet) set in it."""
    parent = el.getparent()
    return parent is not None and (tag(parent) == "main" or (
        parent.get("role") or "").lower() == "main") and not (parent.text or "").strip() \
        and [c for c in parent if isinstance(c.tag, str)] == [el]

"""A box a class word calls a menu that is the page's content box.

Read the Docs' Sphinx theme wraps the page's text in ``div.wy-nav-content`` (the
content beside the nav, its class says): the box holds the page's main region
(``role="main"``, ``<main>``), its headline, article and footer.  A class word alone
names no menu on a box holding the page's main region; the menus and landmarks
inside it, if any, are still found on their own.
"""

from __future__ import annotations

from typing import Any

_HOLDS_MAIN = "boolean(descendant::main | descendant::*[@role='main'])"


def wraps_main_region(el: Any) -> bool:
    """``el`` holds the page's main region (``<main>`` or ``role="main"``)."""
    return bool(el.xpath(_HOLDS_MAIN))

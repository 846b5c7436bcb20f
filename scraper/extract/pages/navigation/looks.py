"""How an inline style draws an element, with what only behaves left out.

A title row that opens a collapsed submenu on a click carries ``cursor:pointer``
(``<td onclick="tg('sm1')" style="cursor:pointer">``) where its peers carry nothing:
it is drawn as they are, and a column reading its title rows by their look must see
it as their peer, not as a subgroup's title.
"""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.pages.navigation.screens import small_screen_only
from scraper.extract.visible import is_hidden

# declarations that change how the page behaves under the pointer, not how it looks
_BEHAVIOUR = re.compile(
    r"^(?:-(?:webkit|moz|ms)-)?(?:cursor|pointer-events|user-select|touch-action|"
    r"will-change|transition(?:-[\w-]+)?)$")


def drawn_style(style: str | None) -> str:
    """The declarations of an inline ``style`` that draw the element, in order, each
    ``property:value`` with white space collapsed; behaviour (a pointer cursor) left
    out."""
    out: list[str] = []
    for declaration in (style or "").split(";"):
        name, colon, value = declaration.partition(":")
        name = name.strip().lower()
        if not colon or not name or _BEHAVIOUR.match(name):
            continue
        out.append(f"{name}:{' '.join(value.split())}")
    return ";".join(out)


def small_screen_words(el: Any) -> bool:
    """Every word ``el`` shows stands in an element only small screens show (Bootstrap
    3's ``navbar-header``: ``<span class="visible-xs">Menu</span>`` beside the burger):
    on a wide screen it says nothing, so it titles nothing there."""
    found = False

    def walk(x: Any) -> bool:
        nonlocal found
        if small_screen_only(x):
            found = found or bool("".join(x.itertext()).strip())
            return True
        if is_hidden(x):
            return True
        if (x.text or "").strip():
            return False
        return all(walk(c) and not (c.tail or "").strip()
                   for c in x if isinstance(c.tag, str))

    return walk(el) and found


# the class names by which published CSS frameworks pin a box to the screen: Tailwind's
# ``fixed``, Bootstrap's ``fixed-bottom``/``fixed-top`` (3: ``navbar-fixed-bottom``)
_PINNED_CLASSES = frozenset({"fixed", "fixed-bottom", "fixed-top", "navbar-fixed-bottom",
                             "navbar-fixed-top"})
_POSITION_FIXED = re.compile(r"(?:^|;)position:fixed(?:$|;|!)")


def pinned_to_screen(el: Any) -> bool:
    """``el`` or a box around it is pinned to the screen (``position: fixed`` inline, or
    a framework's class saying so): drawn over the page wherever the reader scrolls (an
    app's bottom tab bar), it stands beside no line of the page's flow, whatever the
    markup puts next to it."""
    for x in [el, *el.iterancestors()]:
        if set((x.get("class") or "").split()) & _PINNED_CLASSES \
                or _POSITION_FIXED.search(drawn_style(x.get("style")).replace(" ", "")):
            return True
    return False

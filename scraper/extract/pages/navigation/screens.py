"""Which screens an element is for: the classes (and the page's own stylesheet) that
show it on small screens only, the phone's copy of a menu, or hide it on small screens
only, the wide screen's copy."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.visible import PAGE_SMALL_SCREEN_ATTR

# classes of what only small screens show (Tailwind, Bootstrap 3-5, Foundation): on a
# hidden panel beside a menu on view, the mobile menu
SMALL_SCREEN_ONLY = re.compile(r"^(?:(?:md|lg|xl):hidden|d-(?:md|lg|xl)-none|hidden-(?:md|lg)|"
                               r"visible-xs(?:-block)?|hide-for-(?:medium|large)(?:-up)?|"
                               r"show-for-small-only|"
                               # Kube's and Bulma's, Bootstrap 2's, a theme's own
                               r"is-shown-(?:mobile|touch)|is-hidden-(?:tablet|desktop)|"
                               r"visible-phone|hidden-desktop|(?:mobile|phone)-only|"
                               r"(?:show|visible)-(?:on-)?(?:mobile|phone)|"
                               r"hide-on-med-and-up)$")   # Materialize's
# their counterparts: classes that hide an element at small widths only (Kube's and
# Bulma's ``is-hidden-mobile``, ``is-hidden-touch``, Bootstrap 3's ``hidden-xs``,
# Bootstrap 2's ``hidden-phone``, Foundation's ``hide-for-small-only``, Materialize's
# ``hide-on-small-only``, a theme's ``mobile-hidden``, ``desktop-only``) or show it from
# a width on (``visible-desktop``, ``show-for-large``, Tailwind's ``hidden md:block``,
# ``d-none d-md-block``): the wide screen's copy, whatever its words say of phones
WIDE_SCREEN_ONLY = re.compile(r"^(?:is-hidden-(?:mobile|touch)|hidden-(?:xs|sm|phone|mobile)|"
                              r"hide-for-small(?:-only)?|hide-on-(?:small-only|med-and-down)|"
                              r"(?:mobile|phone)-hidden|hide-(?:on-)?(?:mobile|phone)|"
                              r"(?:desktop|large-screen|wide-screen)-only|"
                              r"(?:visible|show)-(?:on-)?desktop|visible-(?:md|lg)(?:-block)?|"
                              r"show-for-(?:medium|large)(?:-up)?)$")
# a responsive class showing again from a width on what its other class hides
_SHOWN_FROM_WIDTH = re.compile(r"^(?:(?:sm|md|lg|xl|2xl):|d-(?:sm|md|lg|xl|xxl)-)(?:block|inline|"
                               r"inline-block|flex|inline-flex|grid|inline-grid|table|contents)$")
_HIDING = frozenset({"hidden", "d-none"})
# Bootstrap 4-5's navbar that lays its menu out in a row from a width on
# (``navbar-expand-lg``; ``navbar-expand``: always) hides its burger, the
# ``navbar-toggler``, from that width: what only the burger opens a wide screen never
# shows.  Its own collapsing box (``navbar-collapse``, a responsive ``offcanvas``) is
# the row itself on wide screens.
_EXPANDING_NAVBAR = re.compile(r"^navbar-expand(?:-(?:sm|md|lg|xl|xxl))?$")


def expanding_navbar(el: Any) -> Any | None:
    """The Bootstrap navbar around ``el`` that expands on wide screens, or None."""
    return next((x for x in el.iterancestors() if isinstance(x.tag, str) and any(
        _EXPANDING_NAVBAR.match(c) for c in (x.get("class") or "").split())), None)


def small_screen_only(el: Any) -> bool:
    """``el``'s classes show it on small screens only: a small-screen utility class
    (:data:`SMALL_SCREEN_ONLY`), a class the page's stylesheet hides from a width on,
    or an expanding navbar's burger (above)."""
    classes = (el.get("class") or "").split()
    return any(SMALL_SCREEN_ONLY.match(c) for c in classes) or \
        el.get(PAGE_SMALL_SCREEN_ATTR) is not None or (
        "navbar-toggler" in classes and expanding_navbar(el) is not None)


def wide_screen_only(el: Any) -> bool:
    """``el``'s classes hide it on small screens only (:data:`WIDE_SCREEN_ONLY`, or a
    hiding class a responsive class undoes from a width on: ``d-none d-md-block``,
    ``hidden lg:flex``): it is the copy a wide screen shows, never the phone's."""
    classes = (el.get("class") or "").split()
    return any(WIDE_SCREEN_ONLY.match(c) for c in classes) or (
        bool(_HIDING.intersection(classes))
        and any(_SHOWN_FROM_WIDTH.match(c) for c in classes))

"""The header's utility row marked up as a menu: a navigation landmark the page names a
menu of service links (``nav.utility-nav``).  Outside every landmark such a row is no
part of the site menu; marked up as a menu it is (fixtures/README.md, settled cases)."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.pages.navigation.hints import labelled_navigation, menu_hinted
from scraper.extract.pages.navigation.page_header import above_page_header, in_page_header
from scraper.extract.pages.navigation.ranked import SERVICE_ROW_WORDS
from scraper.extract.structure import tag
from scraper.extract.text import fold

_NAME_PARTS = re.compile(r"[\s_\-]+")
_CAMEL_PART = re.compile(r"(?<=[a-z])(?=[A-Z])")


def service_landmark_words(el: Any) -> frozenset[str]:
    """The :data:`SERVICE_ROW_WORDS` naming ``el`` a menu of service links: a ``<nav>``
    (or ``role=navigation``) in or above the page's header with a name joining
    "utility" to a menu word (Aksel's CSS-module ``nav._utilityNav_…``,
    ``nav.utility-menu``), or named "utility" by its class and a menu by its
    ``aria-label`` (``nav.gov-utility aria-label="Служебное меню"``: what a screen
    reader announces it as).  A box named "utility" and nothing more, or no landmark,
    stays no menu."""
    if not (tag(el) == "nav" or (el.get("role") or "").strip().lower() == "navigation"):
        return frozenset()
    names = [frozenset(fold(p) for p in _NAME_PARTS.split(_CAMEL_PART.sub(" ", name)) if p)
             for name in [*(el.get("class") or "").split(), el.get("id") or ""]]
    named = any(parts & SERVICE_ROW_WORDS and menu_hinted(parts) for parts in names) or (
        any(parts & SERVICE_ROW_WORDS for parts in names) and labelled_navigation(el))
    # (the names read first: where the header is costs walks of the page)
    return SERVICE_ROW_WORDS if named and (in_page_header(el) or above_page_header(el)) \
        else frozenset()

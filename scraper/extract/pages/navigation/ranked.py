"""The rank a site gives a menu in its name: a "secondary" row of the header, and the
lists a CMS names after their rank and "links" (Drupal's primary and secondary links)."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.structure import tag
from scraper.extract.text import fold
from scraper.extract.urls import is_tag_page

# a word that rules a menu out as a whole (a "secondary" nav beside the site menu) but
# not a list inside the site menu: its second row (Bootstrap Italia's navbar-secondary)
RANK_WORDS = frozenset({"secondary"})
# the words a site names its service row by (Customify's ``ul#menu-utility`` in its
# ``nav.secondary-menu``): inside a menu the page marks as of a rank they name that
# same menu, the row marked up as one (fixtures/README.md, settled cases)
SERVICE_ROW_WORDS = frozenset({"utility"})
# the ranks a site gives its menus (Drupal's primary and secondary links)
LINK_RANKS = frozenset({"primary", "secondary"})
_NAME_PARTS = re.compile(r"[\s_\-]+")
_CAMEL_PART = re.compile(r"(?<=[a-z])(?=[A-Z])")


def ranked_links_words(el: Any) -> frozenset[str]:
    """The :data:`RANK_WORDS` of a list named the site's links of a rank, the rank
    joined to "links" in one class name (Drupal's ``ul.links.secondary-links`` beside
    its ``primary-links``): a menu the site keeps, printed as a row of links; no
    service row named for its place (``utility-links``, ``top-bar__links``)."""
    if tag(el) not in ("ul", "ol"):
        return frozenset()
    out: set[str] = set()
    for name in (el.get("class") or "").split():
        parts = frozenset(fold(p) for p in _NAME_PARTS.split(_CAMEL_PART.sub(" ", name)) if p)
        if "links" in parts and parts & LINK_RANKS:
            out |= parts & RANK_WORDS
    return frozenset(out)


def topics_only(el: Any) -> bool:
    """Every link of ``el`` leads to a tag's listing: a strip of topics (Largo's "Don't
    miss" bar below its header), no pages of the site."""
    hrefs = [a.get("href") for a in el.iter("a") if a.get("href")]
    return bool(hrefs) and all(is_tag_page(h) for h in hrefs)

"""A breadcrumb told by how its links stand: in a row, parted by separators that point
onwards (› > / →), the trail ending in the name of the page on view.

A trail of two or more links is told by the separators between them.  A trail of one
link (a page one step below the home page: ``<a href="/it">Home</a> › <span>Settori
di attività</span>``) has no separator between links: it is told by the separator
after its link and the page's own name after that, as the page's title or main
heading names it.
"""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.pages.navigation.column_lines import texts_after_links
from scraper.extract.pages.navigation.hints import SEPARATOR
from scraper.extract.text import fold

# the end of a trail after its last link: a separator, then the page's name
_TRAIL_END = re.compile(r"^\s*[›»>/→]+\s*(\S.*?)\s*$", re.S)
# a trail is a few links at most
_TRAIL_LINKS = 6


def is_trail(el: Any, links: list[Any], page_names: list[str]) -> bool:
    """``links`` (those of ``el``) stand as a breadcrumb: separated by onward pointing
    separators, or one link followed by a separator and the name of the page on view
    (one of ``page_names``: its title, its main heading)."""
    if not 1 <= len(links) <= _TRAIL_LINKS or el.xpath(".//ul//ul") or on_lines(el, links):
        return False
    gaps = texts_after_links(el, links)
    if len(gaps) > 1:
        return all(SEPARATOR.match(g) for g in gaps[:-1])
    end = _TRAIL_END.match(gaps[0]) if gaps else None
    return end is not None and names_page(end.group(1), page_names)


def on_lines(el: Any, links: list[Any]) -> bool:
    """The links stand on lines of their own, one under another: in rows of a table
    inside ``el`` (``<tr><td>» <a>News</a></td></tr>``) or parted by ``<br>``s.  A trail
    is one line, whatever marks its links ("»" before each item of a column is a
    bullet, no separator)."""
    if len(links) < 2:
        return False
    rows = {next((r for r in a.iterancestors("tr") if r is el or _inside(r, el)), None)
            for a in links}
    if len(rows) > 1 and None not in rows:
        return True
    order = {x: i for i, x in enumerate(el.iter())}
    first, last = order.get(links[0], 0), order.get(links[-1], 0)
    return any(first < order[br] < last for br in el.iter("br"))


def _inside(x: Any, el: Any) -> bool:
    return any(p is el for p in x.iterancestors())


def names_page(text: str, page_names: list[str]) -> bool:
    """``text`` is the page's name: one of ``page_names``, or a part of one (a title
    with the site's name after it, "Settori di attività | OSCE")."""
    name = fold(text)
    return bool(name) and any(f" {name} " in f" {n} " for n in map(fold, page_names))

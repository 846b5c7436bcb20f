"""A stream's own records: the permalinks of an activity stream's lines, no items.

An activity stream (a community site's "Activity": "X published a new post, <a>TITLE</a>
<a href=/activity/p/6120/>31 March 2016</a> · Comment 1 · Favourite") numbers each of
its lines under the stream's own address and links that number only from the line's
time and its controls.  The item a line tells of is linked by its title; the line's own
number is a record of the stream (a post, a group joined, a status update), no item the
listing lists.  A numbered address under the listing's own that the page links by its
title (a newsroom's ``/de/newsroom/751404/`` under ``/de/newsroom/``) stays an item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.extract import urls
from scraper.extract.pages.listing_items import item_key

# a control's words: "Comment 1", "Favourite", "Reply" (a title runs longer)
_CONTROL_WORDS = 2


def stream_records(links: list[tuple[Any, str]], page: str, text_of: Callable[[Any], str],
                   is_date: Callable[[str], bool]) -> set[str]:
    """The item keys (:func:`.listing_items.item_key`) of ``links`` that are a stream's
    records: every link to the number lies under the page's own address, one shows
    only a date and the others at most a control's few words."""
    base = urls.split(page)
    if base is None or not base.path.strip("/"):
        return set()
    under = base.path.rstrip("/") + "/"
    texts: dict[str, list[str]] = {}
    outside: set[str] = set()
    for a, href in links:
        key = item_key(href)
        parts = urls.split(href)
        if parts is None or not parts.path.startswith(under) or not urls.same_site(href, page):
            outside.add(key)
        texts.setdefault(key, []).append(text_of(a))
    return {key for key, shown in texts.items() if key not in outside
            and any(t and is_date(t) for t in shown)
            and all(is_date(t) or len(t.split()) <= _CONTROL_WORDS
                    for t in shown if t)}

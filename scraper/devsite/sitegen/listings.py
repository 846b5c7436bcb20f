"""What the newsrooms of the offline copy list: entries, pages and the traps among them.

The English newsroom lists every item, newest first, with the traps a crawler must
get through placed among them (:func:`english_entries`, recorded in :class:`Traps`);
the Russian one lists the items under ``/ru/``.  Their HTML is :mod:`.markup`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scraper.devsite.sitegen.items import DISALLOWED_ID, DISALLOWED_PREFIX, MISSING_ID, Item

PER_PAGE = 10
# The Russian newsroom has few items in the small copy; 5 a page still gives it a
# second page, so its pager is exercised.
RU_PER_PAGE = 5
# where the traps sit in the English newsroom (entry indexes, before later inserts)
_DISALLOWED_AT = 3
_REDIRECT_FROM = 11
_MISSING_AT = 25


@dataclass(frozen=True)
class Entry:
    """One row of a listing: the URL it links and what it shows."""

    path: str
    title: str
    issued_on: str | None
    content_type: str | None = None
    issued_by: tuple[str, ...] = ()
    fields_of_work: tuple[tuple[str, str], ...] = ()   # (name, slug)
    summary: str | None = None

    @classmethod
    def of(cls, item: Item, path: str | None = None) -> Entry:
        rec = item.template.expected
        fields = tuple((f["label"], f["id"] or _slug(f["label"]))
                       for f in rec.get("fields_of_work") or [])
        return cls(path or item.path, rec.get("title") or "Untitled", item.issued_on,
                   rec.get("content_type"), tuple(rec.get("issued_by") or []), fields,
                   _teaser(rec.get("summary")))


def _slug(name: str) -> str:
    """A link path for a field of work that is not one of the 23."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "topic"


def _teaser(summary: str | None, limit: int = 300) -> str | None:
    if not summary or len(summary) <= limit:
        return summary
    cut = summary[:limit].rsplit(" ", 1)[0]
    return cut + " …"


@dataclass
class Traps:
    """What the English newsroom does to a crawler, for the routes file and the tests."""

    redirect: tuple[str, str] | None = None          # (/node/N, the item's address)
    two_addresses: tuple[str, str] | None = None     # (alias, /node/N), both answer 200
    listed_twice: str | None = None
    missing: str = f"/secretariat/{MISSING_ID}"
    disallowed: str = f"{DISALLOWED_PREFIX}{DISALLOWED_ID}"

    def as_dict(self) -> dict[str, Any]:
        return {"redirect": self.redirect, "two_addresses": self.two_addresses,
                "listed_twice": self.listed_twice, "missing": self.missing,
                "disallowed": self.disallowed}


def english_entries(items: list[Item], traps: Traps, fresh: int = 0) -> list[Entry]:
    """Every item, newest first, with the traps placed among them; the ``fresh`` items
    at the top do not move the redirect trap, so a copy with new items lists the same
    known item as /node/N as the copy without them (a crawler must not see a new
    address where nothing is new)."""
    entries = [Entry.of(item) for item in items]
    by_path = {item.path: item for item in items}

    # an item that answers at /node/N and at its alias: listed under both
    for item in items:
        if item.alias and item.fetched_as.startswith("/node/"):
            at = entries.index(Entry.of(item))
            entries.insert(at + 1, Entry.of(item, item.fetched_as))
            traps.two_addresses = (item.path, item.fetched_as)
            break
    # an item listed as /node/N, which redirects to its alias, and under the alias too
    for i in range(min(_REDIRECT_FROM + fresh, len(entries) - 1), len(entries)):
        listed = by_path.get(entries[i].path)
        if listed and not listed.alias and not listed.path.startswith(("/node/", "/ru/")) \
                and listed.path.count("/") == 2 and "?" not in listed.path:
            node = f"/node/{listed.node_id}"
            entries[i] = Entry.of(listed, node)
            entries.insert(i + 1, Entry.of(listed))
            traps.redirect = (node, listed.path)
            break
    # listed, never published (404)
    at = min(_MISSING_AT, len(entries))
    near = entries[at - 1]
    entries.insert(at, Entry(traps.missing, "Statement withdrawn before publication",
                             near.issued_on, "Press release", ("OSCE Secretariat",), (),
                             "This entry was listed in the newsroom but the page does not "
                             "exist."))
    # listed, but under a path robots.txt disallows
    near = entries[_DISALLOWED_AT]
    entries.insert(_DISALLOWED_AT, Entry(traps.disallowed, "Internal briefing note",
                                         near.issued_on, "News Item", ("OSCE Secretariat",),
                                         (), None))
    # the last entry of the first page shows again at the top of the second (an item
    # published while the crawl paged through)
    entries.insert(PER_PAGE, entries[PER_PAGE - 1])
    traps.listed_twice = entries[PER_PAGE].path
    return entries


def paginate(entries: list[Entry], per_page: int) -> list[list[Entry]]:
    return [entries[i:i + per_page] for i in range(0, len(entries), per_page)] or [[]]


def page_url(base: str, page: int) -> str:
    return base if page == 0 else f"{base}?page={page}"

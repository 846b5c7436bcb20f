"""Which links of a listing name which item, and the entry around them.

An entry often links its item several times: the headline, a "Read more", the comments
(``#comments``), a print view and an "e-mail a friend" form (PHP-Nuke's
``file=print&sid=1214``).  Links naming the same item by its number are one entry, and
the entry's address is the item's own view: the link that says something (its title,
its "Read more"), not an icon-only action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.extract import urls
from scraper.extract.pages.listing_titles import says_read_more
from scraper.extract.structure import tag
from scraper.extract.text import clean

# a column of at least this many one-link lines is a menu when most lead to no item
_MENU_LINES = 4
# item links in boxes a class word alone calls furniture, read when none stand elsewhere;
# as many items on another host make a list of them
FALLBACK_MIN = 3


def item_key(href: str) -> str:
    """What names the item: its number on its site (``print&sid=7`` and ``article&sid=7``
    are one item), else the address."""
    number = urls.item_number(href)
    return f"{urls.host(href).removeprefix('www.')}#{number}" if number else href


def one_address_per_item(links: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """``links`` with each item a script names by a query parameter written one way:
    addresses of one script naming one item that differ only in what else the query
    carries along (Discuz!'s ``viewthread&tid=828849`` in a side box,
    ``viewthread&tid=828849&extra=page%3D1`` in the list) are one address, the one most
    of the item's links write (the first on a tie).  Another path naming the same
    number (``/node/N`` beside ``/secretariat/N``) stays another address."""
    def script_item(href: str) -> tuple[str, str, str] | None:
        parts = urls.split(href)
        number = urls.item_number(href)
        if parts is None or number is None or not parts.query \
                or number not in parts.query:
            return None
        return parts.netloc.lower().removeprefix("www."), parts.path, number

    spellings: dict[tuple[str, str, str], dict[str, int]] = {}
    for _, href in links:
        if (key := script_item(href)) is not None:
            counts = spellings.setdefault(key, {})
            counts[href] = counts.get(href, 0) + 1
    chosen = {key: max(counts, key=lambda h: counts[h]) for key, counts in spellings.items()}
    return [(a, chosen[key] if (key := script_item(href)) is not None else href)
            for a, href in links]


def _says_something(a: Any) -> bool:
    """Text of its own, not only an icon's alt text (a print or e-mail button)."""
    return bool(clean("".join(a.itertext())))


def entry_elements(links: list[tuple[Any, str]], at_article: bool = True,
                   rank: Callable[[Any, str], tuple[int, int]] | None = None
                   ) -> dict[str, tuple[Any, Any]]:
    """Item URL -> (its entry, its first link), in page order: the entry of a link is the
    largest element around it that links to that item alone (a card, a row, a list
    item), stopping below body, or, ``at_article``, at an ``<article>`` (a featured
    entry alone in its box would take the box's other lines: an intro, a "Featured"
    heading).  The URL is that of the entry's first link that says
    something, else of its first link; another entry naming the same item by another
    address (``/node/N`` beside ``/secretariat/N``) is an entry of its own.  An item
    linked from two boxes apart (a side box of the newest items, then the listing's
    row) is the entry ``rank`` scores highest (the one showing the item's facts), in
    its place; the first on a tie."""
    keys = [item_key(href) for _, href in links]
    keys_under: dict[Any, set[str]] = {}
    for (a, _), key in zip(links, keys, strict=True):
        for anc in a.iterancestors():
            keys_under.setdefault(anc, set()).add(key)
    groups: list[tuple[Any, list[tuple[Any, str]]]] = []    # (entry, its links to the item)
    found: dict[tuple[str, Any], int] = {}
    for (a, href), key in zip(links, keys, strict=True):
        entry = a
        for anc in a.iterancestors():
            if len(keys_under.get(anc, ())) > 1 or tag(anc) in ("body", "html"):
                break
            entry = anc
            if at_article and tag(anc) == "article":
                break   # the entry as its author marked it: no box around it is the entry
        if (key, entry) in found:
            groups[found[key, entry]][1].append((a, href))
        else:
            found[key, entry] = len(groups)
            groups.append((entry, [(a, href)]))
    by_href: dict[str, list[int]] = {}      # href -> its groups, in page order
    for n, (_, own) in enumerate(groups):
        href = next((h for a, h in own if _says_something(a)), own[0][1])
        by_href.setdefault(href, []).append(n)
    chosen = {href: ns[0] if rank is None else _fullest(groups, ns, href, rank)
              for href, ns in ((h, _headlined(groups, ns, h, rank)) for h, ns in by_href.items())}
    return {href: (groups[n][0], groups[n][1][0][0])
            for href, n in sorted(chosen.items(), key=lambda kv: kv[1])}


def _headlined(groups: list[tuple[Any, list[tuple[Any, str]]]], ns: list[int], href: str,
               rank: Callable[[Any, str], tuple[int, int]] | None) -> list[int]:
    """Of the groups ``ns`` linking one item, those holding its headline (a link saying
    more than "read more") when the first holds none: a page drawn as positioned
    columns (an editor's layers: the arrow images, the headlines, the "Leggi tutto »"
    links side by side) links each item from three boxes apart, and the entry is the
    headline's.  A first group showing more of the item's facts than the titled one
    is the item's own story box, its headline unlinked (Slash's title bar, its
    "Read More..." below the teaser), and a side box's linked title no better copy."""
    titled = [n for n in ns if any(_says_something(a) and not says_read_more(clean(
        "".join(a.itertext()))) for a, _ in groups[n][1])]
    if not titled or titled[0] == ns[0]:
        return ns
    if rank is not None and rank(groups[ns[0]][0], href)[0] > rank(groups[titled[0]][0],
                                                                   href)[0]:
        return ns
    return titled


def _fullest(groups: list[tuple[Any, list[tuple[Any, str]]]], ns: list[int], href: str,
             rank: Callable[[Any, str], tuple[int, int]]) -> int:
    """Of the groups ``ns`` linking ``href``, the first, unless a group in a box apart
    (not a sibling part of the first: a ``<dt>`` headline and its ``<dd>`` teaser are one
    entry) shows more of the item's facts.  On equal facts the item's row in the list
    (beside other items' entries) outranks a box standing alone, however many lines
    that box takes in (a side column's "Recommended" box, its entry the whole column
    with the category and information boxes around it)."""
    first = groups[ns[0]][0]
    apart = [n for n in ns[1:] if groups[n][0].getparent() is not first.getparent()
             or _other_item_between(groups, ns[0], n, href)]
    if not apart:
        return ns[0]
    listed = _listed_entries(groups, href)

    def key(n: int) -> tuple[int, bool, int, int]:
        facts, lines = rank(groups[n][0], href)
        return facts, groups[n][0] in listed, lines, -n
    return max([ns[0], *apart], key=key)


def _listed_entries(groups: list[tuple[Any, list[tuple[Any, str]]]], href: str) -> set[Any]:
    """The entries of ``href`` standing beside another item's entry (one parent)."""
    others = {entry.getparent() for entry, own in groups if all(h != href for _, h in own)}
    return {entry for entry, own in groups
            if any(h == href for _, h in own) and entry.getparent() in others}


def _other_item_between(groups: list[tuple[Any, list[tuple[Any, str]]]], first: int,
                        n: int, href: str) -> bool:
    """Another item's entry stands between groups ``first`` and ``n``: they are no two
    parts of one entry (a headline and its teaser) but two boxes showing the item (a
    "Featured" box above the list, then the item's own row in it)."""
    return any(h != href for _, own in groups[first + 1:n] for _, h in own)


def titled_apart(line: Any, entry: Any) -> bool:
    """``line`` (a sibling after the entry's line: a table row) opens with a link dressed
    as the entry's headline link, the same class word on it (Plumtree's
    ``ptNewsTitle``), leading elsewhere: a block of its own among the entries (an "In
    focus" promo of a community page, a document's row), none of the entry's lines,
    whatever it says below its title."""
    first = next((a for a in line.iter("a") if a.get("href")), None)
    dressed = (first.get("class") or "").split() if first is not None else []
    if first is None or not dressed:
        return False
    titles = [a for a in entry.iter("a")
              if a.get("href") and (a.get("class") or "").split() == dressed]
    return bool(titles) and all(a.get("href") != first.get("href") for a in titles)


def in_link_menu(a: Any, absolute: Callable[[str | None], str | None]) -> bool:
    """The link is one line of a column of one-link lines (list items, table rows) most
    of which lead to no item: a menu ("Home", "Press", "About the OSCE" — a static
    page numbered like an item), not a list of items."""
    line = next((x for x in list(a.iterancestors())[:3] if tag(x) in ("li", "tr")), None)
    parent = line.getparent() if line is not None else None
    if parent is None:
        return False
    linked = [links for row in parent if tag(row) == tag(line)
              if (links := [x for x in row.iter("a") if x.get("href")])]
    if len(linked) < _MENU_LINES or any(len(links) != 1 for links in linked):
        return False
    items = sum(1 for (x,) in linked if urls.item_number(absolute(x.get("href"))) is not None)
    return 2 * items < len(linked)


def repeats_only(links: list[tuple[Any, str]], others: list[tuple[Any, str]]) -> bool:
    """Every item ``links`` name is among the more items ``others`` name (none at all,
    or a "Featured" card repeating the first item of a list the others make); links
    naming the same items as ``others`` (an item's print and e-mail icons beside its
    title) are no such repeat: the items stay with ``links``."""
    mine = {item_key(href) for _, href in links}
    theirs = {item_key(href) for _, href in others}
    return mine <= theirs and len(mine) < len(theirs)


def off_site_items(links: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Item links leading off the page's host, read when the page lists no item of
    its own: a project's or partner's site (a Mobirise or Strikingly page on a
    domain of its own) whose news cards link out to the items on the
    organisation's site.  The items are those on the one host most such links lead
    to, when it names at least :data:`FALLBACK_MIN` distinct items (a stray link
    to another site's article is no list)."""
    by_host: dict[str, list[tuple[Any, str]]] = {}
    for a, href in links:
        by_host.setdefault(urls.host(href).removeprefix("www."), []).append((a, href))
    best_host = max(by_host.values(), key=lambda hs: len({h for _, h in hs}), default=[])
    return best_host if len({h for _, h in best_host}) >= FALLBACK_MIN else []

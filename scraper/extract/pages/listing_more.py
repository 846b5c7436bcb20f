"""A listing's "more articles" list: the rest of the list as bare headline links.

A blog's category page shows its first items in full, then a short list of further
items as headline links alone (Joomla's ``items-more``: "More articles…", "Plus
d'articles…", "Altri articoli…").  A menu's class word often dresses that list
(``nav nav-tabs nav-stacked``), which makes it look like page furniture; a reader sees
more items of the same list.  What tells it from a sidebar's box of other items ("Most
read", "Latest news") is where it stands and what it holds, not its words: inside the
listing's own region (the smallest box holding the listed items), after the last of
them, a short list whose every line is one link to an item of the same address family
as the listed ones, its words the whole line.  A listing whose own items already span
several folders (``/pl/odihr/765312``, ``/pl/hcnm/765307``: one folder per issuer)
shows its family by the addresses' shape, not one folder: the same host, number of
steps, first step and kind of last step (a number, a number-led slug).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages.common import is_under
from scraper.extract.structure import is_block, tag

# at most this many lines: a few further items, not a second listing
_MORE_MAX = 10


def address_family(href: str) -> tuple[str, str, frozenset[str]]:
    """What a site's item addresses of one kind share: the host, the path without its
    last step (``/fr/communiques-de-presse`` of ``…/739502-atelier``), or the whole
    path of a script whose parameters name the item, and the names of those parameters
    (``/index.php`` and ``option``, ``view``, ``id``…)."""
    parts = urlsplit(href)
    path = parts.path.rstrip("/")
    keys = frozenset(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    folder = path if keys else path.rsplit("/", 1)[0]
    return urls.host(href).removeprefix("www."), folder, keys


def address_shape(href: str) -> tuple[str, int, str, str, frozenset[str]]:
    """The shape of an item's address, for a listing whose items span folders: host,
    number of path steps, the first step (a language, a section), what the last step
    is (a number, a number-led slug, words) and the parameters' names."""
    parts = urlsplit(href)
    steps = [s for s in parts.path.split("/") if s]
    last = steps[-1] if steps else ""
    kind = "number" if last.isdigit() else "numbered" if last[:1].isdigit() else "words"
    keys = frozenset(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    return (urls.host(href).removeprefix("www."), len(steps), steps[0] if steps else "",
            kind, keys)


def with_more(doc: Document, items: list[tuple[Any, str]],
              candidates: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The listing's ``items`` and, in page order among them, the ``candidates`` that
    continue them as a "more articles" list (:func:`more_items`)."""
    if not items or not candidates:
        return items
    more = more_items(items, candidates, doc.order, doc.element_text)
    return sorted([*items, *more], key=lambda link: doc.order.get(link[0], 0)) if more \
        else items


def more_items(items: list[tuple[Any, str]], candidates: list[tuple[Any, str]],
               order: dict[Any, int], text_of: Callable[[Any], str]
               ) -> list[tuple[Any, str]]:
    """The ``candidates`` (item links a class word alone left out) that continue the
    listing ``items`` as a "more articles" list (see the module's docstring)."""
    region = _region([a for a, _ in items])
    if region is None or not candidates:
        return []
    last = max(order.get(a, 0) for a, _ in items)
    families = {address_family(href) for _, href in items}
    shapes = {address_shape(href) for _, href in items} if len(families) > 1 else set()
    listed = {href for _, href in items}
    fit = {a: href for a, href in candidates
           if is_under(a, region) and order.get(a, 0) > last and href not in listed
           and (address_family(href) in families or address_shape(href) in shapes)}
    out: list[tuple[Any, str]] = []
    for box in dict.fromkeys(_line(a).getparent() for a in fit):
        lines = [x for x in box if isinstance(x.tag, str)]
        links = [next(iter(x.iter("a")), None) if tag(x) != "a" else x for x in lines]
        if 1 <= len(lines) <= _MORE_MAX and all(
                a in fit and len(list(line.iter("a"))) == 1
                and text_of(a) and text_of(a) == text_of(line)
                for a, line in zip(links, lines, strict=True)):
            out += [(a, fit[a]) for a in links]
    return out


def _line(a: Any) -> Any:
    """The block holding the link as one line (a list item), or the link itself."""
    return next((x for x in a.iterancestors() if is_block(x)), a)


def _region(links: list[Any]) -> Any | None:
    """The smallest element holding every link, when it is no whole page (a ``<main>``
    is the page's content, and counts); None when fewer than two links make a list."""
    if len(links) < 2:
        return None
    common = list(links[0].iterancestors())
    for a in links[1:]:
        mine = set(a.iterancestors())
        common = [x for x in common if x in mine]
    region = common[0] if common else None
    return None if region is None or tag(region) in ("html", "body") else region

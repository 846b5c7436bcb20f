"""A teaser of another item set among the body's blocks: no text of the body.

Block editors (Plone Volto's ``block teaser``, Gutenberg's "latest posts", a page
builder's "post card") let an editor drop a card announcing another item between the
paragraphs: its type or date line, its title as a heading, a sentence of its lead,
the whole linking to that item.  The card is a related widget; its lines are no part
of the text, whatever its classes are called.

An older page lists other items in a line box of their own after the text: a short
title line, then one link a line to each item ("Other press releases of November:"
<br> headline <br> headline), or as a list whose every item is one link to another
item (a blog plugin's "Articoli correlati" under the text).  The box is a related list,
whatever its title says.  A box of one "Read also:" line (a related heading's words
and a link to another item, "Lire aussi : <a>…</a>") set between the paragraphs is one too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from scraper.extract import urls
from scraper.extract.blocks import Block
from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.news.hints import WIDGET_HEADINGS_FOLDED
from scraper.extract.structure import tag
from scraper.extract.text import clean, fold

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# a card is short: its title, a line of facts and a sentence or two
_CARD_CHARS = 400
# its lines: the title and at least one more (a type or date line, a lead)
_CARD_LINES = 2
# boxes looked at above a block
_DEPTH = 6
# a related list: at least this many items, under a title line at most this long
_LIST_ITEMS = 2
_LIST_TITLE_CHARS = 80


def in_teaser(el: Any, container: Any, blocks: list[Block], text: Callable[[Any], str],
              absolute: Callable[[str | None], str | None], own: Collection[str]) -> bool:
    """``el`` stands in a short box below ``container`` that holds one heading and
    links to one address, not the page's own (``own``), by a link that holds the
    heading or says its words ("Read more: <title>", hidden to the eye or not), with
    another line beside the heading: a teaser card of another item."""
    for box in [el, *el.iterancestors()][:_DEPTH]:
        if box is container or not is_descendant(box, container):
            return False
        words = text(box)
        if len(words) > _CARD_CHARS:
            return False
        heads = [x for x in box.iter() if tag(x) in _HEADINGS]
        if len(heads) > 1:
            return False
        links = [a for a in box.iter("a") if (a.get("href") or "").strip()[:1] not in ("", "#")]
        targets = {absolute(a.get("href")) for a in links}
        if not heads or not targets:
            continue
        if len(targets) != 1 or None in targets or targets & set(own):
            return False
        title = fold(text(heads[0]))
        if not title or not any(is_descendant(heads[0], a) or title in fold(" ".join(a.itertext()))
                                for a in links):
            return False
        lines = [b for b in blocks if is_descendant(b.el, box) and b.text.strip()]
        return len(lines) >= _CARD_LINES
    return False


def is_item_list(b: Block, absolute: Callable[[str | None], str | None],
                 own: Collection[str]) -> bool:
    """``b``'s lines are a short title line (or none) and then two or more lines each
    the whole text of one link to another item (its address names an item): a list of
    related items, no text (see above)."""
    lines = [clean(x) for x in b.text.split("\n") if x.strip()]
    links: dict[str, str | None] = {}
    for a in b.el.iter("a"):
        links.setdefault(clean(" ".join(a.itertext())), absolute(a.get("href")))

    def item_line(line: str) -> bool:
        target = links.get(line)
        return target is not None and target not in own and urls.item_number(target) is not None

    if lines and not item_line(lines[0]):
        if len(lines[0]) > _LIST_TITLE_CHARS or lines[0] in links:
            return False
        lines = lines[1:]
    return len(lines) >= _LIST_ITEMS and all(item_line(x) for x in lines)


def in_item_list(el: Any, absolute: Callable[[str | None], str | None],
                 own: Collection[str]) -> bool:
    """``el`` is an item of a ``<ul>`` or ``<ol>`` of two or more items, each the whole
    text of one link to another item (its address names an item): a list of related
    items, no text."""
    if tag(el) != "li":
        return False
    parent = el.getparent()
    items = [x for x in parent if tag(x) == "li"] if parent is not None else []
    if tag(parent) not in ("ul", "ol") or len(items) < _LIST_ITEMS:
        return False

    def item_line(li: Any) -> bool:
        links = [a for a in li.iter("a") if a.get("href")]
        if len(links) != 1 or clean(" ".join(li.itertext())) != \
                clean(" ".join(links[0].itertext())):
            return False
        target = absolute(links[0].get("href"))
        return target is not None and target not in own and urls.item_number(target) is not None

    return all(item_line(li) for li in items)


def heads_item_list(el: Any, absolute: Callable[[str | None], str | None],
                    own: Collection[str]) -> bool:
    """``el`` is a short heading whose next element is a related list (see
    :func:`in_item_list`): the list's title ("Mehr zum Thema", "Read also"), whatever
    it says, no heading of the text; the list is dropped, so is its title."""
    if tag(el) not in _HEADINGS or len(clean(" ".join(el.itertext()))) > _LIST_TITLE_CHARS:
        return False
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()     # a comment between them
    if nxt is None or tag(nxt) not in ("ul", "ol") or (nxt.text or "").strip():
        return False
    first = next((li for li in nxt if tag(li) == "li"), None)
    return first is not None and in_item_list(first, absolute, own)


def is_related_line(b: Block, absolute: Callable[[str | None], str | None],
                    own: Collection[str]) -> bool:
    """``b`` says a related box's heading ("Read also:", "Читайте также:", "Lire aussi")
    and nothing else but links to other items (their addresses name items): a "read
    also" box set between the paragraphs, however few its links, no text."""
    links = [a for a in b.links if tag(a) == "a" and a.get("href")]
    if not links:
        return False
    rest = b.text
    for a in links:
        target = absolute(a.get("href"))
        if target is None or target in own or urls.item_number(target) is None:
            return False
        rest = rest.replace(clean(" ".join(a.itertext())), " ", 1)
    return fold(rest) in WIDGET_HEADINGS_FOLDED


def in_related_list(b: Block, absolute: Callable[[str | None], str | None],
                    own: Collection[str]) -> bool:
    """``b`` is a line of a list of related items, or its title (see above)."""
    return ("\n" in b.text and is_item_list(b, absolute, own)) \
        or in_item_list(b.el, absolute, own) or heads_item_list(b.el, absolute, own) \
        or is_related_line(b, absolute, own)

"""What page this is (a news item, a listing of items, or only navigation), decided
from the page itself, as a reader would.

A reader calls a page a news item when a headline is followed by running text that
belongs to no teaser; a listing when several items are announced by their titles,
each linking to the item; navigation when there is neither, only link lists (a
sitemap).  The signals, in order:

1. the article's text: the body the news page object finds, if it comes after a
   headline that links nowhere, and is not inside a teaser (a block holding a heading
   that links to an item: a listing's featured entry looks like an article at a
   glance, but its title leads elsewhere);
2. teasers: three or more distinct items linked from headings or entry titles
   outside menus and sidebars;
3. menus: link lists and nothing else.

Used by ``osce-scraper extract --kind auto`` and to warn when the kind asked for is
not the page's (:func:`mismatch`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages import ListingPage, NavigationPage, NewsPage
from scraper.extract.pages.common import is_descendant
from scraper.extract.pages.listing_items import entry_elements
from scraper.extract.pages.navigation.pagers import is_sequence_link
from scraper.extract.structure import HEADINGS, is_hidden, tag

PageKind = Literal["news", "listing", "navigation"]

# an article's text is at least this long (a paragraph; teasers are told apart by
# their structure, above, not by length)
MIN_ARTICLE_CHARS = 150
# below so many characters, the text under a headline above a long listing is a teaser
MIN_LEAD_TEASER_CHARS = 400
# so many items announced by their titles make a listing
MIN_LISTED_ITEMS = 3
# and a page with so many menu entries and nothing else is navigation
MIN_MENU_ENTRIES = 5


@dataclass(frozen=True)
class Verdict:
    """The page's kind and the reason, in words (shown by the command line)."""

    kind: PageKind | None
    reason: str


def classify(doc: Document) -> Verdict:
    """The kind of ``doc``; ``kind`` is None when the page shows none of the three."""
    news = doc.page(NewsPage)
    listing = doc.page(ListingPage)
    titled_entries = _titled_items(doc, listing)
    titled = _title_links(doc, listing, titled_entries)
    # an entry's teaser is no article text (a card's facts and excerpt under its title)
    article = _article_chars(news, listing.item_links, titled,
                             {id(entry) for entry, _ in titled_entries.values()})
    # a paragraph under a lead story's headline is a teaser when many items are listed
    # below it (a CoreMedia hero above nine cards)
    short_lead = len(titled) >= 2 * MIN_LISTED_ITEMS and article < MIN_LEAD_TEASER_CHARS
    if article >= MIN_ARTICLE_CHARS and not short_lead:
        return Verdict("news", f"a headline followed by {article} characters of text")
    if len(titled) >= MIN_LISTED_ITEMS:
        return Verdict("listing", f"{len(titled)} items announced by their titles")
    entries = max(len(doc.page(NavigationPage).entries()), _link_list_items(doc))
    if entries >= MIN_MENU_ENTRIES:
        return Verdict("navigation", f"{entries} menu entries, no article and no listing")
    if article:
        return Verdict("news", f"a headline followed by {article} characters of text")
    return Verdict(None, "no article, no listed items and no menu")


def _title_links(doc: Document, listing: ListingPage,
                 entries: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    """Each announced item's title: the first link of its entry to it that shows words
    (a card links its picture to the item first, its title after)."""
    hrefs = {id(a): href for a, href in listing.item_links}
    out = {}
    for href, (entry, first) in entries.items():
        out[href] = next((a for a in entry.iter("a") if hrefs.get(id(a)) == href
                          and doc.element_text(a)), first)
    return out


def mismatch(asked: PageKind, verdict: Verdict) -> str | None:
    """Why extracting ``asked`` from a page judged ``verdict`` would give a wrong record
    (None when it would not).  Every page carries the site menu: navigation can be
    read from a news item or a listing too."""
    if verdict.kind is None or asked == verdict.kind:
        return None
    if asked == "navigation":
        return None
    return f"asked for {asked}, but the page looks like {verdict.kind} ({verdict.reason})"


def _titled_items(doc: Document, listing: ListingPage) -> dict[str, tuple[Any, Any]]:
    """Items the page announces, each by an entry of its own among entries like it (a
    card, a row, a list item: the largest element linking to that item alone, with a
    sibling entry beside it), outside menus and sidebars; URL -> (entry, first link)."""
    own = urls.item_number(doc.canonical or doc.url)
    # a news script's "« Previous | Next »" over its item leads to other items, announcing
    # none of them
    links = [(a, href) for a, href in listing.item_links
             if not (own and urls.item_number(href) == own) and not is_sequence_link(a)]
    # the slots entries stand in, whatever wraps each (an <article> in a views-row)
    entries = entry_elements(links, at_article=False)
    parents: dict[Any, int] = {}
    for entry, _ in entries.values():
        parent = entry.getparent()
        parents[parent] = parents.get(parent, 0) + 1
    # cells a missing end tag nested into each other (each grid cell holding its card and
    # the next cell, as a browser builds ``<div cell><div card>…</div><div cell>…``):
    # an entry whose slot holds the next entry's slot, or lies in the previous one's,
    # stands beside it as the page shows it
    nested = {p for p in parents if p.getparent() in parents} | \
        {p.getparent() for p in parents if p.getparent() in parents}
    slots = {id(entry) for entry, _ in entries.values()}
    return {href: (entry, a) for href, (entry, a) in entries.items()
            if parents[entry.getparent()] >= 2 or entry.getparent() in nested
            or _beside_like_box(entry, slots)}


def _beside_like_box(entry: Any, slots: set[int]) -> bool:
    """An entry whose box has a like sibling (same tag and class) holding other entries:
    a blog's day groups, one ``date-outer`` a day, one day with two posts, the others
    one each (the lone post's slot is its whole day box)."""
    cls = (entry.get("class") or "").split()
    parent = entry.getparent()
    if not cls or parent is None:
        return False
    return any(sib is not entry and tag(sib) == tag(entry) and (sib.get("class") or "").split()
               == cls and any(id(x) in slots for x in sib.iter()) for sib in parent)


def _link_list_items(doc: Document) -> int:
    """List items that are nothing but a link (a sitemap's, a menu's) on the page."""
    count = 0
    for li in doc.root.iter("li"):
        if is_hidden(li):
            continue
        text = doc.element_text(li)
        links = [doc.element_text(a) for a in li.iter("a") if a.get("href")]
        if text and len(links) == 1 and links[0] == text:
            count += 1
    return count


def _in_heading(a: Any) -> bool:
    return any(tag(x) in HEADINGS for x in [*list(a.iterancestors())[:3], *a.iter()])


def _link_of(el: Any, links: set[int]) -> Any:
    """The link among ``links`` that holds ``el`` or stands in it."""
    for node in [*el.iter("a"), *el.iterancestors("a")]:
        if id(node) in links:
            return node
    return None


def _leads_to_itself(doc: Document, a: Any) -> bool:
    """A headline linking to its own page (a permalink, or an anchor on the page
    itself: mdBook's ``<h1><a class="header" href="#slug">``, a named anchor with no
    ``href``), not to another item."""
    raw = (a.get("href") or "").strip()
    # a named anchor with no address (``<h1><a name="…">Title</a></h1>``) leads nowhere
    if raw.startswith("#") or a.get("href") is None:
        return True
    # a permalink to a message of the page: its fragment names an anchor the page holds
    # (a forum's ``read.php?3,810101,810101#msg-810101`` over the thread's first post)
    fragment = raw.partition("#")[2]
    if fragment and _names_anchor(doc, fragment):
        return True
    href = doc.absolute(a.get("href"))
    own = urls.item_number(doc.canonical or doc.url)
    return href is not None and (urls.canonical(href) in (
        urls.canonical(doc.url), doc.canonical) or (own is not None
                                                   and urls.item_number(href) == own))


def _names_anchor(doc: Document, fragment: str) -> bool:
    """The page holds an element ``fragment`` names (``id`` or ``<a name>``)."""
    quoted = fragment.replace('"', "")
    return bool(doc.root.xpath(f'boolean(//*[@id="{quoted}"] | //a[@name="{quoted}"])'))


def _article_chars(news: NewsPage, listing_links: list[tuple[Any, str]],
                   titled: dict[str, Any], entries: frozenset[int] | set[int] = frozenset()) -> int:
    """Characters of running text after the headline, outside every teaser (0: none)."""
    title = news.title_el
    container = news.body_container
    if container is None:
        return 0
    if title is None:
        # no headline element (Wiki.js sends the title only as an attribute): the text
        # still makes an article when nothing is listed and it is not lines of links
        units = news.body_units
        link_lines = sum(1 for b in units if b.link_density > 0.5)
        if titled or not units or link_lines > len(units) - link_lines:
            return 0
        return sum(len(b.text) for b in units if not b.is_heading)
    link = next((x for x in [title, *title.iterancestors()] if tag(x) == "a"), None)
    inner = next(title.iter("a"), None)
    if link is None and inner is not None and \
            news.doc.element_text(title) == news.doc.element_text(inner):
        link = inner
    if link is not None and not _leads_to_itself(news.doc, link):
        return 0          # a headline that links elsewhere is a teaser's title
    units = news.body_units
    if not units:
        return 0
    # lines that are one link each outnumbering the lines of text: a site map or a
    # link list read by its shape, no article (news bodies here hold one or none)
    link_lines = sum(1 for b in units if b.link_density > 0.5)
    if link_lines >= MIN_MENU_ENTRIES and link_lines > len(units) - link_lines:
        return 0
    titled_ids = {id(a) for a in titled.values()}
    scope = container.getparent() if tag(container.getparent()) not in (
        "body", "html", "main", "") else container
    own = urls.item_number(news.doc.canonical or news.doc.url)
    # links in scope to other items: the listed ones, and any under a heading
    links = {id(a) for a, href in listing_links
             if is_descendant(a, scope) and not (own and urls.item_number(href) == own)
             and (id(a) in titled_ids or _in_heading(a))}
    if not links:
        # items announced by their titles after the headline (a builder's positioned
        # boxes, no box around each entry): text after them is no article of the
        # headline (a sidebar after the list), text among them is their teasers
        cut = _first_titled_after(news, title, units, titled)
        return sum(len(b.text) for b in units if not b.is_heading
                   and (cut is None or b.order < cut))
    for i, unit in enumerate(units):
        title = _link_of(unit.el, links)
        # the block's first line: a search hit's title, its facts and teaser after one
        # <br> each stand in one block
        first, _, rest = unit.text.partition("\n")
        if title is None or len(news.doc.element_text(title)) < 0.5 * len(first):
            continue
        # a block that is wholly an item's title, with text after it: that text is the
        # item's teaser (links to other items after the text are a "related" box)
        if len(rest) >= 80 or any(len(u.text) >= 80 for u in units[i + 1:]):
            return 0
    start = units[0].order
    for a, _ in listing_links:
        if id(a) in links and news.doc.order.get(a, 0) < start:
            return 0       # a title linking elsewhere just above the text
    # the boxes around the text or its headline are the article's own, no entry of a list
    head = news.title_el
    entries = set(entries) - {id(x) for x in (container, *container.iterancestors(),
                                              *(head.iterancestors() if head is not None else ()))}
    return sum(len(b.text) for b in units if not b.is_heading and not any(
        id(x) in entries for x in (b.el, *b.el.iterancestors())))


def _first_titled_after(news: NewsPage, title: Any, units: list[Any],
                        titled: dict[str, Any]) -> int | None:
    """The position of the first announced item's title between the headline and the
    text's last block, when at least :data:`MIN_LISTED_ITEMS` stand there."""
    if not units:
        return None
    start, end = news.doc.order.get(title, 0), units[-1].order
    inside = sorted(at for a in titled.values()
                    if start < (at := news.doc.order.get(a, -1)) <= end)
    return inside[0] if len(inside) >= MIN_LISTED_ITEMS else None

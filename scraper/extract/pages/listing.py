"""A newsroom listing page: one raw entry per listed item (its table rows and sibling
lines read by :mod:`scraper.extract.pages.listing_rows`), and the next page's URL (found
by :mod:`scraper.extract.pages.listing_pager`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.blocks import Block, linearize
from scraper.extract.dates import in_one_order, is_date_line, parse_date
from scraper.extract.document import Document
from scraper.extract.label_regions import label_regions, repeated_run
from scraper.extract.labels import LabelValue, best, find_labels
from scraper.extract.language import detect
from scraper.extract.pages.common import Found, is_under
from scraper.extract.pages.listing_facts import FEATURED, EntryFacts, kicker_of
from scraper.extract.pages.listing_items import (
    FALLBACK_MIN,
    entry_elements,
    in_link_menu,
    item_key,
    off_site_items,
    one_address_per_item,
    repeats_only,
)
from scraper.extract.pages.listing_lines import (
    headline_flags,
    in_entry_footer,
    is_action_link,
    is_action_row,
    is_control_link,
    is_fact_line,
    is_posted_line,
    is_stamped_line,
    line_of,
    reply_boxes,
    structure_byline,
)
from scraper.extract.pages.listing_more import with_more
from scraper.extract.pages.listing_pager import (
    ARROWS,
    is_numbered_page_of,
    is_page_of,
    next_page,
    turns_to_page,
)
from scraper.extract.pages.listing_permalinks import stream_records
from scraper.extract.pages.listing_rows import EntryRows, headed_entries
from scraper.extract.pages.listing_teasers import teaser_lines, teaser_text
from scraper.extract.pages.listing_titles import (
    READ_MORE,
    EntryTitles,
    says_read_more,
    subtitle_of,
)
from scraper.extract.pages.listing_types import typed_title, types_titles
from scraper.extract.pages.listing_widgets import is_widget_heading
from scraper.extract.pages.tags import bare_names, fact_lines, names_only, open_label_lines
from scraper.extract.structure import (
    CHROME_ROLES,
    HEADINGS,
    class_tokens,
    is_block,
    is_chrome_element,
    is_hidden,
    tag,
)
from scraper.extract.text import fold
from scraper.extract.vocabulary import LATEST_HEADINGS

_LATEST_HEADINGS = frozenset(fold(t) for t in LATEST_HEADINGS)
# a box of "more" of the same: a widget beside an item, the list's rest on its own page
_MORE_HEADINGS = frozenset(fold(t) for t in ("More news", "More stories", "Other news",
                                             "Weitere Nachrichten", "Другие новости"))
_NOT_ENTRY = ("aside",)
# boxes whose words are no entry's teaser whatever their classes say
_WIDGET_TAGS = frozenset({"figcaption", "figure", "aside", "nav", "form", "button", "dialog"})
# landmarks that are furniture whatever their classes say (a sidebar's too)
_FURNITURE_ROLES = CHROME_ROLES | {"complementary"}
# the class word of a side column's titled box in Plone and Zope CMF skins (``portlet``,
# ``portletContent``, ``portlet-static``): its links ("New on the site", "Recent items")
# list no entry while the page lists items elsewhere
_SIDE_BOX_TOKENS = frozenset({"portlet"})
# how far above a link a box's title row may stand (nested layout tables), and a
# heading element titling the box (a CMS block around a view's list)
_TITLE_ROW_DEPTH = 6
_BOX_TITLE_DEPTH = 9


class ListingPage:
    def __init__(self, doc: Document) -> None:
        self.doc = doc.without_scripts

    @cached_property
    def language(self) -> str:
        if self.doc.lang:
            return self.doc.lang
        lang, _ = detect(" ".join(b.text for b in self.blocks)[:4000])
        return lang or urls.language_prefix(self.doc.url) or "en"

    @cached_property
    def _facts(self) -> EntryFacts:
        return EntryFacts(self.doc, self.language)

    @cached_property
    def blocks(self) -> list[Block]:
        return linearize(self.doc.root, self.doc.order)

    # ------------------------------------------------------------------ entries
    def _is_excluded(self, el: Any) -> bool:
        # an <aside>, or a box its role calls one (a forum's side panel of bookmarks)
        return self._up_from(el, self._excluded_boxes, _side_box) or self._under_widget(el)

    @cached_property
    def _excluded_boxes(self) -> dict[Any, bool]:
        return {}

    @cached_property
    def _hidden_boxes(self) -> dict[Any, bool]:
        return {}

    @staticmethod
    def _up_from(el: Any, memo: dict[Any, bool], test: Callable[[Any], bool]) -> bool:
        """``test`` holds for ``el`` or a box around it; each box's answer kept in
        ``memo`` for the page (the links of a list share their boxes)."""
        chain = []
        node = el
        while node is not None and node not in memo:
            chain.append(node)
            node = node.getparent()
        found = False if node is None else memo[node]
        for x in reversed(chain):
            found = found or test(x)
            memo[x] = found
        return found

    def _under_widget(self, el: Any, leading: bool = True) -> bool:
        return self._widget_heading(el, leading) is not None

    def _widget_heading(self, el: Any, leading: bool = True) -> str | None:
        """The folded heading of the "Most read" or "Related" box ``el`` stands in: a
        sidebar box, not the listing (the heading may be a bold line in the same
        paragraph: ``<b>Most read:</b><br><a>``, or a box's title row:
        ``<tr><td><font><b>Most read</b></font></td></tr>``); None outside any."""
        # a box of nested layout tables puts its title row six levels above a link; a
        # CMS's block of a view puts its heading element (``<h2 class=block-title>``)
        # farther: only a heading element titles a box that far up
        for depth, anc in enumerate([el, *list(el.iterancestors())[:_BOX_TITLE_DEPTH]]):
            key = (anc, leading)
            if key not in self._headings_before:
                self._headings_before[key] = self._heading_before(anc, leading)
            found = self._headings_before[key]
            if found is not None and (depth <= _TITLE_ROW_DEPTH or found[1]):
                return found[0]
        return None

    @cached_property
    def _headings_before(self) -> dict[tuple[Any, bool], tuple[str, bool] | None]:
        """(box, leading) → :meth:`_heading_before`, each box judged once a page."""
        return {}

    def _heading_before(self, anc: Any, leading: bool) -> tuple[str, bool] | None:
        """The widget heading among the lines right before ``anc`` (see
        :meth:`_widget_heading`) and whether it is a heading element, or None."""
        before = [x for x in anc.itersiblings(preceding=True) if tag(x) != "br"]
        # the two lines above, and the box's first (its title row above link rows)
        for prev in [*before[:2], *before[-1:]]:
            # the heading, or a box (a table's row) holding nothing but its words
            if not isinstance(prev.tag, str) or self._is_tab_row(prev):
                continue
            heading = fold(self.doc.element_text(prev)).rstrip(" :：")
            if heading in _MORE_HEADINGS and not self._is_item_page:
                continue
            # a box opening the list with its first entries is a widget only after them
            if is_widget_heading(heading) and (heading not in FEATURED or (
                    leading and self._after_first_entry(prev, anc))):
                return heading, tag(prev) in HEADINGS
        return None

    def _after_first_entry(self, prev: Any, box: Any) -> bool:
        """``prev`` stands after the first item's link, ``box`` leads to another item
        (an eyebrow over the first entry's headline, its image above, is in it)."""
        at, first = self._first_item_link
        return self.doc.order.get(prev, 0) > at and all(
            urls.item_number(self.doc.absolute(a.get("href"))) != first for a in box.iter("a"))

    def _is_tab_row(self, box: Any) -> bool:
        """A list of two or more links, each its own item, leading to other pages (a
        listing's filter tabs "All · Popular" above it): a row of choices, no box's
        heading whatever its words.  Tabs switching panes within the page (``#popular``)
        may head a sidebar's box, and stay headings."""
        if tag(box) not in ("ul", "ol"):
            return False
        items = [li for li in box if tag(li) == "li"]
        if len(items) < 2:
            return False
        for li in items:
            links = list(li.iter("a"))
            href = links[0].get("href") if len(links) == 1 else None
            if not href or href.strip().startswith(("#", "javascript:")) \
                    or self.doc.element_text(links[0]) != self.doc.element_text(li):
                return False
        return True

    @cached_property
    def _first_item_link(self) -> tuple[int, str | None]:
        """Where the first link to an item outside the page's chrome and sidebars
        stands, and the item's number."""
        for a in self.doc.root.iter("a"):
            if (n := urls.item_number(self.doc.absolute(a.get("href")))) is not None and not (
                    self._up_from(a, self._hidden_boxes, _chrome_or_hidden)
                    or self._under_widget(a, leading=False)):
                return self.doc.order.get(a, 0), n
        return 10**9, None

    @cached_property
    def item_links(self) -> list[tuple[Any, str]]:
        """Links that lead to items (a number naming the item in the path), outside menus
        and sidebars.  A listing page lists its items somewhere: a page whose every such
        link sits in boxes only a class word calls page furniture (``main-page
        has-breadcrumb``, ``content-menu-wrap``) has them there; else a page, no item's
        own, whose every such link sits under a heading of the newest items (``Derniers
        articles``, a news script's side block elsewhere) heads its own list with those
        words (SPIP's section page), a "Featured" card repeating its items aside.  A page
        listing no item of its own host may be a project's or partner's site whose news
        page lists the organisation's items, each card linking out to the item on the
        organisation's site: then the items are the links to the one other host that
        most of them lead to (see :func:`.listing_items.off_site_items`)."""
        page = urls.canonical(self.doc.url)
        out, by_class_word, in_latest_box = [], [], []
        off_site: list[tuple[Any, str]] = []
        own_site: list[tuple[Any, str]] = []
        for a in self.doc.root.iter("a"):
            href = self.doc.absolute(a.get("href"))
            if not href or href == page:
                continue
            if urls.item_number(href) is None or urls.is_document(href):
                continue
            if not urls.same_site(href, page):
                if not self._is_excluded(a) and not self._in_prose(a) \
                        and not in_link_menu(a, self.doc.absolute):
                    off_site.append((a, href))
                continue
            own_site.append((a, href))
            if turns_to_page(href) or is_page_of(href, page) \
                    or is_numbered_page_of(href, page) or self._in_prose(a) \
                    or in_link_menu(a, self.doc.absolute):
                continue
            if not self._is_excluded(a):
                out.append((a, href))
            elif self._furniture_by_class_only(a):
                by_class_word.append((a, href))
            elif self._in_latest_box(a):
                in_latest_box.append((a, href))
        # an item's own page shows the item; its box of the newest items lists others
        fallbacks = [by_class_word, *([] if self._is_item_page else [in_latest_box])]
        for fallback in fallbacks:
            if repeats_only(out, fallback) and len({h for _, h in fallback}) >= FALLBACK_MIN:
                # the repeats stay as copies of their items: a featured box above a
                # feed may show more of its item than the feed's line does
                return sorted([*out, *fallback], key=lambda link: self.doc.order.get(link[0], 0))
        # a "more articles" list after the items, dressed as a menu, continues them
        out = with_more(self.doc, out, by_class_word)
        records = stream_records(own_site, page, self.doc.element_text,  # its own lines
                                 lambda t: parse_date(t, self.language) is not None)
        out = [link for link in out if item_key(link[1]) not in records]
        return one_address_per_item(out or off_site_items(off_site))

    @cached_property
    def _is_item_page(self) -> bool:
        """The page's address (fetched or canonical) names an item."""
        return any(urls.item_number(u) is not None
                   for u in (self.doc.url, self.doc.canonical) if u)

    def _in_latest_box(self, a: Any) -> bool:
        """Left out only because a heading of the newest items stands above it (no
        ``<nav>``, ``<header>``, ``<footer>``, landmark role, ``<aside>`` or hidden box,
        no other widget's heading nearer)."""
        return not self._in_landmark(a) and self._widget_heading(a) in _LATEST_HEADINGS

    def _in_landmark(self, a: Any) -> bool:
        """In a ``<nav>``, ``<header>``, ``<footer>``, ``<aside>``, a furniture landmark
        role, or a hidden box."""
        return any(tag(x) in ("nav", "header", "footer", *_NOT_ENTRY) or is_hidden(x)
                   or (x.get("role") or "").lower() in _FURNITURE_ROLES
                   for x in [a, *a.iterancestors()])

    def _furniture_by_class_only(self, a: Any) -> bool:
        """Left out only because a box's class word says chrome: no ``<nav>``,
        ``<header>``, ``<footer>``, landmark role, ``<aside>``, hidden or widget box."""
        return not self._in_landmark(a) and not self._under_widget(a)

    def _in_prose(self, a: Any) -> bool:
        """A link inside a teaser's sentence ("see also the preliminary statement")
        refers to another item; it lists none."""
        block = next((x for x in a.iterancestors() if is_block(x)), None)
        if block is None or tag(block) not in ("p", "blockquote"):
            return False
        # the link's own line when ``<br>`` parts the block (a wiki's entry written as
        # one paragraph: date — headline, then its labels and teaser on lines below)
        text, own = line_of(self.doc, block, a), self.doc.element_text(a)
        if fold(ARROWS.sub("", own)) in READ_MORE:
            return False   # "… Read more" closing the teaser leads to the entry's item
        if own and is_date_line(own):
            return False   # a byline's permalink on its time ("Posted at <a>04:40 p.m.</a>")
        return len(text) > 2 * len(own) + 20 and not fold(text).startswith(fold(own))

    @cached_property
    def _entries(self) -> list[tuple[Any, str]]:
        """(entry element, item URL) in page order, each item once."""
        found = [(entry, href) for href, (entry, _)
                 in entry_elements(self.item_links, rank=self._facts_shown).items()]
        return headed_entries(self.doc, found, self.item_links)

    def _facts_shown(self, entry: Any, href: str) -> tuple[int, int]:
        """How much of the item a box linking it shows: its facts (labelled values, a
        date, a type, issuers, fields of work, as the entry's own reading finds them:
        a line of facts "por ISSUER | date | TYPE, FIELD" shows four), then its lines.
        Of two boxes linking one item, the listing's row shows them, a side box's line
        of the newest items or a "Featured" box above the list only its title and
        date; a featured box with its kicker and line of facts above a feed's bare
        copy shows more than the feed's."""
        labels = find_labels(entry, self.doc.order, skip_chrome=False)
        blocks = linearize(entry, self.doc.order)
        dated = any(parse_date(b.text, self.language) for b in blocks) or any(
            not is_hidden(t) for t in entry.iter("time"))
        read = self._entry(entry, href, alone=True)
        # each fact once, however many ways it shows (a "Categories" heading's link is
        # the label's value and the type the reading gives)
        facts = {"content_type" if name == "category" else name for name in labels}
        facts.update(k for k in ("issued_on", "content_type", "issued_by", "fields_of_work")
                     if read[k])
        return len(facts | ({"issued_on"} if dated else set())), len(blocks)

    def entries(self) -> list[dict[str, Any]]:
        records = [self._entry(el, href) for el, href in self._entries]
        # one script printed the list's dates: all in the order one of them proves
        dates = in_one_order([r["issued_on"] for r in records])
        for record, date in zip(records, dates, strict=True):
            record["issued_on"] = date
        return records

    @cached_property
    def _titles(self) -> EntryTitles:
        return EntryTitles(self.doc, self.language, self._facts)

    @cached_property
    def _rows(self) -> EntryRows:
        return EntryRows(self.doc, self.language, self._entries, self.item_links)

    @cached_property
    def _types_titles(self) -> bool:   # the list writes types as its titles' first words
        return types_titles([self._titles.entry_title(e, h)[1] or "" for e, h in self._entries])

    @cached_property
    def _rows_alone(self) -> EntryRows:   # a row's columns, read before entries are known
        return EntryRows(self.doc, self.language, [], self.item_links)

    def _entry(self, el: Any, href: str, alone: bool = False) -> dict[str, Any]:
        """The raw entry of ``el`` linking ``href``; ``alone``, the box by itself (no
        rows around it, no list-wide reading): to weigh two copies of one item."""
        rows = self._rows_alone if alone else self._rows
        head = None if alone else rows.head_rows.get(el)
        # a definition list's group (its <dt> headline, its <dd> date, facts and teaser)
        # is one entry, alone too: its lines are weighed with it against another copy
        lines = rows.continuation_rows(el, href) if not alone or tag(el) in ("dt", "dd") else []
        parts = [*([head] if head is not None else []), el, *lines]
        labels: dict[str, list[LabelValue]] = {}
        for part in parts:
            for name, group in find_labels(part, self.doc.order, skip_chrome=False).items():
                labels.setdefault(name, []).extend(group)
        for name, lv in rows.column_values(el, href).items():
            labels.setdefault(name, []).append(lv)
        title_el, title = self._titles.entry_title(el, href)
        # a table's column of titles is the headline; the item's link beside (its number)
        # is no teaser
        link_el, (title_el, title) = title_el, rows.column_title(el, href) or (title_el, title)
        values = [lv for group in labels.values() for lv in group]
        excluded = label_regions(values, [title_el])
        label_parts = {lv.holder for lv in values} | {e for lv in values for e in lv.elements}
        if title_el is not None:
            excluded.add(title_el)
            label_parts.add(title_el)
        excluded.update(self._titles.read_more_links(parts, href, title))
        excluded.update({link_el} - {None, title_el})
        excluded.update(headline_flags(self.doc, title_el))
        # a column of the row showing another post (the last reply) is no teaser
        excluded.update(reply_boxes(self.doc, el, title_el, href))
        kicker = kicker_of(self.doc, title_el)
        if kicker is not None and title:
            # the type written before the headline's words is no part of the title
            title = title.removeprefix(self.doc.element_text(kicker)).lstrip(" :–—-|·")
        record: dict[str, Any] = {"url": href, "title": title}
        # a line of facts may end in a label ("22/11/2004 | Communiqué | Source : BIDDH"):
        # its other facts are read though the label's element holds them
        facts = label_parts - {lv.holder for lv in values} | {title_el}
        # a column of the topic's last activity dates no entry (a forum's topic list)
        stale = set(rows.activity_cells(el))
        excluded.update(stale)
        record["issued_on"], date_el = self._facts.date(parts, labels, label_parts | stale,
                                                        title_el, facts, el, stale)
        # the element the date was read from is no type, whatever it shows (a <time>
        # showing only "Mar 12", its year in its datetime or the heading above)
        record["content_type"], type_el = self._facts.content_type(
            parts, labels, title_el, label_parts | ({date_el} - {None}), facts)
        if record["content_type"] is None and kicker is not None:
            record["content_type"] = self.doc.element_text(kicker)
        # an entry showing no type elsewhere may write it as the headline's first words,
        # a colon after them (where a type is shown beside, a prefix is the headline's)
        typed = typed_title(title) if record["content_type"] is None and title else None
        if typed is not None and not alone and self._types_titles:
            record["content_type"], record["title"] = typed
        # where no label named them: issuers and fields shown as bare links
        regions = excluded - fact_lines(self.doc, excluded,
                                        label_parts - open_label_lines(self.doc, values))
        *bare, named = bare_names(self.doc, parts, regions)
        for name, shown in zip(("issued_by", "fields_of_work"), bare, strict=True):
            # a label repeated one per value ("Issued by: A", "Issued by: B") gives all
            found = best(labels, name)
            if found is not None:
                run = repeated_run(found, labels[name])
                record[name] = list(dict.fromkeys(i for lv in run for i in lv.items))
                continue
            found = structure_byline(labels) if name == "issued_by" else None
            record[name] = found.items if found else shown
        excluded.update([*named, *(x for x in (type_el, date_el) if x is not None)])
        # the whole entry as one link (a card): link density says nothing inside it
        one_link = title_el is not None and tag(title_el) != "a" and any(
            tag(a) == "a" for a in title_el.iterancestors() if a is el or is_under(a, el))
        summary, holders = [], {lv.holder for lv in values}
        subtitle = subtitle_of(title_el)
        # an <address> (the venue an event was held at, a contact) is no teaser
        for part in parts:
            teaser = linearize(part, self.doc.order, skip=lambda n: n in excluded or (
                tag(n) in ("time", "address", *HEADINGS) and n is not subtitle)
                or is_control_link(n))
            summary += teaser_lines(
                [(b.el, text) for b in teaser
                 if (one_link or self._own_density(b, href) <= 0.5)
                 and not (b.widget and self._in_widget(b.el, el, title_el))
                 and not is_action_row(self.doc, b.links, b.text)
                 and not is_fact_line(b.el, b.text, holders)
                 and not names_only(b.text, record["issued_by"])
                 and not in_entry_footer(b.el, part, title_el)
                 and not is_posted_line(self.doc, b.el, b.links)
                 and not is_stamped_line(self.doc, b.el, href)
                 for text in [teaser_text(b.text, self.language, self._facts.is_meta_line)]],
                title)
        # a teaser shown twice (a featured slide above the entry's own box) is one
        record["summary"] = " ".join(dict.fromkeys(summary)) or None
        return record

    def _in_widget(self, line: Any, entry: Any, title_el: Any) -> bool:
        """Inside a caption, a form or a box of controls within the entry.  A class word
        is no sign here: an entry is itself a teaser, a card, a promo, and its own lines
        carry the word (Brightspot's ``PagePromo-description``, CoreMedia's
        ``cm-teasable__caption``)."""
        for box in [line, *line.iterancestors()]:
            if box is entry:
                return False
            if tag(box) in _WIDGET_TAGS and not (title_el is not None
                                                 and is_under(title_el, box)):
                return True
        return True     # made a widget above the entry: its words are none of the entry's

    def _own_density(self, line: Block, href: str) -> float:
        """The line's link density, links to the entry's own item not counted (a
        subtitle linked like the title is teaser, not a list of links); a link to the
        item's comments ("Comments (0)", its own address and ``#comments``) is no
        subtitle but an action."""
        own = sum(len(text) for a in line.el.iter("a")
                  if self.doc.absolute(a.get("href")) == href
                  and not says_read_more(text := self.doc.element_text(a))
                  and not is_action_link(text))
        if any(self.doc.absolute(a.get("href")) == href for a in line.el.iterancestors("a")):
            own = len(line.text)
        return max(0, line.link_chars - own) / max(1, len(line.text))

    # ------------------------------------------------------------------ next page
    @cached_property
    def next_page(self) -> Found | None:
        return next_page(self.doc, frozenset(href for _, href in self.item_links))


def _chrome_or_hidden(x: Any) -> bool:
    """Page chrome, an aside's kind of box (:data:`_NOT_ENTRY`) or hidden."""
    return (isinstance(x.tag, str) and is_chrome_element(x)) or tag(x) in _NOT_ENTRY \
        or is_hidden(x)


def _side_box(x: Any) -> bool:
    """:func:`_chrome_or_hidden`, or an aside by its role (a forum's side panel of
    bookmarks) or class."""
    return _chrome_or_hidden(x) or (x.get("role") or "").lower() == "complementary" \
        or bool(class_tokens(x) & _SIDE_BOX_TOKENS)

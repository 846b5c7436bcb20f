"""A newsroom listing page: one raw entry per listed item, and the next page's URL (found
by :mod:`scraper.extract.pages.listing_pager`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from scraper.extract import urls
from scraper.extract.blocks import Block, linearize
from scraper.extract.dates import date_in_byline, is_date_line, parse_date
from scraper.extract.document import Document
from scraper.extract.identities import structure_id
from scraper.extract.labels import (
    LabelValue,
    best,
    find_labels,
    label_of,
    label_regions,
    read_value,
)
from scraper.extract.language import detect
from scraper.extract.pages.common import Found, is_under
from scraper.extract.pages.listing_items import entry_elements, in_link_menu
from scraper.extract.pages.listing_lines import (
    bold_headline,
    byline_date,
    category_link,
    category_prefix,
    structure_byline,
)
from scraper.extract.pages.listing_pager import ARROWS, next_page
from scraper.extract.pages.tags import bare_names
from scraper.extract.structure import (
    CHROME_ROLES,
    HEADINGS,
    class_tokens,
    in_chrome,
    is_block,
    is_hidden,
    tag,
)
from scraper.extract.text import fold, words
from scraper.extract.vocabulary import (
    CONTENT_TYPES,
    READ_MORE_TEXTS,
    WIDGET_HEADINGS,
)

_READ_MORE = frozenset(fold(t) for t in READ_MORE_TEXTS)
# between the facts of a meta line: a bar or bullet, or a spaced slash or dash
_META_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[/–—]\s+")
# this many short facts between bars make a line of facts, no teaser, date or not
_META_FACTS = 3
_CONTENT_TYPES_FOLDED = frozenset(fold(t) for t in CONTENT_TYPES)
_WIDGET_HEADINGS = frozenset(fold(t) for t in WIDGET_HEADINGS)
_NOT_ENTRY = ("aside",)
# item links in boxes a class word alone calls furniture, read when none stand elsewhere
_FALLBACK_MIN = 3
# landmarks that are furniture whatever their classes say (a sidebar's too)
_FURNITURE_ROLES = CHROME_ROLES | {"complementary"}
_TYPE_TOKENS = frozenset({"type", "contenttype", "bundle", "kicker", "eyebrow", "tipo", "typ",
                          "kind", "category", "badge"})
# class words of a date's box, or of its parts (a badge's day and month)
_DATE_TOKENS = frozenset({"date", "day", "month", "year", "published", "created", "datetime",
                          "posted", "time"})


class ListingPage:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def language(self) -> str:
        if self.doc.lang:
            return self.doc.lang
        lang, _ = detect(" ".join(b.text for b in self.blocks)[:4000])
        return lang or urls.language_prefix(self.doc.url) or "en"

    @cached_property
    def blocks(self) -> list[Block]:
        return linearize(self.doc.root, self.doc.order)

    # ------------------------------------------------------------------ entries
    def _is_excluded(self, el: Any) -> bool:
        return in_chrome(el) or any(tag(a) in _NOT_ENTRY or is_hidden(a)
                                    for a in [el, *el.iterancestors()]) or self._under_widget(el)

    def _under_widget(self, el: Any) -> bool:
        """Under a "Most read" or "Related" heading: a sidebar box, not the listing (the
        heading may be a bold line in the same paragraph: ``<b>Most read:</b><br><a>``,
        or a box's title row: ``<tr><td><font><b>Most read</b></font></td></tr>``)."""
        # a box of nested layout tables puts its title row six levels above a link
        for anc in [el, *list(el.iterancestors())[:6]]:
            before = [x for x in anc.itersiblings(preceding=True) if tag(x) != "br"]
            # the two lines above, and the box's first (its title row above link rows)
            for prev in [*before[:2], *before[-1:]]:
                if isinstance(prev.tag, str) and (tag(prev) in HEADINGS or len(prev) == 0
                                                  or not any(True for _ in prev.iter("a"))) \
                        and fold(self.doc.element_text(prev)).rstrip(" :：") in _WIDGET_HEADINGS:
                    return True
        return False

    @cached_property
    def item_links(self) -> list[tuple[Any, str]]:
        """Links that lead to items (a number naming the item in the path), outside menus
        and sidebars.  A page whose every such link sits in boxes only a class word
        calls page furniture (``main-page has-breadcrumb``, ``content-menu-wrap``) has
        them there: a listing page lists its items somewhere."""
        page = urls.canonical(self.doc.url)
        out, by_class_word = [], []
        for a in self.doc.root.iter("a"):
            href = self.doc.absolute(a.get("href"))
            if not href or href == page or not urls.same_site(href, page):
                continue
            if urls.item_number(href) is None or urls.is_document(href):
                continue
            if "page=" in urlsplit(href).query or self._in_prose(a) \
                    or in_link_menu(a, self.doc.absolute):
                continue
            if not self._is_excluded(a):
                out.append((a, href))
            elif self._furniture_by_class_only(a):
                by_class_word.append((a, href))
        if not out and len({href for _, href in by_class_word}) >= _FALLBACK_MIN:
            return by_class_word
        return out

    def _furniture_by_class_only(self, a: Any) -> bool:
        """Left out only because a box's class word says chrome: no ``<nav>``,
        ``<header>``, ``<footer>``, landmark role, ``<aside>``, hidden or widget box."""
        chain = [a, *a.iterancestors()]
        if any(tag(x) in ("nav", "header", "footer", *_NOT_ENTRY) or is_hidden(x)
               or (x.get("role") or "").lower() in _FURNITURE_ROLES for x in chain):
            return False
        return not self._under_widget(a)

    def _in_prose(self, a: Any) -> bool:
        """A link inside a teaser's sentence ("see also the preliminary statement")
        refers to another item; it lists none."""
        block = next((x for x in a.iterancestors() if is_block(x)), None)
        if block is None or tag(block) not in ("p", "blockquote"):
            return False
        text, own = self.doc.element_text(block), self.doc.element_text(a)
        if fold(ARROWS.sub("", own)) in _READ_MORE:
            return False   # "… Read more" closing the teaser leads to the entry's item
        return len(text) > 2 * len(own) + 20 and not fold(text).startswith(fold(own))

    @cached_property
    def _entries(self) -> list[tuple[Any, str]]:
        """(entry element, item URL) in page order, each item once."""
        return [(entry, href) for href, (entry, _) in entry_elements(self.item_links).items()]

    def entries(self) -> list[dict[str, Any]]:
        return [self._entry(el, href) for el, href in self._entries]

    def _entry(self, el: Any, href: str) -> dict[str, Any]:
        parts = [el, *self._continuation_rows(el)]
        labels: dict[str, list[LabelValue]] = {}
        for part in parts:
            for name, group in find_labels(part, self.doc.order, skip_chrome=False).items():
                labels.setdefault(name, []).extend(group)
        for name, lv in self._column_values(el).items():
            labels.setdefault(name, []).append(lv)
        title_el, title = self._entry_title(el, href)
        values = [lv for group in labels.values() for lv in group]
        excluded = label_regions(values)
        label_parts = {lv.holder for lv in values} | {e for lv in values for e in lv.elements}
        if title_el is not None:
            excluded.add(title_el)
            label_parts.add(title_el)
        excluded.update(self._read_more_links(parts, href))
        record: dict[str, Any] = {"url": href, "title": title}
        # a line of facts may end in a label ("22/11/2004 | Communiqué | Source : BIDDH"):
        # its other facts are read though the label's element holds them
        facts = label_parts - {lv.holder for lv in values} | {title_el}
        record["issued_on"], date_el = self._entry_date(parts, labels, label_parts, title_el,
                                                        facts)
        record["content_type"], type_el = self._entry_type(parts, labels, title_el, label_parts,
                                                           facts)
        # where no label named them: issuers and fields shown as bare links
        *bare, named = bare_names(self.doc, parts, excluded)
        for name, shown in zip(("issued_by", "fields_of_work"), bare, strict=True):
            found = best(labels, name) or (structure_byline(labels)
                                           if name == "issued_by" else None)
            record[name] = found.items if found else shown
        excluded.update([*named, *(x for x in (type_el, date_el) if x is not None)])
        # the whole entry as one link (a card): link density says nothing inside it
        one_link = title_el is not None and any(
            tag(a) == "a" for a in [title_el, *title_el.iterancestors()]
            if a is el or is_under(a, el)) and tag(title_el) in HEADINGS
        summary = []
        for part in parts:
            teaser = linearize(part, self.doc.order,
                               skip=lambda n: n in excluded or tag(n) in ("time", *HEADINGS))
            summary += [b.text for b in teaser
                        if (one_link or b.link_density <= 0.5) and len(b.text) >= 20
                        and not b.widget and not parse_date(b.text, self.language)
                        and not is_date_line(b.text) and not self._is_meta_line(b.text)
                        and not date_in_byline(b.text, self.language)]
        record["summary"] = " ".join(summary) or None
        return record

    def _read_more_links(self, parts: list[Any], href: str) -> list[Any]:
        """The entry's "Read more" links and its address shown as text: no teaser."""
        return [a for part in parts for a in part.iter("a")
                if self.doc.absolute(a.get("href")) == href
                and (fold(ARROWS.sub("", text := self.doc.element_text(a))) in _READ_MORE
                     or self.doc.absolute(text) == href)]

    def _continuation_rows(self, row: Any) -> list[Any]:
        """Table rows after an entry's row that link to no item: its teaser, its labels."""
        if tag(row) != "tr":
            return []
        out = []
        for sib in row.itersiblings():
            # a row holding entries of its own (a row of two teaser columns) ends it too
            if tag(sib) != "tr" or sib in self._entry_rows or any(
                    is_under(entry, sib) for entry in self._entry_rows):
                break
            out.append(sib)
        return out

    @cached_property
    def _entry_rows(self) -> set[Any]:
        return {el for el, _ in self._entries}

    def _column_values(self, row: Any) -> dict[str, LabelValue]:
        """A table row's cells under column headers that are labels (``Where we are``)."""
        if tag(row) != "tr":
            return {}
        table = next((a for a in row.iterancestors() if tag(a) == "table"), None)
        if table is None:
            return {}
        header = table.xpath("./thead/tr[1] | ./tr[th][1] | ./tbody/tr[th][1]")
        if not header or header[0] is row:
            return {}
        columns = [self.doc.element_text(c) for c in header[0] if tag(c) in ("th", "td")]
        cells = [c for c in row if tag(c) in ("th", "td")]
        out: dict[str, LabelValue] = {}
        for text, cell in zip(columns, cells, strict=False):
            found = label_of(text)
            if found and found[0] not in out:
                out[found[0]] = read_value(found[0], found[1], cell, [cell])
        return out

    def _entry_title(self, el: Any, href: str) -> tuple[Any, str | None]:
        best_el, best_text = None, ""
        for a in el.iter("a"):
            # a link to a part of the item's page ("#comments") is no title
            if self.doc.absolute(a.get("href")) != href or _fragment(a):
                continue
            inner = next((h for h in a.iter(*HEADINGS) if self.doc.element_text(h)), None)
            if inner is not None:   # a whole entry as one link: its heading is the title
                return inner, self.doc.element_text(inner)
            text = self.doc.element_text(a)
            in_heading = any(tag(x) in HEADINGS for x in [a, *a.iterancestors()])
            if in_heading and text:
                return a, text
            if len(text) > len(best_text) and not self._read_more_about(text, el, href):
                best_el, best_text = a, text
        heading = next(((h, t) for h in el.iter(*HEADINGS)
                        if (t := self.doc.element_text(h))), None) \
            or bold_headline(self.doc, el)
        if heading is not None and (not best_text or self._leads_on(best_text, heading[1])):
            return heading
        return best_el, best_text or None

    def _read_more_about(self, text: str, el: Any, href: str) -> bool:
        """``En savoir plus… sur TITLE``: a "Read more" link naming the item in words a
        theme meant for screen readers only (a hiding class this model does not know).
        Its text is a read-more phrase, then another link's text to the same item."""
        folded = fold(ARROWS.sub("", text))
        if not any(folded.startswith(phrase) and folded[len(phrase):][:1] in (" ", ".", ":")
                   for phrase in _READ_MORE):
            return False
        for a in el.iter("a"):
            other = fold(ARROWS.sub("", self.doc.element_text(a)))
            if len(other) >= 10 and other != folded and folded.endswith(other) \
                    and self.doc.absolute(a.get("href")) == href:
                return True
        return False

    def _leads_on(self, link_text: str, heading: str) -> bool:
        """The item's link says only "Read more" (or a few words shorter than the
        entry's heading): the heading is the title."""
        folded = fold(ARROWS.sub("", link_text))
        if folded in _READ_MORE:
            return True
        return len(words(link_text)) <= 3 < len(words(heading)) \
            and not parse_date(heading, self.language)

    def _short_elements(self, parts: list[Any], excluded: set[Any]) -> list[tuple[Any, str]]:
        """Elements of the entry with a short text of their own (dates, type labels)."""
        out = []
        for el in _elements_outside(parts, excluded):
            text = self.doc.element_text(el)
            if text and len(text) <= 40:
                out.append((el, text))
        return out

    def _entry_date(self, parts: list[Any], labels: dict[str, list[LabelValue]],
                    excluded: set[Any], title_el: Any, facts: set[Any]) -> tuple[str | None, Any]:
        lv = best(labels, "issued_on")
        if lv is not None:
            for value in (lv.datetime, lv.text):
                if value and parse_date(value, lv.language):
                    return value, None
        byline = byline_date(labels, self.language)
        if byline:
            return byline, None
        for part in parts:
            for t in part.iter("time"):
                value = t.get("datetime") or self.doc.element_text(t)
                if value and parse_date(value, self.language):
                    return value, t
        for el, text in self._short_elements(parts, excluded):
            if parse_date(text, self.language):
                return text, el
        for el, pieces in self._meta_lines(parts, facts):
            for piece in pieces:
                if parse_date(piece, self.language):
                    return piece, el
        beside = self._date_beside_title(title_el)
        if beside:
            return beside, None
        for el in _elements_outside(parts, excluded):
            # a byline line: "Posted by admin on Tuesday, 18 March 2003 @ 16:40 (412 reads)"
            text = self.doc.element_text(el)
            found = date_in_byline(text, self.language) if len(text) <= 160 else None
            if found:
                return found, el
        return self._group_date(parts[0]), None

    def _group_date(self, entry: Any) -> str | None:
        """Entries listed under a day's heading ("Donnerstag, 14. März 2024") share
        its date: the nearest heading before the entry, within a few boxes up."""
        for box in [entry, *list(entry.iterancestors())[:3]]:
            for prev in box.itersiblings(preceding=True):
                if not isinstance(prev.tag, str) or is_hidden(prev):
                    continue
                if tag(prev) in HEADINGS or (prev.get("role") or "") == "heading":
                    time = next(prev.iter("time"), None)
                    value = (time.get("datetime") if time is not None else None) or \
                        self.doc.element_text(prev)
                    return value if value and len(value) <= 60 and \
                        parse_date(value, self.language) else None
        return None

    def _date_beside_title(self, title_el: Any) -> str | None:
        """A date written in the title's line, outside its link ("12.03.2024 – <a>…")."""
        if title_el is None:
            return None
        line = next((x for x in title_el.iterancestors() if is_block(x)), None)
        if line is None:
            return None
        title = self.doc.element_text(title_el)
        rest = self.doc.element_text(line).replace(title, "", 1).strip(" –—-|·•:,()")
        return rest if rest and len(rest) <= 40 and parse_date(rest, self.language) else None

    def _meta_lines(self, parts: list[Any], excluded: set[Any]) -> list[tuple[Any, list[str]]]:
        """Lines of short facts run together ("Press release | 12 February 2025 |
        ODIHR"), innermost first, as their pieces."""
        out = []
        for el in _elements_outside(parts, excluded):
            pieces = _meta_pieces(self.doc.element_text(el))
            if pieces:
                out.append((el, pieces))
        return out[::-1]

    def _is_meta_line(self, text: str) -> bool:
        """Short facts between bars, a date among them, or three and more ("Read more |
        2240 bytes more | 1 comment | Topic: …", an entry's row of actions)."""
        pieces = _meta_pieces(text)
        return pieces is not None and (len(pieces) >= _META_FACTS or any(
            parse_date(p, self.language) for p in pieces))

    def _entry_type(self, parts: list[Any], labels: dict[str, list[LabelValue]], title_el: Any,
                    excluded: set[Any], facts: set[Any]) -> tuple[str | None, Any]:
        lv = best(labels, "content_type")
        if lv is not None:
            return lv.text, lv.holder
        prefixed = category_prefix(self.doc, title_el) if title_el is not None else None
        if prefixed is not None:
            return prefixed[1], prefixed[0]
        title_pos = self.doc.order.get(title_el, 10**9) if title_el is not None else 10**9
        # what holds the title is the entry (or a line of it), no type label
        short = [(el, text) for el, text in self._short_elements(parts, excluded)
                 if title_el is None or not is_under(title_el, el)]
        for el, text in short:  # a known type, or the innermost hinted line (an eyebrow)
            hinted = not any(is_under(o, el) for o, _ in short if o is not el) and any(
                class_tokens(a) & _TYPE_TOKENS for a in [el, el.getparent()] if a is not None)
            # a date or a piece of one ("09" in a day/month badge) is no type, whatever
            # class its box has (WordPress's "type-post", a "date-badge")
            if fold(text) in _CONTENT_TYPES_FOLDED or (
                    hinted and len(words(text)) <= 4 and any(c.isalpha() for c in text)
                    and not parse_date(text, self.language) and not self._in_date(el)):
                return text, el
        for el, pieces in self._meta_lines(parts, facts):
            for piece in pieces:
                if fold(piece) in _CONTENT_TYPES_FOLDED:
                    return piece, el
        category = category_link(self.doc, parts, excluded)
        if category is not None:
            return self.doc.element_text(category), category
        for el, text in short:
            # a short line above the title, not a date, not a link: the type label
            if self.doc.order.get(el, 10**9) < title_pos and len(words(text)) <= 3 \
                    and any(c.isalpha() for c in text) \
                    and len(text) <= 30 and tag(el) != "a" and not el.xpath(".//a") \
                    and not parse_date(text, self.language):
                return text, el
        return None, None

    def _in_date(self, el: Any) -> bool:
        """A piece of a date shown in parts (``<span>09</span><span>mars</span>`` in a
        date badge): its box or the box above says it is a date."""
        return any(class_tokens(a) & _DATE_TOKENS for a in [el, el.getparent()]
                   if a is not None)

    # ------------------------------------------------------------------ next page
    @cached_property
    def next_page(self) -> Found | None:
        return next_page(self.doc, frozenset(href for _, href in self.item_links))


def _elements_outside(parts: list[Any], excluded: set[Any]) -> Iterator[Any]:
    """The elements of an entry's parts, in document order, none of them inside (or one
    of) the ``excluded`` elements."""
    for part in parts:
        for el in part.iter():
            if isinstance(el.tag, str) and not any(
                    x in excluded for x in [el, *el.iterancestors()]):
                yield el


def _meta_pieces(text: str) -> list[str] | None:
    """"Press release | 12 February 2025" → its pieces; None for anything else.  A piece
    is a short fact, or a known structure's name however long ("10-Mar-2006 · Office of
    the Co-ordinator of OSCE Economic and Environmental Activities")."""
    if not text or len(text) > 120:
        return None
    pieces = [p for p in _META_SEPARATOR.split(text) if p]
    if not 2 <= len(pieces) <= 5 or any(len(p) > 60 and not structure_id(p) for p in pieces):
        return None
    return pieces


def _fragment(a: Any) -> bool:
    href = a.get("href") or ""
    return "#" in href and bool(href.split("#", 1)[1])

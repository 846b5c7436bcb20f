"""The short facts of a listing's entry read where no label names them: its date (a
``<time>``, a short line, a piece of a line of facts, the title's line, its day's
heading) and its type (a known type's name, a hinted badge, a short line above the
title).  :class:`~scraper.extract.pages.listing.ListingPage` reads them through
:class:`EntryFacts`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from scraper.extract import urls
from scraper.extract.dates import (
    HAS_YEAR,
    before_changes,
    date_in_byline,
    is_update_label,
    parse_date,
    relative_date,
    time_value,
    with_year,
)
from scraper.extract.document import Document
from scraper.extract.identities import field_of_work_id, names_issuer
from scraper.extract.labels import LabelValue, best
from scraper.extract.pages.common import is_under
from scraper.extract.pages.fact_lines import META_SEPARATOR, meta_pieces
from scraper.extract.pages.labelled_dates import labelled_date
from scraper.extract.pages.listing_lines import byline_date, category_link, title_prefix
from scraper.extract.pages.listing_not_types import (
    counts,
    list_type_link,
    names_page,
    naming_no_type,
    toggles_menu,
    type_hint,
)
from scraper.extract.pages.listing_types import is_type as _is_type
from scraper.extract.pages.news.hints import is_caption_line
from scraper.extract.pages.tags import known_facts
from scraper.extract.structure import HEADINGS, class_tokens, is_block, is_hidden, tag
from scraper.extract.text import BARS, fold, words
from scraper.extract.visible import ARIA_HIDDEN, NOT_RENDERED, hidden_ancestor, hidden_kind
from scraper.extract.vocabulary import FEATURED_FLAGS

# this many short facts between bars make a line of facts, no teaser, date or not (dashes
# part a sentence's clauses as well: "Участники – лидеры, педагоги – обсудили …")
_META_FACTS = 3
# a piece of a line of facts is a few words; a longer one is a sentence of prose
_FACT_MAX_WORDS = 12
# a day heading written as a plain block (see ListingFacts._is_date_box): the block, and
# the inline markup it may wrap its date in
_DATE_BOX_TAGS = frozenset({"div", "p", "span", "td", "font", "b", "strong"})
_DATE_BOX_INLINE = frozenset({"b", "strong", "i", "em", "span", "font", "small", "br"})
_BARS = re.compile(rf"\s*[{BARS}]\s*")
FEATURED = frozenset(fold(t) for t in FEATURED_FLAGS)
# the year a day and month shown without one are tried with (a leap year: 29 February)
_ANY_YEAR = 2020
# class words of a date that is a change's, not the publication's
_CHANGED_TOKENS = frozenset({"updated", "modified", "changed", "lastmod", "datemodified"})
# class words of a date's box, or of its parts (a badge's day and month)
_DATE_TOKENS = frozenset({"date", "day", "month", "year", "published", "created", "datetime",
                          "posted", "time"})



class EntryFacts:
    """Dates and types of a listing's entries, on ``doc`` in ``language``."""

    def __init__(self, doc: Document, language: str) -> None:
        self.doc = doc
        self.language = language

    def _short_elements(self, parts: list[Any], excluded: set[Any]) -> list[tuple[Any, str]]:
        """Elements of the entry with a short text of their own (dates, type labels)."""
        out = []
        for el in elements_outside(parts, excluded):
            text = self.doc.element_text(el)
            if text and len(text) <= 40:
                out.append((el, text))
        return out

    def date(self, parts: list[Any], labels: dict[str, list[LabelValue]],
             excluded: set[Any], title_el: Any, facts: set[Any],
             entry: Any = None, stale: set[Any] | None = None) -> tuple[str | None, Any]:
        """The entry's date; ``entry`` is its element among ``parts`` (the first unless
        a row of its facts opens them), under which headings and spanning cells are
        looked for; no ``<time>`` under a ``stale`` element (a column of the last
        activity's date) is read."""
        stale = stale or set()
        entry = parts[0] if entry is None else entry
        lv = best(labels, "issued_on")
        if lv is not None:
            # the date shown, else the one its <time datetime> gives
            for value in dict.fromkeys((lv.shown_date(lv.language, self.language),
                                          lv.datetime, lv.text)):
                # a label word shared by languages ("Date") says little of the value's
                if value and parse_date(value, lv.language):
                    return value, None
                if value and (found := self._date_value(value)):
                    return found, None
            # a relative day with the date beside it: "3 дні тому (24.03.2021)"
            if found := date_in_byline(lv.text or "", lv.language or self.language):
                return found, None
        byline = byline_date(labels, self.language)
        if byline:
            return byline, None
        times = [t for part in parts for t in part.iter("time")
                 if hidden_ancestor(t) != NOT_RENDERED
                 and not any(x is t or x in stale for x in t.iterancestors())]
        for t in _publication_first(times):
            value = time_value(t.get("datetime"), self.doc.element_text(t), self.language)
            if value and (found := self._date_value(value)):
                return found, t
        dated = [(el, found) for el, text in self._short_elements(parts, excluded)
                 if (found := self._date_value(text))]
        for el, found in _publication_first(dated):
            return found, el
        for el, pieces in self._meta_lines(parts, facts | stale):
            for piece in pieces:
                if found := self._date_value(piece):
                    return found, el
        # a label's element may hold other facts beside its value ("Pubblicato da
        # Presidenza OSCE in <a>Comunicato stampa</a> · 20/03/2012"): its runs are read
        for _, run in self._runs(parts, facts | stale, frozenset(stale)):
            if len(run) <= 40 and (found := self._date_value(run)):
                return found, None
        beside = self._date_beside_title(title_el)
        if beside:
            return beside, None
        for el in elements_outside(parts, excluded):
            # a byline line: "Posted by admin on Tuesday, 18 March 2003 @ 16:40 (412 reads)"
            # (a row's words run together with its last activity's cell are none)
            if any(x in stale for x in el.iterdescendants()):
                continue
            text = self.doc.element_text(el)
            found = date_in_byline(before_changes(text), self.language) \
                if len(text) <= 160 else None
            if found:
                return found, el
        grouped = self._spanned_date(entry) or self._group_date(entry)
        if grouped:
            return grouped, None
        # a day and month alone (a date badge: <span>26</span><span>Jan.</span>) under a
        # heading of the year they belong to
        year = self._group_year(entry)
        if year is not None:
            for el, text in self._short_elements(parts, excluded):
                if not HAS_YEAR.search(text) and (found := with_year(text, year,
                                                                      self.language)):
                    return found, el
        return None, None

    def _date_value(self, text: str) -> str | None:
        """``text`` when it is a date, the ISO day a relative one names ("Сегодня, 14:20"
        on a page served on 17 March 2016: "2016-03-17"; see
        :func:`~scraper.extract.dates.relative_date`), the date after a publication
        label opening it ("Pubblicato il 13 ottobre 2017"), else None."""
        if parse_date(text, self.language):
            return text
        return labelled_date(text, self.language) or relative_date(text, self.doc.served_on)

    def _runs(self, parts: list[Any], excluded: set[Any],
              skip: frozenset[Any] = frozenset()) -> Iterator[tuple[Any, str]]:
        """The pieces of each short line of facts where its elements part them too:
        ``<span>Press release</span> 14 de febrero de 2025 · <i>icon</i> ODIHR`` gives
        "Press release", "14 de febrero de 2025", "ODIHR"; a child in ``skip`` gives
        none, nor does a run holding a piece of more than :data:`_FACT_MAX_WORDS` words
        (a sentence of the teaser parted by a dash)."""
        for el in elements_outside(parts, excluded):
            if not len(el) or len(self.doc.element_text(el)) > 200:
                continue
            runs = [el.text or ""]
            for child in el:
                if isinstance(child.tag, str) and child not in skip:
                    runs.append(self.doc.element_text(child))
                runs.append(child.tail or "")
            changed = False
            for run in runs:
                pieces = META_SEPARATOR.split(" ".join(run.split()))
                # a teaser's sentence a dash parts ("Deadline for applications — 20 May
                # 2005."): prose, no line of facts, its date none of the entry's
                if any(len(words(p)) > _FACT_MAX_WORDS for p in pieces):
                    continue
                for piece in pieces:
                    # the date after a last change's label ("<span>ultima modifica</span>
                    # 16/10/2014") is the change's, never the item's
                    if piece and not changed:
                        yield el, piece
                    changed = is_update_label(piece) if piece else changed

    def _spanned_date(self, entry: Any) -> str | None:
        """A table row under a date cell of an earlier row spanning it (``rowspan="3"``:
        one day's date beside two releases)."""
        row = entry if tag(entry) == "tr" else next(
            (x for x in entry.iterancestors() if tag(x) == "tr"), None)
        if row is None:
            return None
        for distance, prev in enumerate(
                (r for r in row.itersiblings(preceding=True) if tag(r) == "tr"), start=1):
            if distance > 12:
                break
            for cell in prev:
                span = (cell.get("rowspan") or "").strip()
                if tag(cell) in ("td", "th") and span.isdigit() and int(span) > distance:
                    text = self.doc.element_text(cell)
                    if text and len(text) <= 60 and parse_date(text, self.language):
                        return text
        return None

    def _headings_before(self, entry: Any, depth: int, date_boxes: bool = False
                         ) -> Iterator[tuple[Any, bool]]:
        """The shown headings before the entry, nearest first, within ``depth`` boxes up,
        each with whether it is a box holding nothing but a heading (a list's group row:
        ``<li><h2>Dienstag, 28. Februar 2023</h2></li>``); with ``date_boxes``, a block
        holding nothing but a date is a heading too (see :meth:`_is_date_box`)."""
        for box in [entry, *list(entry.iterancestors())[:depth]]:
            for prev in box.itersiblings(preceding=True):
                if not isinstance(prev.tag, str) or is_hidden(prev):
                    continue
                inner = [c for c in prev if isinstance(c.tag, str)]
                boxed = len(inner) == 1 and tag(inner[0]) in HEADINGS \
                    and not (prev.text or "").strip()
                if tag(prev) in HEADINGS or (prev.get("role") or "") == "heading" \
                        or (date_boxes and self._is_date_box(prev)):
                    yield prev, False
                elif boxed:
                    yield prev, True

    def _group_year(self, entry: Any) -> int | None:
        """The year of the nearest heading before the entry naming one ("2024",
        "Januar 2024"), within a few boxes up."""
        for heading, boxed in self._headings_before(entry, 4):
            text = self.doc.element_text(heading)
            m = HAS_YEAR.search(text) if not boxed and len(text) <= 40 else None
            if m:
                return int(m[1])
        return None

    def _group_date(self, entry: Any) -> str | None:
        """Entries listed under a day's heading ("Donnerstag, 14. März 2024") share
        its date: the nearest heading before the entry, within a few boxes up."""
        for heading, boxed in self._headings_before(entry, 3, date_boxes=True):
            time = next(heading.iter("time"), None)
            value = (time_value(time.get("datetime"), self.doc.element_text(time),
                                self.language) if time is not None else None) or \
                self.doc.element_text(heading)
            dated = value if value and len(value) <= 60 and \
                parse_date(value, self.language) else None
            if dated or not boxed:
                return dated
            # a box holding a heading that is no date: an earlier entry's
            # (<li><h3><a>Item</a></h3></li>), read past it
        return None

    def _is_date_box(self, el: Any) -> bool:
        """A block of its own between entries holding a day's date and nothing else, no
        heading element: the blog scripts' day heading (pMachine's and b2's
        ``<div class="date">Thursday, October 16, 2003</div>``, printed once per day
        above that day's entries); its date may link to the day's archive (Radio
        UserLand's ``<div class="date"><a href=…/2003/05/13.html>``), a link naming
        no item."""
        if tag(el) not in _DATE_BOX_TAGS or any(
                tag(x) not in _DATE_BOX_INLINE and not (
                    tag(x) == "a" and urls.item_number(self.doc.absolute(x.get("href"))) is None)
                for x in el.iterdescendants() if isinstance(x.tag, str)):
            return False
        text = self.doc.element_text(el)
        return bool(text) and len(text) <= 60 and parse_date(text, self.language) is not None

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
        for el in elements_outside(parts, excluded):
            pieces = meta_pieces(self.doc.element_text(el))
            if pieces:
                out.append((el, pieces))
        return out[::-1]

    def is_meta_line(self, text: str) -> bool:
        """Short facts between bars, a date among them, or three and more ("Read more |
        2240 bytes more | 1 comment | Topic: …", an entry's row of actions)."""
        pieces = meta_pieces(text)
        return pieces is not None and (len(_BARS.split(text)) >= _META_FACTS or any(
            parse_date(p, self.language) for p in pieces))

    def content_type(self, parts: list[Any], labels: dict[str, list[LabelValue]], title_el: Any,
                     excluded: set[Any], facts: set[Any]) -> tuple[str | None, Any]:
        lv = best(labels, "content_type")
        if lv is not None:
            return lv.text, lv.holder
        prefixed = title_prefix(self.doc, title_el)
        if prefixed is not None:
            return prefixed[1], prefixed[0]
        title_pos = self.doc.order.get(title_el, 10**9) if title_el is not None else 10**9
        # a poster's name (a link to a user's page) and the list the entry is listed in
        # (a link back to this very page: a forum's "in Announcements") are no type, nor
        # a box holding one ("Von <a>Presse-Redaktion</a>,")
        no_type = naming_no_type(self.doc, parts)
        typed_link = self._typed_category_link(parts, title_el, no_type)
        if typed_link is not None:
            return typed_link
        # a line naming the list the page shows ("OSCE – Notizie", a feed reader's feed
        # beside each of its articles) is the entries' source: a type's word in it is
        # the list's name's
        source = self._page_names(parts, excluded)
        excluded, facts = excluded | source, facts | source
        # what holds the title is the entry (or a line of it), no type label
        # a label shown again for small screens and hidden from assistive technology
        # ("<span aria-hidden=true>Title</span>" in each cell) is none either
        short = [(el, text) for el, text in self._short_elements(parts, excluded)
                 if (title_el is None or not is_under(title_el, el))
                 and fold(text) not in FEATURED and hidden_ancestor(el) != ARIA_HIDDEN
                 and not any(a is el or is_under(a, el) or is_under(el, a) for a in no_type)]
        # a known type first (beside it a "Featured" badge), else the innermost hinted
        # line (an eyebrow)
        # (a label may follow it in its tail: "<i>Press release</i> · Issued by: …")
        values = {e for group in labels.values() for lv in group for e in lv.elements}
        known = next(((text, el) for el, text in self._short_elements(
            parts, values | no_type | source | ({title_el} if title_el is not None else set()))
            if _is_type(text) and (title_el is None or not is_under(title_el, el))
            and hidden_ancestor(el) != ARIA_HIDDEN   # an icon's ligature ("event")
            and not any(is_under(a, el) for a in no_type)), None)
        if known is not None:
            return known
        for el, text in short:
            hinted = not any(is_under(o, el) for o, _ in short if o is not el) and any(
                type_hint(a) for a in [el, el.getparent()] if a is not None)
            # a date or a piece of one ("09" in a day/month badge) is no type, whatever
            # class its box has (WordPress's "type-post", a "date-badge"), nor a field of
            # work's name in the same badge (a theme shows one category: type or field)
            # nor a count's word ("0 <span class=stats_type>Antworten</span>"), nor a tag
            # (a link to a tag's page: a topic the item is filed under, its pill classed
            # "label" or "p-category" like a type's), nor a known structure's name (a
            # blog's category "Secretaría", or a group of them, "Operaciones sobre el
            # terreno": who issued the item, read as its issuer)
            if hinted and len(words(text)) <= 4 and any(c.isalpha() for c in text) \
                    and not self._shows_date(el, text) and field_of_work_id(text) is None \
                    and not names_issuer(text) \
                    and not counts(self.doc, el) and not self._tag_link(el):
                return text, el
        for el, pieces in self._meta_lines(parts, facts):
            for piece in pieces:
                if _is_type(piece):
                    return piece, el
        # a line of known names parted by commas ("Notizia, Presidenza OSCE, …")
        for el in elements_outside(parts, facts):
            named = None if any(isinstance(c.tag, str) for c in el) \
                else known_facts(self.doc.element_text(el))
            if named and (kind := next((p for p in named if _is_type(p)), None)):
                return kind, el
        category = category_link(self.doc, parts, excluded)
        if category is not None:
            return self.doc.element_text(category), category
        for el, text in short:
            # a short line above the title, not a date, not a link: the type label
            # (nor the label of a menu's toggle, its menu hidden beside it: "Options")
            # (nor a word closed by a colon: it labels what follows, the headline
            # itself, as a forum's "Важно:" / "Sticky:" before a pinned topic's title)
            # (nor a picture's credit under its image: "© OSCE")
            if self.doc.order.get(el, 10**9) < title_pos and len(words(text)) <= 3 \
                    and any(c.isalpha() for c in text) and not toggles_menu(el) \
                    and not is_caption_line(text) \
                    and not text.endswith((":", "：")) \
                    and len(text) <= 30 and tag(el) != "a" and not el.xpath(".//a") \
                    and not self._shows_date(el, text) and field_of_work_id(text) is None \
                    and not counts(self.doc, el):
                return text, el
        return list_type_link(self.doc, no_type, title_el, _is_type) or (None, None)

    def _page_names(self, parts: list[Any], excluded: set[Any]) -> set[Any]:
        """The entry's lines of several pieces whose words are the page's own name
        (:func:`names_page`)."""
        return {el for el in elements_outside(parts, excluded)
                if len(meta_pieces(text := self.doc.element_text(el)) or ()) > 1
                and names_page(self.doc, text)}

    def _typed_category_link(self, parts: list[Any], title_el: Any, no_type: set[Any]
                             ) -> tuple[str, Any] | None:
        """A link to a category's list whose words are a known type's name, wherever
        it stands in the entry (a blog's meta line "Posted by: editor on DATE in
        <a href=/blog/category/press-release/>Press release</a>", read as a byline's
        value): the entry's type.  A link back to the list the page shows is none
        (unless its words are a known type's, see :meth:`content_type`)."""
        for part in parts:
            for a in part.iter("a"):
                text = self.doc.element_text(a)
                if a not in no_type \
                        and (title_el is None or not (a is title_el or is_under(a, title_el))) \
                        and urls.is_category_archive(self.doc.absolute(a.get("href"))) \
                        and _is_type(text):
                    return text, a
        return None

    def _tag_link(self, el: Any) -> bool:
        """``el`` is, or sits in, a link to a tag's page."""
        return any(tag(a) == "a" and urls.is_tag_page(self.doc.absolute(a.get("href")))
                   for a in (el, *el.iterancestors()))

    def _shows_date(self, el: Any, text: str) -> bool:
        """The element shows a date or a piece of one, which is no type whatever box it
        sits in: a date in full, a day and month without their year (a date badge,
        "17 мар", "Mar 12": a date once a year is added), anything inside a ``<time>``,
        a box holding only a ``<time>``'s text (the Views field around it), or a box its
        class names as a date's (:meth:`_in_date`)."""
        if parse_date(text, self.language) or self._in_date(el):
            return True
        if tag(el) == "time" or any(tag(a) == "time" for a in el.iterancestors()):
            return True
        if any(self.doc.element_text(t) == text for t in el.iter("time") if t is not el):
            return True
        # a leap year, so that a badge of 29 February reads as a date too
        return not HAS_YEAR.search(text) and bool(with_year(text, _ANY_YEAR, self.language))

    def _in_date(self, el: Any) -> bool:
        """A piece of a date shown in parts (``<span>09</span><span>mars</span>`` in a
        date badge): its box or the box above says it is a date."""
        return any(class_tokens(a) & _DATE_TOKENS for a in [el, el.getparent()]
                   if a is not None)


def _publication_first(found: list[Any]) -> list[Any]:
    """Dates (elements, or (element, text) pairs) with the last change's put last: a
    theme writes both (WordPress: <time class="updated"> <time class="entry-date
    published">), or only one, classed "updated" whatever it is (tagDiv)."""
    def changed(item: Any) -> bool:
        return _changed(item[0] if isinstance(item, tuple) else item)
    return [x for x in found if not changed(x)] + [x for x in found if changed(x)]


def _changed(el: Any) -> bool:
    """A date of the item's last change, not of its publication (a theme writes both:
    <time class="updated"> <time class="entry-date published">)."""
    tokens = class_tokens(el)
    return bool(tokens & _CHANGED_TOKENS) and "published" not in tokens


def elements_outside(parts: list[Any], excluded: set[Any]) -> Iterator[Any]:
    """The elements of an entry's parts, in document order, none of them inside (or one
    of) the ``excluded`` elements."""
    # nor one nobody sees (display:none: a theme's machine-readable copy of a date,
    # "<span class=updated style=display:none>"); one walk down each part that passes
    # over a refused subtree, rather than every element's ancestors asked anew
    def refused(x: Any) -> bool:
        return x in excluded or hidden_kind(x) == NOT_RENDERED

    for part in parts:
        if not isinstance(part.tag, str) or any(refused(x) for x in part.iterancestors()):
            continue
        walker = etree.iterwalk(part, events=("start",))
        for _event, el in walker:
            if refused(el):
                walker.skip_subtree()
            elif isinstance(el.tag, str):
                yield el


def kicker_of(doc: Document, title_el: Any) -> Any:
    """A type label written inside the headline, before its words (OpenCms's ``<h3><span
    class="intro">Pressemitteilung</span><span>Headline</span></h3>``): the headline's
    first element, a known type's name, with the headline's words after it."""
    if title_el is None:
        return None
    box = title_el
    while True:
        kids = [c for c in box if isinstance(c.tag, str) and doc.element_text(c)]
        if len(kids) == 1 and not (box.text or "").strip() and tag(kids[0]) in (
                "a", *HEADINGS):
            box = kids[0]     # <a><h3>…</h3></a>, <h3><a>…</a></h3>
            continue
        break
    if len(kids) < 2 or (box.text or "").strip():
        return None
    first = kids[0]
    return first if _is_type(doc.element_text(first)) else None

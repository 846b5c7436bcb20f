"""The date of issue: the machine's stamp, the date shown after a label or in the
byline, a date in the header, a class's hint; a stamp near midnight yields to the date
a reader is shown."""

from __future__ import annotations

from typing import Any

from scraper.extract import dates, urls
from scraper.extract.dates import date_in_byline, parse_date, time_value
from scraper.extract.pages.common import Found, is_descendant, jsonld_text
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.content_type import FACTS
from scraper.extract.pages.news.header import HeaderFields
from scraper.extract.pages.news.hints import DATE_META, DATE_TOKENS
from scraper.extract.structure import class_tokens, in_chrome, is_block, tag
from scraper.extract.text import clean

# how many boxes up from the headline its day header may stand (the headline's
# <a> in an <h3> in a box whose line before it is the date)
_DAY_HEADER_CLIMB = 3
# the longest day header: a weekday, the date and a time
_DAY_HEADER_CHARS = 60


class IssuedFields(HeaderFields):
    """``issued_on``, after the header's type label and lead."""

    # ------------------------------------------------------------------ issued on
    @field
    def issued_on(self) -> Found | None:
        machine = self._machine_date()
        if machine is not None:
            # a timestamp near midnight in another time zone (UTC) than the date a
            # reader is shown (``2024-03-07T23:30Z`` beside "8 mars 2024"): the shown one
            shown = (self._label_date(warn=False) or self._header_date()
                     ) if dates.near_midnight(machine.value) else None
            if shown and dates.shifted_by_time_zone(machine.value, shown.value, self.lang):
                return shown
            return machine
        shown = self._label_date()
        if shown:
            return shown
        found = self._header_date()
        if found:
            return found
        return self._hinted_date() or self._post_head_date() or self._day_header_date()

    def _machine_date(self) -> Found | None:
        """The publication date the page states for machines: JSON-LD, microdata, meta."""
        lang = self.lang
        for obj in self.articles:
            value = jsonld_text(obj.get("datePublished"))
            if value and parse_date(value, lang):
                return Found(value, "json-ld")
        for el in self.doc.microdata("datePublished"):
            if self._in_other_card(el):
                continue
            value = el.get("content") or time_value(
                el.get("datetime"), self.doc.element_text(el), lang)
            if value and parse_date(value, lang):
                return Found(clean(value), "microdata")
        for name in DATE_META:
            for value in self.doc.meta.get(name, []):
                if parse_date(value, lang):
                    return Found(value, "meta")
        return None

    def _in_other_card(self, el: Any) -> bool:
        """``el`` stands in a box linking to another item, below every box holding the
        headline: that item's card (a sidebar's "Weitere Meldungen" module that marks
        each teaser's date ``itemprop="datePublished"``, SP Page Builder's articles
        addon), whose date is the other item's."""
        if self.title_el is None:
            return False
        own = {self.doc.url, self.url.value}
        for box in el.iterancestors():
            if is_descendant(self.title_el, box):
                return False
            for a in box.iter("a"):
                target = self.doc.absolute(a.get("href"))
                if target and target not in own and urls.item_number(target) is not None:
                    return True
        return False

    def _label_date(self, warn: bool = True) -> Found | None:
        """The date shown after a publication label (``warn``: say when one is none)."""
        lang = self.lang
        for lv in self.labels.get("issued_on", []):
            if lv.in_chrome or lv.empty:
                continue
            # the date shown, else the one its <time datetime> gives
            for value in dict.fromkeys(
                    (lv.shown_date(lv.language, lang), lv.text)):
                if value and (parse_date(value, lv.language) or parse_date(value, lang)):
                    return Found(value, "label")
            # the date and a few words after it ("mercoledì 12 febbraio 2025 · 4 min di
            # lettura", the dot drawn by an aria-hidden separator)
            within = date_in_byline(lv.text, lv.language) or date_in_byline(lv.text, lang)
            if within:
                return Found(within, "label")
            if warn:
                self.warnings.append(f"issued_on: label value {lv.text!r} is not a date")
        return None

    def _header_zone(self) -> tuple[int, int] | None:
        """Positions between the headline and the start of the body."""
        if self.title_el is None:
            return None
        start = self.doc.order.get(self.title_el, 0)
        body = self.body_units
        end = body[0].order if body else start + 200
        if self.label_block:
            end = max(end, max(lv.order for lv in self.label_block))
        return start, end

    def _header_date(self) -> Found | None:
        zone = self._header_zone()
        for el in self.doc.root.iter("time"):
            if not el.get("datetime") or in_chrome(el) or self._in_body(el) \
                    or self._in_widget(el):
                continue
            value = time_value(el.get("datetime"), self.doc.element_text(el), self.lang)
            pos = self.doc.order.get(el, 0)
            near = zone is not None and zone[0] - 50 <= pos <= zone[1]
            marked = "datePublished" in (el.get("itemprop") or "").split() \
                or el.get("pubdate") is not None
            if (near or marked or zone is None) and parse_date(value, self.lang):
                return Found(value, "time-element")
        if zone is not None:
            body_start = self.body_units[0].order if self.body_units else zone[1]
            for b in self.blocks:
                if zone[0] < b.order < zone[1] and not b.widget \
                        and len(b.text) <= 60 and parse_date(b.text, self.lang):
                    return Found(b.text, "header-date")
            # a line of facts under the headline: "May 4, 2021 · OSCE Secretariat"
            for b in self.blocks:
                if zone[0] < b.order < zone[1] and not b.widget and len(b.text) <= 120:
                    for piece in FACTS.split(b.text):
                        if len(piece) <= 40 and parse_date(piece, self.lang):
                            return Found(piece, "header-date")
            # a poster's byline among them: "Добавил press_md в Четверг, 15 Март 2007 -
            # 11:42:07 | Категория: Пресс-релизы"
            for text in self._header_lines(zone):
                if len(text) <= 200:
                    for piece in FACTS.split(text):
                        found = date_in_byline(piece, self.lang)
                        if found:
                            return Found(found, "byline")
            # a date in a line's element of its own, or opening its element before the
            # rest of the line (a forum post's head: SMF's ``<a>04 Marzo 2024, 10:12:07
            # </a><span>Ultima modifica: …</span>``, MyBB's ``<span class="post_date">
            # 10-14-2025, 09:14 AM <span class="post_edit">(…last modified…)</span>``)
            for b in self.blocks:
                if zone[0] < b.order < body_start and not b.widget and len(b.text) <= 200:
                    found = self._own_text_date(b.el)
                    if found:
                        return Found(found, "header-date")
        return None

    def _post_head_date(self) -> Found | None:
        """A date alone in its element on the first line of the post holding the
        headline, above the subject (FluxBB's and PunBB's ``<h2>#1 <a>2014-06-13
        19:02:41</a></h2>`` over the post's ``<h3>`` subject).  The post is the largest
        box around the headline holding no other heading of its rank (the next post's
        subject, a reply's "Re: …") and no main heading or menu (the page's own)."""
        if self.title_el is None:
            return None
        rank = tag(self.title_el)
        for box in self.title_el.iterancestors():
            if tag(box) in ("body", "html") or in_chrome(box) or len(box.xpath(
                    f".//{rank}")) > 1 or (rank != "h1" and box.xpath(".//h1 | .//nav")):
                return None
            head = next((b for b in self.blocks if b.order >= self.doc.order.get(box, 0)),
                        None)
            if head is None or head.order >= self.doc.order.get(self.title_el, 0) or \
                    head.widget or len(head.text) > 60:
                continue
            found = self._own_text_date(head.el)
            if found:
                return Found(found, "header-date")
        return None

    def _day_header_date(self) -> Found | None:
        """A date alone on the line right above the headline, in an element of its own
        (a weblog's day header: Greymatter's ``<span class="datehead">Tuesday, March
        12, 2002</span><br><span class="entrytitle">…``, Blogger's ``date-header``):
        the day the entry was posted.  Only the line next to the headline: a date
        further up is the site's or another entry's."""
        node = self.title_el
        for _ in range(_DAY_HEADER_CLIMB if node is not None else 0):
            prev = node.getprevious()
            while prev is not None and (not isinstance(prev.tag, str) or tag(prev) == "br") \
                    and not clean(prev.tail):
                prev = prev.getprevious()
            if prev is None:
                node = node.getparent()
                if node is None or clean(node.text) or (is_block(node) and \
                        tag(node) in ("body", "td", "article", "main")):
                    return None
                continue
            text = self.doc.element_text(prev)
            if clean(prev.tail) or not text or len(text) > _DAY_HEADER_CHARS or \
                    in_chrome(prev) or self._in_widget(prev):
                return None
            return Found(text, "header-date") if parse_date(text, self.lang) else None
        return None

    def _header_lines(self, zone: tuple[int, int]) -> list[str]:
        """The texts of the blocks between the headline and the body, the lines after
        the headline's in the block holding it first (a print view's title cell:
        ``<b>Headline</b><br><small>Posté le … par …</small>``)."""
        out: list[str] = []
        for b in self.blocks:
            if b.widget:
                continue
            if zone[0] < b.order < zone[1]:
                out.append(b.text)
            elif b.order <= zone[0] and self.title_el is not None and \
                    is_descendant(self.title_el, b.el):
                headline = clean(self.doc.element_text(self.title_el))
                lines = [clean(line) for line in b.text.split("\n")]
                if headline in lines:
                    out.extend(lines[lines.index(headline) + 1:])
        return out

    def _hinted_date(self) -> Found | None:
        for b in self.blocks:
            if b.widget or len(b.text) > 60 or self._in_body(b.el):
                continue
            # the line's box, the boxes above, and an inline element holding the whole
            # line (<div class="itemHeader"><span class="itemDateCreated">…</span>)
            chain = [b.el, *list(b.el.iterancestors())[:2],
                     *(c for c in b.el if isinstance(c.tag, str) and not is_block(c)
                       and clean(" ".join(c.itertext())) == b.text)]
            if any(class_tokens(a) & DATE_TOKENS for a in chain):
                text = b.text
                if parse_date(text, self.lang):
                    return Found(text, "class-hint")
                # "Published: 26 April 2015" inside a date-classed element
                tail = text.split(":", 1)[-1]
                if parse_date(tail, self.lang):
                    return Found(clean(tail), "class-hint")
        return None

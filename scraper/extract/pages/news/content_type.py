"""The type label around the headline ("Press release", "Speech"): metadata first, then
the lines above and under the headline, and the lines of facts (a byline, a stamp) that
are neither a type nor a lead."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from scraper.extract import dates, urls
from scraper.extract.blocks import Block
from scraper.extract.dates import date_in_byline, is_date_line, parse_date
from scraper.extract.labels import best
from scraper.extract.pages.common import Found, is_descendant
from scraper.extract.pages.fields import field
from scraper.extract.pages.listing_types import is_type
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.headless import type_above_labels
from scraper.extract.pages.news.hints import (
    CONTENT_TYPES_FOLDED,
    SHARE_WORDS,
    TRAIL,
    TYPE_TOKENS,
)
from scraper.extract.pages.news.title_parts import type_in_title
from scraper.extract.structure import class_tokens, in_chrome, is_block, is_hidden, tag
from scraper.extract.text import BARS, clean, fold, words

# between facts on one line (a date, a type, an issuer)
FACTS = re.compile(rf"\s+[{BARS}/]\s+")
# the same printed in an element of its own, no space around it (Avada's meta bar:
# ``Por <a>…</a><span>|</span><span>14 de marzo de 2023</span>``); no slash, which
# sentences use between words
_GLUED_FACTS = re.compile(rf"\s*[{BARS}]\s*")
# a dash between spaces parts a byline's facts too: a forum post's "by <poster> -
# Tuesday, 14 March 2023, 4:12 PM" (Moodle), each fact short, one a date
_DASHED_FACTS = re.compile(r"\s+[-–—]\s+")
# a machine stamp: a date in figures and its time (XWiki's ``Last modified by Web Editor
# on 2017/11/08 17:02``, ``Zuletzt geändert von … am 2019/06/20 14:02``): a wiki's or a
# CMS's page-information line, with the editor's name and a few words around it
_STAMP = re.compile(r"(?<!\w)(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?!\w)")
# the most words besides its stamp a page-information line takes (an action, "by", a
# name of two or three words, "on")
_STAMP_WORDS = 8
# the end of a sentence, a closing quote or bracket maybe after its mark
_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”„’)\]]*$")
# the fewest words of a lead written as a sentence
SENTENCE_WORDS = 8
# the longest fact of a byline (an author's name, a structure, "Categories: Press release")
FACT_CHARS = 80


class ContentTypeFields(NewsPageBase):
    """The content type read around the headline, and the tests of a byline's facts the
    lead (:mod:`.header`) asks too."""

    # ------------------------------------------------------------------ content type
    @cached_property
    def _content_type(self) -> tuple[Found | None, Any]:
        lv = best(self.labels, "content_type")
        if lv is not None and len(lv.text) <= 60:
            return Found(lv.text, "label"), None
        prefix = self.title_prefix
        if prefix is not None:
            return Found(prefix[0], "title-prefix"), None
        kicker = self.title_kicker
        if kicker is not None and is_type(text := self.doc.element_text(kicker)):
            # a known type printed as the headline's kicker, inside its heading (a name
            # of the identities table too: ZEIT's "Meldung")
            return Found(text, "title-kicker"), kicker
        if self.title_el is not None:
            found = self._above_title() or self._below_title() or self._category_link()
            if found:
                return found
            for el in self.title_el.getparent().iter() if self.title_el.getparent() is not None \
                    else []:
                if el is self.title_el or not class_tokens(el) & TYPE_TOKENS:
                    continue
                text = self.doc.element_text(el)
                if text and len(words(text)) <= 4 and not parse_date(text, self.lang) \
                        and not self._inside_sentence(el, text):
                    return Found(text, "class-hint"), el
        return type_above_labels(self) or self._type_in_title() or (None, None)

    def _type_in_title(self) -> tuple[Found, Any] | None:
        """A known type named by ``<title>`` beside the headline, when the page's text
        names none (:func:`type_in_title`)."""
        titles = self.doc.elements("title")
        if not titles or self.title_el is None:
            return None
        text = type_in_title(clean(titles[0].text_content()),
                             self.doc.element_text(self.title_el), CONTENT_TYPES_FOLDED)
        return (Found(text, "document-title"), None) if text else None

    def _inside_sentence(self, el: Any, text: str) -> bool:
        """``el`` is a word inside a longer line of its block (a hashtag link in a
        sentence: WriteFreely's ``<span class="p-category">`` in ``a.hashtag``): a
        category of the post named in its text, not the item's type line."""
        box = next((a for a in [el, *el.iterancestors()] if is_block(a)), None)
        if box is None or box is el:
            return False
        return len(words(self.doc.element_text(box))) > 2 * len(words(text)) + 4

    def _above_title(self) -> tuple[Found, Any] | None:
        """The short line right above the headline (``News Item``).  Wrappers of the
        headline alone (``<tr><td><font><b>``), and of any block adding nothing to what
        it wraps, are climbed without counting."""
        node = self.title_el
        text_so_far = self.doc.element_text(node)
        level = 0
        while level < 3:
            for sib in node.itersiblings(preceding=True):
                if not isinstance(sib.tag, str) or is_hidden(sib):
                    continue
                text = self.doc.element_text(sib)
                if not text:
                    continue
                if in_chrome(sib):
                    return None
                known = fold(text) in CONTENT_TYPES_FOLDED
                fact = next((p for p in self._facts(sib, text)
                             if fold(p) in CONTENT_TYPES_FOLDED),
                            None) if len(text) <= 120 and not known else None
                if fact is not None:
                    return Found(fact, "above-title"), sib   # "4 May 2021 / Press release"
                short = len(text) <= 40 and len(words(text)) <= 4 and not text.endswith(":") \
                    and not TRAIL.search(text)     # "Home / Newsroom / News": a trail
                is_link = sib.tag == "a" or (bool(sib.xpath(".//a")) and len(
                    clean(" ".join(sib.xpath(".//a//text()")))) >= len(text) - 2)
                if known or (short and not is_link and not parse_date(text, self.lang)
                             and fold(text) not in SHARE_WORDS):
                    return Found(text, "above-title"), sib
                return None
            node = node.getparent()
            if node is None or tag(node) in ("body", "main", "article"):
                return None
            # a wrapper adding nothing to what it wraps (a portal's nested portlet
            # boxes around the article) is climbed without counting either
            wrapped, text_so_far = text_so_far, self.doc.element_text(node)
            level += text_so_far != wrapped
        return None

    def _facts(self, line: Any, text: str) -> list[str]:
        """The facts of one line: its parts between separators, the items of a list
        line (a page header's meta list: ``<li>Press release</li><li><time>…``), or the
        boxes it is drawn from, side by side without a separator (a chip, then the
        date: ``<div><div>Press release</div><div>May 14, 2025</div></div>``)."""
        items = [self.doc.element_text(li) for li in line.iter("li")] \
            if tag(line) in ("ul", "ol") else []
        boxes = [self.doc.element_text(el) for el in line.iterdescendants()
                 if isinstance(el.tag, str) and not is_hidden(el)]
        return [*FACTS.split(text), *items, *boxes]

    def _below_title(self) -> tuple[Found, Any] | None:
        """A known type label on the first line under the headline, in whatever
        container it stands (a theme may put the headline in a region of its own): the
        whole line, or the first fact of a byline ("Komunikat prasowy | Opublikowano
        15.11.2024"), its separators maybe hidden from readers.  A bare date line
        under the headline (a blog theme's post date) comes before the facts line and
        is passed over: Bear Blog's ``<p><i><time>08 Jun, 2023</time></i></p>`` then
        ``<p><small>News item · Fields of work: …</small></p>``, the type as the
        first fact of a line printed in one element.  A dated meta line (date · updated
        · reading time) is passed over too, and the line under it counts when it is a
        known type and nothing more (Blowfish's category badge under its meta line).
        A lead may stand between the headline and the byline (OpenFed's intro, then
        "Communiqué de presse · 14 juin 2022 · …"): see :meth:`_type_after_lead`."""
        after = self._after(self.title_el)
        byline = False
        for n, b in enumerate(b for b in self.blocks if b.order > after and not b.widget):
            if fold(b.text) in CONTENT_TYPES_FOLDED:
                return Found(b.text, "below-title"), b.el
            if byline:
                return None   # under a byline, only a badge of its own is the type
            first = next((el for el in b.el.iterdescendants()
                          if isinstance(el.tag, str) and self.doc.element_text(el)), None)
            if first is not None and b.text.startswith(text := self.doc.element_text(first)) \
                    and fold(text) in CONTENT_TYPES_FOLDED:
                return Found(text, "below-title"), first
            fact = FACTS.split(b.text, maxsplit=1)[0]
            if len(b.text) <= 160 and fact != b.text and fold(fact) in CONTENT_TYPES_FOLDED:
                return Found(fact, "below-title"), b.el
            if len(b.text) <= 60 and parse_date(b.text, self.lang):
                continue   # the post's date on a line of its own, the facts under it
            if len(b.text) <= 160 and self._is_byline(b.text):
                known = next((f for f in FACTS.split(b.text)[1:]
                              if fold(f) in CONTENT_TYPES_FOLDED), None)
                if known is not None:
                    return Found(known, "below-title"), b.el   # "14 juin 2022 • Communiqué
                    #                                            de presse • <issuer>"
                byline = True
                continue   # the post's dated meta line, no type in its first fact ("14
                #            березня 2024·Оновлено: …·3 хв"): the type's badge under it
            # a wiki's page-information line may come first ("Last modified by … on
            # 2017/11/08 17:02", then the post's type badge): the next line is looked at
            if is_stamp_line(b.text, self.lang):
                continue
            return self._type_after_lead(b) if n == 0 and is_sentence(b.text) else None
        return None

    def _type_after_lead(self, lead: Block) -> tuple[Found, Any] | None:
        """The first line under the headline is a sentence (the lead): the line right
        under it gives the type only as the first fact of a dated byline (a known type,
        a date, the issuers between separators), never as a bare word, which the text's
        own first lines may be."""
        b = next((b for b in self.blocks if b.order > lead.order and not b.widget
                  and not is_descendant(b.el, lead.el)), None)
        if b is None or len(b.text) > 160 or not self._is_byline(b.text):
            return None
        fact = FACTS.split(b.text, maxsplit=1)[0]
        if fact != b.text and fold(fact) in CONTENT_TYPES_FOLDED:
            return Found(fact, "below-lead"), b.el
        return None

    def _category_link(self) -> tuple[Found, Any] | None:
        """The post's category link (WordPress prints ``rel="category tag"`` on each
        category in the post's meta line) naming a known type: a blog theme files its
        press releases under a category of that name, often the section's plural name
        (Soledad's chip "Comunicados de prensa"): any name of a type in
        ``identities/content_types.json``."""
        for a in self.doc.root.xpath("//a[@href][contains(concat(' ', normalize-space(@rel),"
                                     " ' '), ' category ')]"):
            text = self.doc.element_text(a)
            if text and is_type(text) \
                    and not in_chrome(a) \
                    and not self._in_widget(a):
                return Found(text, "category-link"), a
        return self._dated_category_link()

    def _dated_category_link(self) -> tuple[Found, Any] | None:
        """A link to a category's list (``/category/discurso/``) naming a known type, on
        the dated line under the headline (a Jekyll theme's "<time>4 de junio de
        2019</time> en <a>Discurso</a>", no ``rel`` said, or a byline whose last fact is
        its date, "Pubblicato da A in <a>Comunicati stampa</a> · 14 marzo 2018"): the
        post's category, its type.  A category link elsewhere (a sidebar's) is none."""
        after = self._after(self.title_el)
        for a in self.doc.root.iter("a"):
            if self.doc.order.get(a, -1) <= after:
                continue    # the links above the headline, most of a page's, read no text
            text = self.doc.element_text(a)
            if not text \
                    or not urls.is_category_archive(self.doc.absolute(a.get("href"))) \
                    or not is_type(text) \
                    or in_chrome(a) or self._in_widget(a):
                continue
            line = next((x for x in a.iterancestors() if is_block(x)), None)
            shown = self.doc.element_text(line) if line is not None else ""
            if line is not None and len(shown) <= 160 and (
                    next(line.iter("time"), None) is not None
                    or date_in_byline(shown, self.lang)
                    or date_in_byline(FACTS.split(shown)[-1], self.lang)):
                return Found(text, "category-link"), a
        return None

    @field
    def content_type(self) -> Found | None:
        return self._content_type[0]

    def _is_facts_row(self, el: Any) -> bool:
        """A line drawn from boxes side by side, no separator printed between them, each a
        short fact, one a date (Soledad's ``post-box-meta-single``: ``<span>escrito por
        …</span><span><time>14 de marzo de 2023</time></span><span>Actualizado: …
        </span><span>0 comentarios</span>…``): the post's meta line, no lead."""
        parts = [self.doc.element_text(c) for c in el
                 if isinstance(c.tag, str) and not is_hidden(c)]
        parts = [p for p in parts if p]
        return len(parts) >= 3 and all(len(p) <= FACT_CHARS for p in parts) and any(
            parse_date(p, self.lang) or date_in_byline(p, self.lang) for p in parts)

    def _is_byline(self, text: str) -> bool:
        """A line of short facts between separators, one of them a date (``Por <author>
        | 14 de marzo de 2023 | Categorías: …``), or such facts on lines of their own
        (``Veröffentlicht am: 12. März 2024<br>Aktualisiert am: 14. März 2024``): the
        post's meta line, no lead."""
        if is_stamp_line(text, self.lang) or dates.is_dated_byline(text, self.lang):
            return True
        parts = [p for line in text.split("\n") for bit in _GLUED_FACTS.split(line)
                 for p in _DASHED_FACTS.split(bit) if p.strip()]
        return len(parts) >= 2 and all(len(p) <= FACT_CHARS for p in parts) and any(
            is_date_line(p) or parse_date(p, self.lang) or date_in_byline(p, self.lang)
            for p in parts)

    def _own_text_date(self, el: Any) -> str | None:
        """The first text standing in an element of the line (before its children) that
        is a date and nothing more."""
        for node in el.iter():
            if not isinstance(node.tag, str) or (node is not el and is_block(node)):
                continue
            own = clean(node.text)
            if own and len(own) <= 60 and not is_hidden(node) and parse_date(own, self.lang):
                return own
        return None



def is_sentence(text: str) -> bool:
    """A whole sentence or more: several words closed by a full stop, an exclamation or
    a question mark (a closing quote after it), as a lead is and a section heading
    seldom."""
    return len(words(text)) >= SENTENCE_WORDS and bool(_SENTENCE_END.search(text))


def is_stamp_line(text: str, language: str | None) -> bool:
    """A page-information line: a few words around a date and time in figures
    (``Zuletzt geändert von Mihaela Popescu am 2019/06/20 14:02``, XWiki's
    ``xdocLastModification``): a byline, neither a lead nor a type line."""
    m = _STAMP.search(text)
    if m is None or len(text) > 160 or not parse_date(m[1], language):
        return False
    rest = text[:m.start()] + " " + text[m.end():]
    return len(words(rest)) <= _STAMP_WORDS


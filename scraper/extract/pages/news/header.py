"""What surrounds the headline: the lead (the type label is :mod:`.content_type`'s, the
date of issue :mod:`.issued`'s)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract.blocks import Block
from scraper.extract.dates import is_date_line, parse_date
from scraper.extract.label_words import is_label_lines
from scraper.extract.pages.common import Found, is_descendant
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.boxed_lead import boxed_lead
from scraper.extract.pages.news.content_type import (
    FACT_CHARS,
    SENTENCE_WORDS,
    ContentTypeFields,
    is_sentence,
)
from scraper.extract.pages.news.cover import cover_lead
from scraper.extract.pages.news.headless import described_lead
from scraper.extract.pages.news.hints import (
    LEAD_TOKENS,
    TAGLINE_PAIRS,
    TAGLINE_TOKENS,
    is_citation_of,
    is_issuer_line,
)
from scraper.extract.pages.news.labelled_lead import labelled_lead
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold, words


class HeaderFields(ContentTypeFields):
    """The lead read around the headline: metadata first, then the lines under it."""

    # ------------------------------------------------------------------ summary
    @cached_property
    def _summary(self) -> tuple[Found | None, Any]:
        title_el = self.title_el
        type_el = self._content_type[1]
        container = self.body_container
        if (labelled := labelled_lead(self, container)) is not None:
            return labelled, None
        if title_el is not None:
            start = self._after(title_el)
            # the labels between the headline and the text, a byline among them: the lead
            # stands above the last of them ("published …", the lead, "Issued by: …")
            block = [lv.order for lv in self.label_block
                     if lv.order > start and self._text_after(lv.order)]
            if block:
                first, end = min(block), max(block)
                start = self._headline_repeated(start, first)
                for b in self.blocks:
                    if not (start < b.order < end) or b.widget:
                        continue
                    if b.order > first and container is not None and \
                            is_descendant(b.el, container) and \
                            not self._lead_over_labels(b, container):
                        break     # the text itself, with a label inside it
                    if self._is_lead_candidate(b, type_el):
                        # a run of text standing in the container has no element of
                        # its own: the body leaves it out by its words
                        return Found(b.text, "above-labels"), \
                            None if b.el is container else b.el
            repeated = self._repeated_lead(start)
            if repeated is not None:
                return Found(repeated.text, "repeated-lead"), repeated.el
        # a lead stands above the text: past the text's end a "description" class names a
        # sidebar's or footer's box (a newsletter widget's line), no lead of the item
        text_end = self._after(container) if container is not None else None
        for b in self.blocks:
            if text_end is not None and b.order > text_end:
                break
            if b.widget or len(b.text) < 20 or self._in_labels(b.el):
                continue
            if title_el is not None and b.order <= self.doc.order.get(title_el, 0):
                continue
            if container is not None and is_descendant(b.el, container) and \
                    not self._opens_text(b, container):
                continue
            # a lead's class on a box holding the whole text (Dataverse's
            # ``ds-description-value``, the text itself) names the text, not its opening
            hinted = any(class_tokens(a) & LEAD_TOKENS and not (
                container is not None and is_descendant(container, a))
                for a in [b.el, *list(b.el.iterancestors())[:2]])
            if hinted and self._is_lead_candidate(b, type_el, heading=is_sentence(b.text)
                                                  and bool(class_tokens(b.el) & LEAD_TOKENS)):
                # a lead in a heading's tag is the subtitle under the headline
                return Found(b.text, "subtitle" if b.is_heading else "class-hint"), b.el
        if (lead := described_lead(self, container)) is not None:
            return Found(lead.text, "described"), lead.el
        found = boxed_lead(self, container) or self._subtitle_lead(title_el, container)
        if found[0] is None and (cover := cover_lead(self, title_el)) is not None:
            return Found(cover[0], "cover"), cover[1]
        return found

    def _headline_repeated(self, start: int, first: int) -> int:
        """Where the headline is printed again before the labels (a forum post's subject
        line over the post, SMF's ``subject_title``): the item's own entry starts there,
        and what stands above it is the topic's header ("Autore Discussione: …, Letto
        1.842 volte"), no lead; else ``start``."""
        headline = fold(self.doc.element_text(self.title_el)) if self.title_el is not None \
            else ""
        for b in self.blocks:
            if start < b.order < first and headline and fold(b.text) == headline:
                start = self._after(b.el)
        return start

    def _lead_over_labels(self, b: Block, container: Any) -> bool:
        """``b`` opens the text's container and labels follow it before the next
        paragraph: an editor's lead typed above the labels inside the post (a vBulletin
        CMS article's BB code: ``<b>lead</b><br><br><b>Тип материала:</b> …<br>
        <b>Направления деятельности:</b> …<br><br>`` the text)."""
        if not self._opens_text(b, container):
            return False
        # the run of label lines is no paragraph, wherever its words stand
        nxt = next((x.order for x in self.blocks if x.order > b.order and not x.widget
                    and len(x.text) >= 80 and is_descendant(x.el, container)
                    and not self._in_labels(x.el) and not is_label_lines(x.text)), None)
        return nxt is not None and any(
            b.order < lv.order < nxt and is_descendant(lv.holder, container)
            for lv in self.label_block)

    def _opens_text(self, b: Block, container: Any) -> bool:
        """``b`` is the first block of the text's container, more text after it: a
        post template's lead box at the top of the post (a LiveJournal community's
        ``<div class="osce-lead">`` above the cut), a lead when its class says so."""
        if self.title_el is not None and b.order <= self._after(self.title_el):
            return False
        inside = [x for x in self.blocks if not x.widget and is_descendant(x.el, container)
                  and x.order > (self._after(self.title_el) if self.title_el is not None
                                 else -1)]
        return bool(inside) and inside[0] is b and any(
            len(x.text) >= 80 for x in inside[1:])

    def _subtitle_lead(self, title_el: Any, container: Any) -> tuple[Found | None, Any]:
        """A subtitle written as a heading right under the headline, outside the text,
        that the page's description repeats word for word, or its opening words (a
        description cut short, its last words dropped for a full stop): the lead."""
        if title_el is None:
            return None, None
        described = {clean(v) for name in ("description", "og:description")
                     for v in self.doc.meta.get(name, [])}
        after = [b for b in self.blocks if b.order > self.doc.order.get(title_el, 0)
                 and not b.widget]
        first = after[0] if after else None
        if first is not None and first.is_heading and len(first.text) >= 40 and \
                _describes(described, clean(first.text)) and not (
                    container is not None and is_descendant(first.el, container)):
            return Found(first.text, "subtitle"), first.el
        return None, None

    def _repeated_lead(self, start: int) -> Block | None:
        """The first paragraph after the headline, printed again word for word as the
        next one: a lead block that the text repeats (fixtures/README.md)."""
        prose = [b for b in self.blocks if b.order > start and not b.widget
                 and not b.is_heading and not self._in_labels(b.el) and len(b.text) >= 40]
        if len(prose) >= 2 and clean(prose[0].text) == clean(prose[1].text) and \
                not is_descendant(prose[1].el, prose[0].el) and \
                self._is_lead_candidate(prose[0], None):
            return prose[0]
        return None

    def _text_after(self, pos: int) -> bool:
        """The article's text goes on after ``pos`` (labels placed after the whole text
        leave no lead above them: the first paragraph is the body's)."""
        container = self.body_container
        return container is not None and any(
            b.order > pos and len(b.text) >= 80 and not b.widget and not self._in_labels(b.el)
            and is_descendant(b.el, container) for b in self.blocks)

    def _is_lead_candidate(self, b: Block, type_el: Any, *, heading: bool = False) -> bool:
        """``b`` reads as a lead; ``heading``: even in a heading's tag (a template's
        lead drawn large under the headline, ``<h4 class="description">`` and a whole
        sentence in it)."""
        if self._in_labels(b.el) or (type_el is not None and is_descendant(b.el, type_el)):
            return False
        tokens = class_tokens(b.el)
        if tokens & TAGLINE_TOKENS or any(pair <= tokens for pair in TAGLINE_PAIRS):
            return False   # the site's tagline over every page, no lead of the item
        # a lead is a sentence, not a heading, a legend or a line of links
        if (b.is_heading and not (heading and tag(b.el) != "h1")) or len(b.text) < 40 or \
                b.link_density > 0.5 or \
                tag(b.el) in ("legend", "caption", "label", "dt", "th"):
            return False
        return not parse_date(b.text, self.lang) and not is_date_line(b.text) \
            and not self._is_byline(b.text) and not self._is_facts_row(b.el) \
            and not self._dated_head(b) and not is_label_lines(b.text) \
            and not is_issuer_line(b.text) and not self._cites_item(b.text)

    def _cites_item(self, text: str) -> bool:
        return self.title_el is not None and \
            is_citation_of(text, self.doc.element_text(self.title_el))

    def _dated_head(self, b: Block) -> bool:
        """A line opening with a date in an element of its own and a short fact after it
        (a forum post's head: "04 Marzo 2024, 10:12:07 Ultima modifica: …"): the post's
        meta line, no lead."""
        date = self._own_text_date(b.el)
        return date is not None and b.text.startswith(date) and \
            len(b.text) - len(date) <= FACT_CHARS

    @field
    def summary(self) -> Found | None:
        return self._summary[0]


def _describes(described: set[str], text: str) -> bool:
    """One of the page's descriptions is ``text`` or its opening words, a sentence of
    them at least (its closing mark or an ellipsis aside)."""
    for d in described:
        stem = d.rstrip(" .…").removesuffix("...").rstrip()
        if d == text or (len(words(stem)) >= SENTENCE_WORDS and text.startswith(stem)
                         and not text[len(stem):len(stem) + 1].isalnum()):
            return True
    return False


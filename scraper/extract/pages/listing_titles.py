"""The title of a listing's entry: the convention that an entry's headline is the link
to its item (a heading's, or the one its class calls the title), else its heading, bold
line or plain-text caption where the item's links only say "Read more" or count its
comments.  A card that is one link takes its heading or title line; a headline split
into several links to the item is their line; a "Read more" link, a count of comments
or reads and a link to a part of the item's page are no title.
:class:`~scraper.extract.pages.listing.ListingPage` reads it through
:class:`EntryTitles`."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.badges import without_closing_flags
from scraper.extract.blocks import linearize
from scraper.extract.dates import is_date_line, parse_date
from scraper.extract.document import Document
from scraper.extract.heading_style import styled_large_bold
from scraper.extract.pages.listing_facts import EntryFacts
from scraper.extract.pages.listing_lines import bold_headline, names_item_unseen, shows_address
from scraper.extract.pages.listing_pager import ARROWS
from scraper.extract.structure import HEADINGS, class_tokens, is_block, tag
from scraper.extract.text import clean, fold, words
from scraper.extract.vocabulary import READ_MORE_FOLDED, READ_MORE_SOLE_WORDS

READ_MORE = READ_MORE_FOLDED
# read-more phrases that open a read-more link whatever words follow them: the phrases of
# several words, and the single words that say nothing else
_READ_MORE_LEADS = tuple(sorted(
    {p for p in READ_MORE if " " in p} | {fold(w) for w in READ_MORE_SOLE_WORDS},
    key=len, reverse=True))
# what may follow a read-more phrase opening a link: a space, a colon, dots
_AFTER_LEAD = (" ", ":", ".", "…", "\u00a0")
# a link's words set in a pair of brackets: "[more…]", "(read more)"
_IN_BRACKETS = re.compile(r"^\[[^\[\]]*\]$|^\([^()]*\)$")
# class words of a card's headline line
_TITLE_TOKENS = frozenset({"title", "headline", "heading", "name"})
# a caption line (a plain-text title cell) is a headline's length, no paragraph
_CAPTION_MAX_WORDS = 25


class EntryTitles:
    """The titles of a listing's entries, on ``doc`` in ``language``, its lines of facts
    told by ``facts``."""

    def __init__(self, doc: Document, language: str, facts: EntryFacts) -> None:
        self.doc = doc
        self.language = language
        self._facts = facts

    def entry_title(self, el: Any, href: str) -> tuple[Any, str | None]:
        """The element holding the entry's headline and its words; a status flag closing
        them ("<span class=badge>Neu</span>" in the headline's link) is no part of them."""
        title_el, title = self._entry_title(el, href)
        if title_el is not None and title:
            title = without_closing_flags(self.doc, title_el) or title
        return title_el, title

    def _entry_title(self, el: Any, href: str) -> tuple[Any, str | None]:
        best_el, best_text = None, ""
        for a in el.iter("a"):
            # a link to a part of the item's page ("#comments") is no title
            if self.doc.absolute(a.get("href")) != href or _fragment(a):
                continue
            inner = next((h for h in a.iter(*HEADINGS) if self.doc.element_text(h)), None)
            if inner is None:
                inner = self._title_line(a)
            if inner is not None:   # a whole entry as one link: its heading is the title
                return inner, self.doc.element_text(inner)
            text = self.doc.element_text(a)
            in_heading = any(tag(x) in HEADINGS for x in [a, *a.iterancestors()])
            if in_heading and text:
                return a, text
            if class_tokens(a) & _TITLE_TOKENS and text and \
                    not self._read_more_about(text, el, href):
                return a, text   # the link its class calls the title, not the teaser's
            # a byline's permalink on its time ("Publicado a las <a>04:40 p.m. jun 12,
            # 2012</a>") says when, no headline
            if len(text) > len(best_text) and not self._read_more_about(text, el, href) \
                    and not _says_count(text) and not says_read_more(text) \
                    and not is_date_line(text):
                best_el, best_text = a, text
        heading = next(((h, t) for h in el.iter(*HEADINGS)
                        if (t := self.doc.element_text(h))), None) \
            or bold_headline(self.doc, el) or self._styled_headline(el) \
            or (None if best_text else self._caption_line(el))
        if heading is not None and (not best_text or self._leads_on(best_text, heading[1])):
            return heading
        if best_el is not None:
            line = self._split_title(best_el, href)
            if line is None:
                line = self._inline_title(best_el)
            if line is not None:
                return line, self.doc.element_text(line)
        return best_el, best_text or None

    def _styled_headline(self, entry: Any) -> tuple[Any, str] | None:
        """The entry's first line its inline style sets bold and large, linking nowhere,
        of a headline's words: the headline of a site builder's card drawn in boxes
        (``<div style="font-size: 20px; font-weight: 700">``), no heading element."""
        for box in entry.iter():
            if not isinstance(box.tag, str) or not styled_large_bold(box) \
                    or any(tag(x) == "a" for x in [*box.iter(), *box.iterancestors()]):
                continue
            text = self.doc.element_text(box)
            if 3 <= len(words(text)) <= _CAPTION_MAX_WORDS and not self._fact_line(text):
                return box, text
        return None

    def _caption_line(self, entry: Any) -> tuple[Any, str] | None:
        """The entry's first line (after the lines of facts above it) when it is a
        caption of its own above the teaser, no link in it, and the item's links only
        say "Read more" or count its comments: the title of a news box whose title cell
        is plain text (PHP-Fusion's ``<td class="capmain">`` over ``main-body`` and
        ``news-footer`` cells).  A date, a line of facts or a sentence-long line is no
        caption."""
        lines = [b for b in linearize(entry, self.doc.order) if b.el is not entry]
        # the entry's facts may stand above its caption ("09.03.2016 Оперативный отчет"
        # over a headline the item's "Read more" alone links)
        while len(lines) > 2 and not any(tag(x) == "a" for x in lines[0].el.iter()) \
                and self._fact_line(lines[0].text.strip()):
            lines = lines[1:]
        if len(lines) < 2:
            return None
        first = lines[0]
        text = first.text.strip()
        if any(tag(x) == "a" for x in first.el.iter()) or "\n" in text \
                or not 2 <= len(words(text)) <= _CAPTION_MAX_WORDS \
                or self._fact_line(text) or text.endswith((":", "：")):
            return None
        return first.el, text

    def _fact_line(self, text: str) -> bool:
        """A date or a line of facts (date and type): no caption."""
        return bool(parse_date(text, self.language)) or is_date_line(text) \
            or self._facts.is_meta_line(text)

    def _split_title(self, a: Any, href: str) -> Any:
        """The line of a headline an editor split into several links to the item (a bold
        run and a bold-italic run, each linked): the line is the title."""
        block = next((x for x in a.iterancestors() if is_block(x)), None)
        if block is None:
            return None
        links = [x for x in block.iter("a") if self.doc.absolute(x.get("href")) == href]
        if any(fold(ARROWS.sub("", self.doc.element_text(x))) in READ_MORE for x in links):
            return None    # a headline and its "Read more": the headline alone
        shown = clean(" ".join(self.doc.element_text(x) for x in links))
        whole = self.doc.element_text(block)
        return block if len(links) >= 2 and fold(shown.replace(" ", "")) == \
            fold(whole.replace(" ", "")) else None

    def _title_line(self, card: Any) -> Any:
        """A card that is one link, with no heading: its line a class calls the title,
        else its first line of several words that is no date and no line of facts
        (``<a><div>14 февраля 2025 / Пресс-релиз</div><div>Headline</div>…</a>``)."""
        lines = [b for b in linearize(card, self.doc.order) if b.el is not card]
        if len(lines) < 2:
            return None
        hinted = [b.el for b in lines if class_tokens(b.el) & _TITLE_TOKENS]
        if hinted:
            return hinted[0]
        for b in lines:
            if len(words(b.text)) >= 4 and not parse_date(b.text, self.language) \
                    and not self._facts.is_meta_line(b.text) and not is_date_line(b.text):
                return self._line_element(b)
        return None

    def _line_element(self, line: Any) -> Any:
        """The element holding just the line's words: the line's block, or, when the
        block goes on below it (``<div><strong>Headline</strong><p>Teaser</p></div>``),
        the inline element of the block that shows the line's words."""
        if self.doc.element_text(line.el) == line.text:
            return line.el
        return next((x for x in line.el if isinstance(x.tag, str) and not is_block(x)
                     and self.doc.element_text(x) == line.text), line.el)

    def _inline_title(self, card: Any) -> Any:
        """A card that is one link drawn in inline boxes, one line (a slideshow's slide:
        ``<a><span class=entry-title>…</span><span class=entry-summary>…</span></a>``):
        its inner element a class calls the title, holding words and not all of the
        card's, or None.  The words beside it are the teaser, no part of the title."""
        whole = self.doc.element_text(card)
        for el in card.iterdescendants():
            if isinstance(el.tag, str) and class_tokens(el) & _TITLE_TOKENS:
                text = self.doc.element_text(el)
                if text and len(text) < len(whole):
                    return el
        return None

    def _read_more_about(self, text: str, el: Any, href: str) -> bool:
        """``En savoir plus… sur TITLE``: a "Read more" link naming the item in words a
        theme meant for screen readers only (a hiding class this model does not know).
        Its text is a read-more phrase, then another link's text to the same item."""
        folded = fold(ARROWS.sub("", text))
        if not any(folded.startswith(phrase) and folded[len(phrase):][:1] in (" ", ".", ":")
                   for phrase in READ_MORE):
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
        if folded in READ_MORE:
            return True
        # a link pointing on with an arrow ("Read the press release →") calls to go on
        pointing = points_on(link_text) and len(words(link_text)) < len(words(heading))
        return (pointing or len(words(link_text)) <= 3 < len(words(heading))) \
            and not parse_date(heading, self.language)

    def read_more_links(self, parts: list[Any], href: str, title: str | None) -> list[Any]:
        """The entry's "Read more" links (a link whose visible start is a read-more
        phrase, its tail in an element of its own, or pointing on with an arrow:
        "Read the press release →"; or one naming the item by its ``title`` only in
        words for screen readers, whatever its shown words: "Continuer la lecture<span
        class=screen-reader-text>TITLE</span>") and its address shown as text (a
        link's, or a search hit's line of its own): no teaser."""
        out = []
        for part in parts:
            for el in part.iter():
                if not isinstance(el.tag, str):
                    continue
                text = self.doc.element_text(el)
                # whatever hides its tail ("Read more<span> about TITLE</span>")
                read_more = tag(el) == "a" and self.doc.absolute(el.get("href")) == href \
                    and (fold(ARROWS.sub("", text)) in READ_MORE or opens_read_more(el)
                         or points_on(text) or names_item_unseen(el, text, title))
                if read_more:
                    out.append(self._read_more_line(el, part, text))
                elif shows_address(text, href) and (tag(el) == "a" or not len(el)):
                    out.append(el)
        return out

    def _read_more_line(self, a: Any, part: Any, shown: str) -> Any:
        """The widest box around a read-more link, inside the entry's ``part``, holding
        nothing else but brackets, arrows and counts in parentheses (Scoop's "< Full
        Story (3 comments, 540 words in story) >"): the link's line, no teaser, however
        it is worded."""
        line = a
        for box in [] if a is part else a.iterancestors():
            rest = self.doc.element_text(box).replace(shown, " ", 1)
            if box is part or _COUNTS_IN_BRACKETS.sub(" ", rest).strip(
                    " <>‹›«»()[]|·•–—-.:\u00a0"):
                break
            line = box
        return line



# a parenthesised count beside a read-more link ("(3 comments, 540 words in story)")
_COUNTS_IN_BRACKETS = re.compile(r"\([^()]*\d[^()]*\)")

# a link's text that counts something of the item ("4 Коментарі", "Comments (2)",
# "12 reads"): a number and one word, the number no year
_COUNT_TEXT = re.compile(r"^(?:\(?(?!(?:19|20)\d\d\b)\d{1,4}\)?\s+[^\W\d_]+"
                         r"|[^\W\d_]+\s*[:(]?\s*(?!(?:19|20)\d\d\b)\d{1,4}\)?)$")


def _says_count(text: str) -> bool:
    """A count of the item's comments or reads, the link to its comments: no title."""
    return bool(_COUNT_TEXT.match(text.strip()))


def says_read_more(text: str) -> bool:
    """"Read more", alone or as the whole phrase opening words about the item
    ("Детальніше про …", "Más información sobre: …"); a sentence merely opening with a
    word of the vocabulary ("More than 300 …") is none."""
    return opens_with_read_more(fold(ARROWS.sub("", text)))


def opens_with_read_more(folded: str) -> bool:
    """The folded text is a read-more phrase, or opens with a whole one (several words,
    or a word saying nothing else: :data:`_READ_MORE_LEADS`) before a space or colon;
    in brackets too ("[more…]", "[leggi tutto]", "(read more)")."""
    folded = folded.strip()
    if _IN_BRACKETS.match(folded):
        folded = fold(folded[1:-1])
    return folded in READ_MORE or any(
        folded.startswith(p) and folded[len(p):][:1] in _AFTER_LEAD for p in _READ_MORE_LEADS)


def opens_read_more(a: Any) -> bool:
    """A link whose visible text opens with a "Read more" phrase and goes on about the
    item: in an element of its own (``Read more<span class="…"> about TITLE</span>``),
    or in words of its own once the phrase is a whole one (``Más información<span
    class="msAccess"> sobre: TITLE</span>``, ``Read more about TITLE``): the read-more
    link of a theme hiding its tail by a class or style this model does not know."""
    pieces = [t for t in a.itertext() if t.strip()]
    if len(pieces) >= 2 and fold(ARROWS.sub("", pieces[0])).strip() in READ_MORE:
        return True
    return opens_with_read_more(fold(ARROWS.sub("", " ".join(pieces))))


def points_on(text: str) -> bool:
    """The words end in a forward arrow set apart ("Read the press release →",
    "Continue ›"): a call to go on, no headline (a closing quote mark holds on to its
    word: «…»)."""
    return bool(_POINTING.search(text))


# a forward arrow after a space, closing the text
_POINTING = re.compile(r"\s[›»→>]+\s*$")


def _fragment(a: Any) -> bool:
    href = a.get("href") or ""
    return "#" in href and bool(href.split("#", 1)[1])


def subtitle_of(title_el: Any) -> Any | None:
    """The subtitle right under the entry's headline: a heading of a lower rank, no
    link in it, the next element after the headline's heading (Hugo Stack's ``h2``
    title, then ``h3.article-subtitle``).  It is the entry's teaser, no heading of
    another part; a heading elsewhere in the entry still is none."""
    if title_el is None:
        return None
    head = title_el if tag(title_el) in HEADINGS else next(title_el.iterancestors(*HEADINGS),
                                                           None)
    nxt = head.getnext() if head is not None else None
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None or tag(nxt) not in HEADINGS or tag(nxt) <= tag(head) \
            or next(nxt.iter("a"), None) is not None:
        return None
    return nxt

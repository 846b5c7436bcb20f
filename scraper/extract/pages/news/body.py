"""The body: its container, its blocks, its text and its dateline (which of its lines
are attached documents: :mod:`.body_files`)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from scraper.extract import dateline as datelines
from scraper.extract.blocks import HEADING, PARAGRAPH, Block, TypedBlock, typed_blocks
from scraper.extract.dates import is_dated_byline, parse_date, with_year
from scraper.extract.label_words import is_label_lines
from scraper.extract.pages.common import Found, is_descendant, jsonld_text
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.body_files import BodyFiles
from scraper.extract.pages.news.body_lines import (
    LINK_BOX,
    back_link,
    button_only,
    date_label,
    language_label,
    language_links,
    note_label,
    share_box,
    share_label,
    share_row,
    tag_link_line,
    tool_lines,
    unspaced,
)
from scraper.extract.pages.news.body_parts import (
    body_parts,
    closes_text,
    note_parts,
    to_this_page,
)
from scraper.extract.pages.news.hints import (
    BODY_END_HEADINGS,
    CAPTION_START,
    CREDIT_END,
    LINK_ROW,
    SHARE_WORDS,
    is_change_line,
    is_credit_line,
    is_editorial_note,
    is_issuer_line,
)
from scraper.extract.pages.news.inset_boxes import inset_box_end
from scraper.extract.pages.news.teasers import in_related_list, in_teaser
from scraper.extract.reading_lines import is_reading_line
from scraper.extract.structure import in_chrome, is_widget, tag
from scraper.extract.text import clean, fold

# a line of links closing the text: this short at most, this much of it links
_LINK_LINE_CHARS = 80
_LINK_LINE_DENSITY = 0.6


class BodyFields(BodyFiles):
    """The densest run of text after the header, and the dateline at its start."""

    def _in_body(self, el: Any) -> bool:
        return any(is_descendant(el, part) for part in self.body_parts) and \
            not self._in_labels(el) and (self.title_el is None or
                                         self.doc.order.get(el, 0) > self._after(self.title_el))

    def _in_widget(self, el: Any) -> bool:
        return any(is_widget(a) for a in [el, *el.iterancestors()] if tag(a) != "time")

    # ------------------------------------------------------------------ body
    @cached_property
    def body_container(self) -> Any:
        """The element holding the body: the densest run of text, widened to sibling
        sections that continue it (a body split by section wrappers or an image)."""
        scores: dict[Any, float] = {}
        text_under: dict[Any, float] = {}   # prose in every ancestor, for the widening
        paragraphs: dict[Any, int] = {}
        prose: list[tuple[Block, float]] = []
        for b in self.blocks:
            if b.widget or len(b.text) < 25 or b.is_heading or self._in_labels(b.el):
                continue
            weight = len(b.text) * (1.0 - min(1.0, b.link_density))
            if weight <= 0:
                continue
            el = b.el
            container = el if tag(el) in ("div", "td", "section", "article", "main", "body") \
                else el.getparent()
            while container is not None and tag(container) in ("ul", "ol", "li"):  # list holder
                container = container.getparent()
            if container is None:
                continue
            scores[container] = scores.get(container, 0.0) + weight
            parent = container.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + weight / 2
            # a picture's caption and credit is no prose the body goes on in (a photo
            # between the lead and the text, its caption a paragraph of the page)
            # nor is a byline ("von … — veröffentlicht 14.03.2013 11:02, zuletzt
            # verändert: …"): the header's line, no prose of the text
            if len(b.text) >= 80 and b.link_density < 0.3 and not is_credit_line(b.text) \
                    and not is_dated_byline(b.text, None):
                prose.append((b, weight))
        if not scores:
            return None
        best = max(scores, key=lambda el: (scores[el], -self.doc.order.get(el, 0)))
        # a box of links after the container (a related box, the share row) closes the
        # article: prose past it (Anchor's word-count footnote after "Related articles")
        # is no text the container might widen to
        end = self._after(best)
        wall = next((b.order for b in self.blocks if b.order > end and b.widget
                     and b.link_density >= LINK_BOX and self._in_link_box(b.el)), None)
        for b, weight in prose:
            if wall is not None and b.order > wall:
                continue
            for anc in [b.el, *b.el.iterancestors()]:
                text_under[anc] = text_under.get(anc, 0.0) + weight
                paragraphs[anc] = paragraphs.get(anc, 0) + 1
        node = best
        for _ in range(6):
            parent = node.getparent()
            # the box marked ``itemprop=articleBody`` holds all the body (no "About us")
            if parent is None or tag(parent) in ("body", "html", "main") or \
                    is_widget(parent) or in_chrome(parent) or \
                    "articleBody" in (node.get("itemprop") or "").split():
                break
            mine, around = text_under.get(best, 0.0), text_under.get(parent, 0.0)
            if around - mine < 1.0:
                node = parent    # a wrapper holding nothing more: look further up
                continue
            # the parent's other children hold a good share more prose, in more than one
            # paragraph (a lone one is a lead or a teaser): the body goes on there
            more = paragraphs.get(parent, 0) - paragraphs.get(best, 0)
            if around - mine < max(200.0, 0.25 * mine) or more < 2:
                break
            best = node = parent
        return best

    def _in_link_box(self, el: Any) -> bool:
        """``el`` stands in a widget that lists links to two places at least, most of
        its words theirs (a related box, a share row; a card's one button is none)."""
        box = None
        for a in [el, *el.iterancestors()]:
            if tag(a) in ("body", "html", "main"):
                break
            if is_widget(a):
                box = a
        if box is None:
            return False
        links = [a for a in box.iter("a") if a.get("href")]
        if len({self.doc.absolute(a.get("href")) for a in links}) < 2:
            return False
        shown = sum(len(self.doc.element_text(a)) for a in links)
        return shown >= LINK_BOX * max(1, len(self.doc.element_text(box)))

    @cached_property
    def body_parts(self) -> list[Any]:
        """The containers the body's text stands in, in page order: the body container,
        the sibling text containers that continue it and the notes its reference marks
        lead to after it (:mod:`.body_parts`)."""
        container = self.body_container
        if container is None:
            return []
        start = self._after(self.title_el) if self.title_el is not None else -1
        parts = body_parts(self.blocks, container, self._after, self.doc.order,
                           lambda b: self._in_labels(b.el), start,
                           lambda b: self._to_this_page(b) or is_editorial_note(b.text),
                           lambda b: self._dated_dateline(b.text) is not None)
        return parts + note_parts(parts, self._after, self.doc.order)

    def _stands_in(self, b: Block, part: Any) -> bool:
        """``b``'s words stand in ``part``: its element is inside it, or (a run of loose
        text in an inline wrapper holding the text's paragraphs, ``<td><font><p>…</p>
        <table>…</table><br>Loose words…<p>…</p></font></td>``) its element is the block
        around the wrapper while its words start inside it, and are its words.  Its
        element is the cell, as a browser sets the run in an anonymous box of the cell;
        the words are the wrapper's all the same."""
        if is_descendant(b.el, part):
            return True
        if b.el is part or not is_descendant(part, b.el) or \
                not self.doc.order.get(part, 0) < b.starts <= self._after(part):
            return False
        return unspaced(b.text) in unspaced(" ".join(part.itertext()))

    def _to_this_page(self, b: Block) -> bool:
        return to_this_page(b, self.doc.absolute, {self.doc.url, self.url.value})

    @cached_property
    def body_units(self) -> list[Block]:
        """The body's text blocks as the page shows them (a repeated lead included)."""
        container = self.body_container
        if container is None:
            return []
        title_pos = self.doc.order.get(self.title_el, -1) if self.title_el is not None else -1
        after_title = self._after(self.title_el) if self.title_el is not None else -1
        summary, summary_el = self._summary
        lead = clean(summary.value) if summary is not None else None
        type_el = self._content_type[1]
        parts = self.body_parts
        inside = [b for b in self.blocks if any(self._stands_in(b, p) for p in parts)]
        # a label block between the headline and the text: the body starts after it (and
        # after the lead above it, when the lead is a run of the text's own container);
        # a lead in a box of its own above the labels is no start of the text (Quarto's
        # title block: categories, the description, then the title-meta rows)
        first_big = next((b.order for b in inside if len(b.text) >= 80
                          and not self._in_labels(b.el) and b.order > after_title
                          and not (summary_el is None and clean(b.text) == lead)
                          and not (summary_el is not None
                                   and is_descendant(b.el, summary_el))), None)
        labels_end = -1
        for lv in self.label_block:
            if first_big is not None and after_title < lv.order < first_big:
                labels_end = max(labels_end, max([self._after(e) for e in lv.elements]
                                                 + [lv.order, self._label_list_end(lv.holder)]))
        out: list[Block] = []
        box_end = -1    # the end of a related box set between the paragraphs
        for i, b in enumerate(inside):
            # a run of the element holding the headline stands where its words do
            at = b.starts if self.title_el is not None and b.starts > b.order and \
                is_descendant(self.title_el, b.el) else b.order
            if b.widget or at <= max(after_title, labels_end, title_pos, box_end):
                continue
            if self._in_labels(b.el) or self._label_run(b):
                continue
            if summary_el is not None and is_descendant(b.el, summary_el):
                continue
            if type_el is not None and is_descendant(b.el, type_el):
                continue
            folded = fold(b.text)
            if folded in BODY_END_HEADINGS and (b.is_heading or len(b.text) <= 40):
                box_end = inset_box_end(b, container, out, inside[i + 1:], self._after) or -1
                if box_end < 0:
                    break    # "Related news", "Ähnliche Inhalte", "Documents"…, in any element
                continue     # its box stands between the paragraphs: the text goes on
            if folded in SHARE_WORDS or is_editorial_note(b.text) or \
                    CAPTION_START.match(b.text) or is_change_line(b.text, self.lang) or \
                    is_reading_line(b.text):
                continue   # "Share", "Check against delivery", "Photo: …", "3 min read"
            if b.link_density >= 0.8 and len(LINK_ROW.findall(b.text)) >= 1 and \
                    len(b.el.xpath(".//a[@href]")) >= 2:
                continue   # "Back to top · Print · E-mail", "Print | All releases": a
                #            row of utility links (two links and a separator are a row)
            if tool_lines(b, self.lang):
                continue   # the same row over a "Last updated: …" line, a <br> between
            if self._to_this_page(b):
                continue   # "Back to top": a link to the page itself, under a section
            if share_label(b):
                continue   # "Diesen Beitrag teilen:": the share row's label, its icons apart
            if share_row(b) or share_box(b, (self.doc.url, self.url.value)):
                if out and closes_text(b, out[-1], parts):
                    break  # the share row under the text: what follows is the page's
                continue   # "Share: Twitter Facebook E-mail": the share row's label and links
            if button_only(b):
                continue   # "Download the guide (PDF)" drawn as a button: a control
            if self._download_line(b) or self._labelled_files(b) or \
                    self._file_row_label(b, inside):
                continue   # "Full text of the speech (PDF, 182 KB)": a document's link
                #            (its facts in the link's words or after them), or under
                #            an attachment label, a line each, or a row's label
                #            cell before a cell holding the document's line
            if language_links(b) or language_label(b, inside[i + 1:]):
                continue   # "Translations: en ru": the switcher to the other languages
            if note_label(b):
                continue   # a footnote's "1" over its text: the note's number, no text
            if self._in_download_box(b.el, container):
                continue   # a document's card: its title, file name, size, "Download"
            if in_teaser(b.el, container, inside, self.doc.element_text, self.doc.absolute,
                         {self.doc.url, self.url.value}):
                continue   # another item's card dropped between the paragraphs
            own = {self.doc.url, self.url.value}
            if in_related_list(b, self.doc.absolute, own):
                continue   # "Other press releases:" and a link a line: related items
            if b.has_image and len(b.text) < 200 and not out:
                continue   # an image with its caption before the text starts
            if len(b.text) < 200 and CREDIT_END.search(b.text) and \
                    self._after_picture(b.el, container):
                continue   # a caption in a box of its own right after its picture
            if is_credit_line(b.text):
                continue   # "… Bucharest, 12 March 2024. (Photo: OSCE)": a caption
            if not out and date_label(b, inside[i + 1:], self.lang):
                continue   # "Modified" over its date: a title block's meta row
            if not out and len(b.text) <= 60 and parse_date(b.text, self.lang):
                continue   # a bare date line over the text is the item's date, no body
            if not out and is_issuer_line(b.text):
                continue   # the issuer's name on a line of its own over the text
            if not out and is_dated_byline(b.text, self.lang):
                continue   # "<writer> Published <date> Updated <date>": a byline, no text
            if not out and self._headline_copy(b):
                continue   # the editor's copy of the headline and byline over the text
            out.append(b)
        while out and (self._link_line_after_text(out[-1]) or back_link(out[-1])
                       or tag_link_line(out[-1])):
            out.pop()
        return self._before_page_rule(out, container)

    def _before_page_rule(self, out: list[Block], container: Any) -> list[Block]:
        """A text standing in the page's ``<body>`` itself, in no box of its own, ends
        at the first rule (``<hr>``) drawn across the page after its start: the page
        parts its sections with rules, and what follows (a mail archive's links to the
        previous and next message, the list's footer) is the page's, no text."""
        if not out or tag(container) != "body":
            return out
        start = out[0].order
        rule = next((self.doc.order[c] for c in container if tag(c) == "hr"
                     and self.doc.order.get(c, -1) > start), None)
        return out if rule is None else [b for b in out if b.order < rule]

    def _label_list_end(self, holder: Any) -> int:
        """The end of the list a label's row stands in (date, type, issuer, then Share,
        Send, Print): its other items are the header's tools, no text (-1: no list)."""
        item = next((a for a in [holder, *holder.iterancestors()][:3] if tag(a) == "li"), None)
        parent = item.getparent() if item is not None else None
        if parent is None or tag(parent) not in ("ul", "ol"):
            return -1
        return self._after(parent)

    def _link_line_after_text(self, b: Block) -> bool:
        """The text's last line is a short one of links to two places or more, a word or
        two between them and no sentence ("Posted via email from OBWE / ODIHR", a blog
        service's signature; "Blog · Archive"): the tool's or the site's, no text."""
        targets = {self.doc.absolute(a.get("href")) for a in b.links if a.get("href")}
        return len(targets) >= 2 and "\n" not in b.text and not b.is_heading and \
            len(b.text) <= _LINK_LINE_CHARS and b.link_density >= _LINK_LINE_DENSITY and \
            not b.text.rstrip().endswith((".", "!", "?", ":", "…"))

    def _label_run(self, b: Block) -> bool:
        """A run of "Label: value" lines standing in the text's container, its labels
        found there (a BB-code post's ``<b>Тип материала:</b> Пресс-релиз<br>…``):
        the item's labels, no paragraph of the text."""
        return is_label_lines(b.text) and any(
            is_descendant(lv.holder, b.el) and lv.order >= b.order for lv in self.label_block)

    def _headline_copy(self, b: Block) -> bool:
        """Before the text starts, a heading that repeats the headline word for word, or
        an ``<address>`` (HTML's element for an article's author) holding a short line:
        an article editor's copy of the header at the top of its content (Telegraph's
        ``article.tl_article_content`` repeats the ``<h1>`` and the author's
        ``<address>``), no sentence of the text."""
        title_el = self.title_el
        if b.is_heading and title_el is not None and \
                fold(b.text) == fold(self.doc.element_text(title_el)):
            return True
        return len(b.text) <= 80 and any(tag(a) == "address"
                                         for a in [b.el, *b.el.iterancestors()])

    def _after_picture(self, el: Any, container: Any) -> bool:
        """The element, or a box holding it inside the body, comes right after a box
        that shows a picture and no words."""
        for box in [el, *el.iterancestors()]:
            if box is container:
                return False
            prev = box.getprevious()
            while prev is not None and not isinstance(prev.tag, str):
                prev = prev.getprevious()
            if prev is not None:
                return (tag(prev) in ("img", "picture", "figure") or bool(
                    prev.xpath(".//img"))) and not self.doc.element_text(prev)
        return False

    def body_elements(self) -> list[Any]:
        """The elements of the body's blocks, in page order, none inside another: the
        body region as markup (``body_html``).  Text standing directly in the body
        container (paragraphs parted by ``<br><br>``) has no element of its own: then
        the container is the region."""
        whole = [p for p in self.body_parts if any(b.el is p for b in self.body_units)]
        out: list[Any] = []
        for b in self.body_units:
            el = next((p for p in whole if is_descendant(b.el, p)), b.el)
            if not any(is_descendant(el, p) for p in self.body_parts):
                # a loose run in an inline wrapper: the part it stands in is its markup
                el = next((p for p in self.body_parts if self._stands_in(b, p)), el)
            while out and is_descendant(out[-1], el) and out[-1] is not el:
                out.pop()     # a block whose element holds earlier ones (a quote's tail)
            if not (out and is_descendant(el, out[-1])):
                out.append(el)
        return out

    @cached_property
    def _typed_units(self) -> list[TypedBlock]:
        """The body's blocks with their kind, table rows joined, as the page shows them."""
        # each part typed under its own container (a table's rows, a list's items)
        out: list[TypedBlock] = []
        for part in self.body_parts:
            out += typed_blocks([b for b in self.body_units if self._stands_in(b, part)], part)
        return out

    @cached_property
    def _kept_units(self) -> list[TypedBlock]:
        """The body as written: a first paragraph that repeats the lead word for word is
        the lead, kept once, as the summary (fixtures/README.md, "The lead is not the
        body").  A heading the body ends on heads nothing that is body: its section was
        left out (a "Keywords" heading over tag links, a "Documents" heading over the
        files), so the heading goes with it."""
        units = self._typed_units
        summary = self._summary[0]
        if units and summary is not None and clean(units[0].text) == clean(summary.value):
            units = units[1:]
        while units and units[-1].type == HEADING:
            units = units[:-1]
        return units

    @field
    def body(self) -> Found | None:
        units = [u.text for u in self._kept_units]
        if units:
            return Found("\n\n".join(units), "structure")
        text = self._jsonld_body()
        return Found(text, "json-ld") if text else None

    @field
    def body_blocks(self) -> Found | None:
        units = self._kept_units
        if units:
            return Found([{"type": u.type, "text": u.text} for u in units], "structure")
        text = self._jsonld_body()
        if text:
            return Found([{"type": PARAGRAPH, "text": t} for t in text.split("\n\n")],
                         "json-ld")
        return None

    def _jsonld_body(self) -> str | None:
        for obj in self.articles:
            text = jsonld_text(obj.get("articleBody"))
            if text:
                return text
        return None

    # ------------------------------------------------------------------ dateline
    @field
    def dateline(self) -> Found | None:
        # the start of the article text as shown, a repeated lead included
        if self._typed_units:
            first = self._typed_units[0].text
            # a repeated lead shown as the text's subtitle: the dateline opens the
            # paragraph after it
            lead = self._summary[0]
            summary = lead.value if lead else None
            if len(self._typed_units) > 1 and summary and clean(first) == clean(summary) \
                    and datelines.find(first) is None:
                first = self._typed_units[1].text
        else:
            text = self._jsonld_body()
            if text is None:
                return None
            first = text.split("\n\n", 1)[0]
        raw = self._dated_dateline(first)
        return Found({"place": raw.place, "date": raw.date_text}, "dateline") if raw else None

    def _dated_dateline(self, text: str) -> datelines.RawDateline | None:
        """The dateline opening ``text``, its date words really a date (with or
        without the year)."""
        raw = datelines.find(text)
        return raw if raw is not None and (parse_date(raw.date_text, self.lang) or with_year(
            raw.date_text, 2000, self.lang)) else None

"""A news item (news, press release, statement, report) as one raw record.

Each field asks its signals in order of reliability (structured metadata, visible
labels, document structure, class-name hints) and keeps the first answer, with the
signal's name as provenance.  Values are as found on the page; normalising them is
:mod:`scraper.normalize`'s job.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from scraper import dateline as datelines
from scraper import urls
from scraper.blocks import Block, linearize
from scraper.dates import parse_date, with_year
from scraper.document import Document, primary_language
from scraper.labels import LabelValue, best, find_labels, label_regions, present
from scraper.language import detect
from scraper.pages.common import (
    Found,
    is_descendant,
    jsonld_names,
    jsonld_text,
    lowest_common_ancestor,
    strip_site_name,
)
from scraper.structure import class_tokens, in_chrome, in_navigation, is_hidden, is_widget, tag
from scraper.text import clean, fold, split_values, words
from scraper.vocabulary import CONTENT_TYPES, LANGUAGES, WIDGET_HEADINGS

_DATE_META = ("article:published_time", "og:article:published_time", "og:published_time",
              "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
              "dcterms.created", "publication_date", "publishdate", "pubdate", "date",
              "parsely-pub-date", "sailthru.date")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title")
_LOGO_TOKENS = frozenset({"logo", "brand", "branding", "sitename", "sitetitle", "slogan"})
_LOGO_PAIRS = (frozenset({"site", "name"}), frozenset({"site", "title"}),
               frozenset({"site", "branding"}))
_LEAD_TOKENS = frozenset({"lead", "summary", "intro", "introduction", "standfirst", "abstract",
                          "subtitle", "subheading", "deck", "dek", "excerpt", "strapline",
                          "teaser", "lede", "description"})
_TYPE_TOKENS = frozenset({"type", "contenttype", "bundle", "kicker", "eyebrow", "category",
                          "overline", "pretitle", "supertitle"})
_DATE_TOKENS = frozenset({"date", "published", "pubdate", "submitted", "created", "datetime",
                          "posted", "time"})
_ATTACHMENT_TOKENS = frozenset({"attachment", "attachments", "file", "files", "document",
                                "documents", "download", "downloads"})
_NOT_ATTACHMENT_TOKENS = frozenset({"share", "sharing", "social", "related", "relatedposts"})
_CAPTION_START = re.compile(r"^(photo|фото|foto|image|picture|crédit|credit)\s*[:©]", re.I)
_SHARE_WORDS = frozenset(fold(w) for w in (
    "Share", "Print", "Tweet", "Email", "E-mail", "Facebook", "Twitter", "LinkedIn", "X",
    "WhatsApp", "Telegram", "Поделиться", "Печать", "Teilen", "Drucken", "Partager",
    "Imprimer", "Condividi", "Stampa", "Compartir", "Imprimir", "Back to top", "Top"))
# cheap test on the raw href before resolving it (what urls.is_document can accept)
_DOCUMENT_HINT = re.compile(r"\.\w{2,4}(?:$|[?#])|download=true|/files/", re.I)
_NODE_CLASS = re.compile(r"(?:^|\s)(?:page-node-|node-|postid-)(\d{2,9})(?:\s|$)")
_CONTENT_TYPES_FOLDED = frozenset(fold(t) for t in CONTENT_TYPES)
_LINK_ROW = re.compile(r"\s[·|•]\s")
_TRAIL = re.compile(r"\s[/›»>|]\s")
_WIDGET_HEADINGS_FOLDED = frozenset(fold(t) for t in WIDGET_HEADINGS)


class NewsPage:
    """Fields of one news page; ``to_item()`` assembles the raw record."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.warnings: list[str] = list(doc.warnings)

    # ------------------------------------------------------------------ shared state
    @cached_property
    def labels(self) -> dict[str, list[LabelValue]]:
        return find_labels(self.doc.root, self.doc.order)

    @cached_property
    def label_block(self) -> list[LabelValue]:
        return sorted(present(self.labels), key=lambda lv: lv.order)

    @cached_property
    def label_elements(self) -> set[Any]:
        """Labels, values and label lines: never title, summary or body."""
        return label_regions(self.label_block)

    @cached_property
    def blocks(self) -> list[Block]:
        return linearize(self.doc.root, self.doc.order)

    @cached_property
    def articles(self) -> list[dict[str, Any]]:
        return self.doc.jsonld_articles()

    def _in_labels(self, el: Any) -> bool:
        node = el
        while node is not None:
            if node in self.label_elements:
                return True
            node = node.getparent()
        return False

    def _after(self, el: Any) -> int:
        """Document position just past ``el`` and its descendants."""
        last = el
        for last in el.iter():  # noqa: B007 - the last descendant is what we want
            pass
        return self.doc.order.get(last, 0)

    # ------------------------------------------------------------------ url, node id
    @cached_property
    def url(self) -> Found:
        if self.doc.canonical:
            return Found(self.doc.canonical, "canonical")
        og = self.doc.meta_first("og:url")
        if og and self.doc.absolute(og[1]):
            return Found(self.doc.absolute(og[1]), "meta")
        return Found(urls.canonical(self.doc.url), "fetched-url")

    @cached_property
    def node_id(self) -> Found | None:
        candidates: list[tuple[str | None, str]] = [
            (self.doc.canonical, "canonical"),
            (self.doc.shortlink, "shortlink"),
        ]
        og = self.doc.meta_first("og:url")
        candidates.append((self.doc.absolute(og[1]) if og else None, "meta"))
        candidates.append((self.doc.url, "fetched-url"))
        for obj in self.articles:
            for key in ("url", "@id", "mainEntityOfPage"):
                value = obj.get(key)
                if isinstance(value, dict):
                    value = value.get("@id")
                if isinstance(value, str):
                    candidates.append((self.doc.absolute(value), "json-ld"))
        for url, signal in candidates:
            nid = urls.node_id(url)
            if nid:
                return Found(nid, signal)
        for value in self.doc.root.xpath("//@data-history-node-id | //article/@data-node-id"):
            if str(value).isdigit():
                return Found(str(value), "page-attribute")
        for el in self.doc.root.xpath("//body | //article | //div[starts-with(@id, 'node-')]"):
            m = _NODE_CLASS.search(f" {el.get('class') or ''} {el.get('id') or ''} ")
            if m:
                return Found(m[1], "page-attribute")
        return None

    # ------------------------------------------------------------------ language
    @cached_property
    def language(self) -> Found | None:
        content_lang, confidence = detect(self._content_sample())
        declared: Found | None = None
        if self.doc.lang:
            declared = Found(self.doc.lang, "html-lang")
        else:
            for name in ("content-language", "og:locale", "dc.language", "language"):
                meta = self.doc.meta_first(name)
                code = primary_language(meta[1].replace("_", "-")) if meta else None
                if code:
                    declared = Found(code, "meta")
                    break
            if declared is None:
                for obj in self.articles:
                    code = primary_language(jsonld_text(obj.get("inLanguage")))
                    if code:
                        declared = Found(code, "json-ld")
                        break
        if declared is not None:
            # a translated page that fell back to another language's content
            if content_lang and content_lang != declared.value and confidence >= 0.5:
                return Found(content_lang, "content")
            return declared
        if content_lang:
            return Found(content_lang, "content")
        label_langs = [lv.language for lv in self.label_block if lv.language != "en"]
        if label_langs:
            return Found(label_langs[0], "labels")
        if self.label_block:
            return Found("en", "labels")
        prefix = urls.language_prefix(self.doc.url)
        if prefix in LANGUAGES:
            return Found(prefix, "url")
        return None

    def _content_sample(self) -> str:
        container = self.body_container
        parts = []
        if container is not None:
            parts = [b.text for b in self.blocks if is_descendant(b.el, container)][:40]
        if not parts:
            parts = [b.text for b in self.blocks if not b.chrome and not b.widget][:60]
        return " ".join(parts)

    @property
    def lang(self) -> str:
        return self.language.value if self.language else "en"

    # ------------------------------------------------------------------ title
    @cached_property
    def _title(self) -> tuple[Found | None, Any]:
        """The headline and its element (the anchor for type label, lead and body)."""
        metadata: list[tuple[str, str]] = []
        for obj in self.articles:
            text = jsonld_text(obj.get("headline")) or jsonld_text(obj.get("name"))
            if text:
                metadata.append((text, "json-ld"))
        for el in self.doc.microdata("headline"):
            text = clean(el.get("content") or self.doc.element_text(el))
            if text:
                metadata.append((text, "microdata"))
        for name in _TITLE_META:
            meta = self.doc.meta_first(name)
            if meta and strip_site_name(meta[1]):
                metadata.append((strip_site_name(meta[1]), "meta"))
        titles = self.doc.root.xpath("//title")
        page_title = strip_site_name(titles[0].text_content()) if titles else ""
        headings = self._heading_candidates()
        # 1. a visible heading that metadata (or <title>) confirms
        for text, signal in [*metadata, (page_title, "h1")]:
            key = fold(text).rstrip(".…") if text else ""
            if not key:
                continue
            for el, htext in headings:
                hkey = fold(htext)
                if hkey == fold(text):
                    return Found(htext, signal), el
                if len(key) >= 20 and hkey.startswith(key) and len(hkey) > len(key):
                    return Found(htext, "heading"), el   # metadata truncated the headline
        # 2. the page's main heading, when metadata says something else
        h1s = [(el, t) for el, t in headings if tag(el) == "h1"]
        if h1s:
            return Found(h1s[0][1], "h1"), h1s[0][0]
        # 3. no h1: the visible element that shows a metadata title (<font><b>, custom tags)
        for text, signal in [*metadata, (page_title, "title-element")]:
            el = self._element_showing(text)
            if el is not None:
                return Found(self.doc.element_text(el), signal), el
        if metadata:
            return Found(metadata[0][0], metadata[0][1]), None
        for el, text in headings:
            return Found(text, "heading"), el
        if page_title:
            return Found(page_title, "title-element"), None
        return None, None

    def _element_showing(self, text: str) -> Any:
        """The innermost element of the body whose whole text is ``text``."""
        if not text or len(text) > 400:
            return None
        found = None
        try:
            matches = self.doc.root.xpath("//body//*[normalize-space(.) = $t]",
                                          t=" ".join(clean(text).split()))
        except ValueError:   # text lxml cannot take as an XPath string
            return None
        for el in matches:
            if not is_hidden(el) and not in_chrome(el):
                found = el   # document order: the last match is the innermost
        return found

    def _heading_candidates(self) -> list[tuple[Any, str]]:
        out = []
        for el in self.doc.root.iter("h1", "h2"):
            # a headline may sit in a header block, never in a menu or a breadcrumb
            if is_hidden(el) or in_navigation(el):
                continue
            if any(_is_logo(a) for a in [el, *list(el.iterancestors())[:3]]):
                continue
            text = self.doc.element_text(el)
            if text and len(text) >= 3 and fold(text) not in _WIDGET_HEADINGS_FOLDED \
                    and strip_site_name(text):      # not the site's name (a logo <h1>)
                out.append((el, text))
        # h1 first, in document order; h2 after
        return sorted(out, key=lambda p: (tag(p[0]) != "h1", self.doc.order.get(p[0], 0)))

    @property
    def title(self) -> Found | None:
        return self._title[0]

    @property
    def title_el(self) -> Any:
        return self._title[1]

    # ------------------------------------------------------------------ content type
    @cached_property
    def _content_type(self) -> tuple[Found | None, Any]:
        lv = best(self.labels, "content_type")
        if lv is not None and len(lv.text) <= 60:
            return Found(lv.text, "label"), None
        if self.title_el is not None:
            found = self._above_title() or self._below_title()
            if found:
                return found
            for el in self.title_el.getparent().iter() if self.title_el.getparent() is not None \
                    else []:
                if el is self.title_el or not class_tokens(el) & _TYPE_TOKENS:
                    continue
                text = self.doc.element_text(el)
                if text and len(words(text)) <= 4 and not parse_date(text, self.lang):
                    return Found(text, "class-hint"), el
        return None, None

    def _above_title(self) -> tuple[Found, Any] | None:
        """The short line right above the headline (``News Item``)."""
        node = self.title_el
        for _level in range(3):
            for sib in node.itersiblings(preceding=True):
                if not isinstance(sib.tag, str) or is_hidden(sib):
                    continue
                text = self.doc.element_text(sib)
                if not text:
                    continue
                if in_chrome(sib):
                    return None
                known = fold(text) in _CONTENT_TYPES_FOLDED
                short = len(text) <= 40 and len(words(text)) <= 4 and not text.endswith(":") \
                    and not _TRAIL.search(text)     # "Home / Newsroom / News": a trail
                is_link = sib.tag == "a" or (bool(sib.xpath(".//a")) and len(
                    clean(" ".join(sib.xpath(".//a//text()")))) >= len(text) - 2)
                if known or (short and not is_link and not parse_date(text, self.lang)
                             and fold(text) not in _SHARE_WORDS):
                    return Found(text, "above-title"), sib
                return None
            node = node.getparent()
            if node is None or tag(node) in ("body", "main", "article"):
                return None
        return None

    def _below_title(self) -> tuple[Found, Any] | None:
        """A known type label on the line right under the headline."""
        for sib in self.title_el.itersiblings():
            if not isinstance(sib.tag, str) or is_hidden(sib):
                continue
            text = self.doc.element_text(sib)
            if not text:
                continue
            if fold(text) in _CONTENT_TYPES_FOLDED:
                return Found(text, "below-title"), sib
            return None
        return None

    @property
    def content_type(self) -> Found | None:
        return self._content_type[0]

    # ------------------------------------------------------------------ summary
    @cached_property
    def _summary(self) -> tuple[Found | None, Any]:
        title_el = self.title_el
        type_el = self._content_type[1]
        if title_el is not None:
            start = self._after(title_el)
            block_start = [lv.order for lv in self.label_block if lv.order > start]
            if block_start:
                end = min(block_start)
                for b in self.blocks:
                    if not (start < b.order < end) or b.chrome or b.widget:
                        continue
                    if self._is_lead_candidate(b, type_el):
                        return Found(b.text, "above-labels"), b.el
        container = self.body_container
        for b in self.blocks:
            if b.chrome or b.widget or len(b.text) < 20 or self._in_labels(b.el):
                continue
            if title_el is not None and b.order <= self.doc.order.get(title_el, 0):
                continue
            if container is not None and is_descendant(b.el, container):
                continue
            hinted = any(class_tokens(a) & _LEAD_TOKENS
                         for a in [b.el, *list(b.el.iterancestors())[:2]])
            if hinted and self._is_lead_candidate(b, type_el):
                return Found(b.text, "class-hint"), b.el
        return None, None

    def _is_lead_candidate(self, b: Block, type_el: Any) -> bool:
        if self._in_labels(b.el) or (type_el is not None and is_descendant(b.el, type_el)):
            return False
        # a lead is a sentence, not a heading, a legend or a line of links
        if b.is_heading or len(b.text) < 40 or b.link_density > 0.5 or \
                tag(b.el) in ("legend", "caption", "label", "dt", "th"):
            return False
        return not parse_date(b.text, self.lang)

    @property
    def summary(self) -> Found | None:
        return self._summary[0]

    # ------------------------------------------------------------------ issued on
    @cached_property
    def issued_on(self) -> Found | None:
        lang = self.lang
        for obj in self.articles:
            value = jsonld_text(obj.get("datePublished"))
            if value and parse_date(value, lang):
                return Found(value, "json-ld")
        for el in self.doc.microdata("datePublished"):
            value = el.get("content") or el.get("datetime") or self.doc.element_text(el)
            if value and parse_date(value, lang):
                return Found(clean(value), "microdata")
        for name in _DATE_META:
            for value in self.doc.meta.get(name, []):
                if parse_date(value, lang):
                    return Found(value, "meta")
        for lv in self.labels.get("issued_on", []):
            if lv.in_chrome or lv.empty:
                continue
            if lv.datetime and parse_date(lv.datetime, lang):
                return Found(lv.datetime, "label")
            if parse_date(lv.text, lv.language) or parse_date(lv.text, lang):
                return Found(lv.text, "label")
            self.warnings.append(f"issued_on: label value {lv.text!r} is not a date")
        found = self._header_date()
        if found:
            return found
        return self._hinted_date()

    def _header_zone(self) -> tuple[int, int] | None:
        """Positions between the headline and the start of the body."""
        if self.title_el is None:
            return None
        start = self.doc.order.get(self.title_el, 0)
        body = self.body_blocks
        end = body[0].order if body else start + 200
        if self.label_block:
            end = max(end, max(lv.order for lv in self.label_block))
        return start, end

    def _header_date(self) -> Found | None:
        zone = self._header_zone()
        for el in self.doc.root.iter("time"):
            value = el.get("datetime")
            if not value or in_chrome(el) or self._in_body(el) or self._in_widget(el):
                continue
            pos = self.doc.order.get(el, 0)
            near = zone is not None and zone[0] - 50 <= pos <= zone[1]
            marked = el.get("itemprop") == "datePublished" or el.get("pubdate") is not None
            if (near or marked or zone is None) and parse_date(value, self.lang):
                return Found(value.strip(), "time-element")
        if zone is not None:
            for b in self.blocks:
                if zone[0] < b.order < zone[1] and not b.chrome and not b.widget \
                        and len(b.text) <= 60 and parse_date(b.text, self.lang):
                    return Found(b.text, "header-date")
        return None

    def _hinted_date(self) -> Found | None:
        for b in self.blocks:
            if b.chrome or b.widget or len(b.text) > 60 or self._in_body(b.el):
                continue
            chain = [b.el, *list(b.el.iterancestors())[:2]]
            if any(class_tokens(a) & _DATE_TOKENS for a in chain):
                text = b.text
                if parse_date(text, self.lang):
                    return Found(text, "class-hint")
                # "Published: 26 April 2015" inside a date-classed element
                tail = text.split(":", 1)[-1]
                if parse_date(tail, self.lang):
                    return Found(clean(tail), "class-hint")
        return None

    def _in_body(self, el: Any) -> bool:
        container = self.body_container
        return container is not None and is_descendant(el, container) and \
            not self._in_labels(el) and (self.title_el is None or
                                         self.doc.order.get(el, 0) > self._after(self.title_el))

    def _in_widget(self, el: Any) -> bool:
        return any(is_widget(a) for a in [el, *el.iterancestors()] if tag(a) != "time")

    # ------------------------------------------------------------------ lists
    def _label_list(self, name: str) -> Found | None:
        lv = best(self.labels, name)
        if lv is not None and lv.items:
            others = [o for o in self.labels.get(name, []) if o is not lv and not o.in_chrome
                      and o.items and o.items != lv.items and o.clustered == lv.clustered]
            if others:
                self.warnings.append(f"{name}: label appears twice with different values; "
                                     f"kept {lv.items!r}, ignored {others[0].items!r}")
            return Found(lv.items, "label")
        return None

    @cached_property
    def issued_by(self) -> Found | None:
        found = self._label_list("issued_by")
        if found:
            return found
        for obj in self.articles:
            names = [n for n in jsonld_names(obj.get("author")) if fold(n) not in ("osce",)]
            if names:
                return Found(names, "json-ld")
        return None

    @cached_property
    def fields_of_work(self) -> Found | None:
        found = self._label_list("fields_of_work")
        if found:
            return found
        from scraper.normalize import field_of_work_id

        candidates: list[tuple[list[str], str]] = []
        for obj in self.articles:
            for key in ("about", "keywords", "articleSection"):
                value = obj.get(key)
                names = split_values(value) if isinstance(value, str) else jsonld_names(value)
                candidates.append((names, "json-ld"))
        for name in ("article:section", "article:tag", "keywords"):
            values = [v for raw in self.doc.meta.get(name, []) for v in split_values(raw)]
            candidates.append((values, "meta"))
        for names, signal in candidates:
            known = [n for n in names if field_of_work_id(n)]
            if known:
                return Found(known, signal)
        return None

    # ------------------------------------------------------------------ body
    @cached_property
    def body_container(self) -> Any:
        """The element holding the body: the densest run of text, widened to sibling
        sections that continue it (a body split by section wrappers or an image)."""
        scores: dict[Any, float] = {}
        text_under: dict[Any, float] = {}   # prose in every ancestor, for the widening
        paragraphs: dict[Any, int] = {}
        for b in self.blocks:
            if b.chrome or b.widget or len(b.text) < 25 or b.is_heading:
                continue
            if self._in_labels(b.el):
                continue
            weight = len(b.text) * (1.0 - min(1.0, b.link_density))
            if weight <= 0:
                continue
            el = b.el
            container = el if tag(el) in ("div", "td", "section", "article", "main", "body") \
                else el.getparent()
            if container is None:
                continue
            scores[container] = scores.get(container, 0.0) + weight
            parent = container.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + weight / 2
            if len(b.text) >= 80 and b.link_density < 0.3:
                for anc in [el, *el.iterancestors()]:
                    text_under[anc] = text_under.get(anc, 0.0) + weight
                    paragraphs[anc] = paragraphs.get(anc, 0) + 1
        if not scores:
            return None
        best = max(scores, key=lambda el: (scores[el], -self.doc.order.get(el, 0)))
        node = best
        for _ in range(6):
            parent = node.getparent()
            if parent is None or tag(parent) in ("body", "html", "main") or \
                    is_widget(parent) or in_chrome(parent):
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

    @cached_property
    def body_blocks(self) -> list[Block]:
        container = self.body_container
        if container is None:
            return []
        title_pos = self.doc.order.get(self.title_el, -1) if self.title_el is not None else -1
        after_title = self._after(self.title_el) if self.title_el is not None else -1
        summary_el = self._summary[1]
        type_el = self._content_type[1]
        inside = [b for b in self.blocks if is_descendant(b.el, container)]
        # a label block between the headline and the text: the body starts after it
        first_big = next((b.order for b in inside if len(b.text) >= 80
                          and not self._in_labels(b.el) and b.order > after_title), None)
        labels_end = -1
        for lv in self.label_block:
            if first_big is not None and after_title < lv.order < first_big:
                labels_end = max(labels_end, max([self._after(e) for e in lv.elements]
                                                 + [lv.order]))
        out: list[Block] = []
        for b in inside:
            if b.chrome or b.widget or b.order <= max(after_title, labels_end, title_pos):
                continue
            if self._in_labels(b.el):
                continue
            if summary_el is not None and is_descendant(b.el, summary_el):
                continue
            if type_el is not None and is_descendant(b.el, type_el):
                continue
            if fold(b.text) in _WIDGET_HEADINGS_FOLDED:
                break    # "Related news", "Ähnliche Inhalte"…, whatever element shows it
            if fold(b.text) in _SHARE_WORDS or _CAPTION_START.match(b.text):
                continue
            if b.link_density >= 0.8 and len(_LINK_ROW.findall(b.text)) >= 2:
                continue   # "Back to top · Print · E-mail": a row of utility links
            if b.has_image and len(b.text) < 200 and not out:
                continue   # an image with its caption before the text starts
            out.append(b)
        return out

    def body_elements(self) -> list[Any]:
        """The elements of the body's blocks, in page order, none inside another: the
        body region as markup (``body_html``).  Text standing directly in the body
        container, outside any element of its own, has none and is left out."""
        out: list[Any] = []
        for b in self.body_blocks:
            if b.el is self.body_container:
                continue
            while out and is_descendant(out[-1], b.el):
                out.pop()     # a block whose element holds earlier ones (a quote's tail)
            if not (out and is_descendant(b.el, out[-1])):
                out.append(b.el)
        return out

    @cached_property
    def body(self) -> Found | None:
        units = [b.text for b in self.body_blocks]
        if units:
            return Found("\n\n".join(units), "structure")
        for obj in self.articles:
            text = jsonld_text(obj.get("articleBody"))
            if text:
                return Found(text, "json-ld")
        return None

    # ------------------------------------------------------------------ dateline
    @cached_property
    def dateline(self) -> Found | None:
        body = self.body
        if body is None:
            return None
        first = body.value.split("\n\n", 1)[0]
        raw = datelines.find(first)
        if raw is None:
            return None
        # the date words must really be a date (with or without the year)
        if not (parse_date(raw.date_text, self.lang)
                or with_year(raw.date_text, 2000, self.lang)):
            return None
        return Found({"place": raw.place, "date": raw.date_text}, "dateline")

    # ------------------------------------------------------------------ attachments
    @cached_property
    def attachments(self) -> Found | None:
        scope = self._article_root()
        titles: dict[str, str | None] = {}   # URL -> title, in page order
        for a in self.doc.root.iter("a"):
            raw = a.get("href")
            if not raw or not _DOCUMENT_HINT.search(raw):
                continue
            href = self.doc.absolute(raw)
            if not href or not urls.is_document(href) or titles.get(href):
                continue
            chain = [a, *a.iterancestors()]
            if any(class_tokens(x) & _NOT_ATTACHMENT_TOKENS or tag(x) == "nav" for x in chain):
                continue
            if in_chrome(a):
                continue
            in_scope = scope is not None and is_descendant(a, scope)
            hinted = any(class_tokens(x) & _ATTACHMENT_TOKENS for x in chain[:5])
            if not (in_scope or hinted):
                continue
            # an icon link without text may stand before the named link to the same file
            titles[href] = self.doc.element_text(a) or titles.get(href)
        if not all(titles.values()):
            for a in self.doc.root.iter("a"):
                raw = a.get("href")
                if not raw or not _DOCUMENT_HINT.search(raw):
                    continue
                href = self.doc.absolute(raw)
                if href in titles and not titles[href]:
                    titles[href] = clean(a.get("title")) or None
        out = [{"url": url, "title": title} for url, title in titles.items()]
        return Found(out, "links") if out else None

    def _article_root(self) -> Any:
        container = self.body_container
        if container is None:
            return None
        if self.title_el is None:
            return container
        lca = lowest_common_ancestor(self.title_el, container)
        if lca is None or tag(lca) in ("html", "body"):
            return container
        return lca

    # ------------------------------------------------------------------ translations
    @cached_property
    def translations(self) -> Found | None:
        # the page's own address, whichever scheme and www. it was written with
        own = {_address(urls.canonical(self.doc.url)), _address(self.url.value)}
        own_paths = {urlsplit(self.doc.url).path, urlsplit(self.url.value).path}
        out: dict[str, str] = {}
        for code, link in self.doc.hreflang:
            lang = primary_language(code)
            if not lang or _address(link) in own or lang in out:
                continue
            if lang == self.lang and urlsplit(link).path in own_paths:
                continue   # the same page served from another host (a mirror, a copy)
            out[lang] = link
        if out:
            return Found(out, "hreflang")
        # a language switcher: only links to this same item in another language
        nid = self.node_id.value if self.node_id else None
        for a in self.doc.root.xpath("//a[@hreflang and @href]"):
            lang = primary_language(a.get("hreflang"))
            href = self.doc.absolute(a.get("href"))
            if not (lang and href) or _address(href) in own or lang == self.lang or lang in out:
                continue
            if (nid and urls.node_id(href) == nid) or _same_path(href, self.url.value):
                out[lang] = href
        return Found(out, "language-switcher") if out else None

    # ------------------------------------------------------------------ the record
    def to_item(self) -> dict[str, Any]:
        """The raw record: values as found, plus provenance of each field."""
        fields: dict[str, Found | None] = {
            "url": self.url,
            "node_id": self.node_id,
            "language": self.language,
            "content_type": self.content_type,
            "title": self.title,
            "summary": self.summary,
            "issued_on": self.issued_on,
            "issued_by": self.issued_by,
            "fields_of_work": self.fields_of_work,
            "body": self.body,
            "dateline": self.dateline,
            "attachments": self.attachments,
            "translations": self.translations,
        }
        empty: dict[str, Any] = {"issued_by": [], "fields_of_work": [], "attachments": [],
                                 "translations": {}}
        record: dict[str, Any] = {}
        provenance: dict[str, str] = {}
        for name, found in fields.items():
            if found is None or found.value in (None, "", [], {}):
                record[name] = empty.get(name)
            else:
                record[name] = found.value
                provenance[name] = found.signal
        record["provenance"] = provenance
        if self.warnings:
            record["_warnings"] = list(dict.fromkeys(self.warnings))
        return record



def _address(url: str) -> str:
    """A URL without scheme and ``www.``: two spellings of one page compare equal."""
    parts = urlsplit(url)
    host = (parts.netloc or "").lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/') or '/'}?{parts.query}"


def _same_path(a: str, b: str) -> bool:
    """The same page under another language prefix (``/ru/x/1`` and ``/x/1``)."""
    def strip(url: str) -> str:
        path = urlsplit(url).path
        prefix = urls.language_prefix(url)
        return path[len(prefix) + 1:] if prefix else path
    return strip(a) == strip(b) and strip(a) not in ("", "/")


def _is_logo(el: Any) -> bool:
    tokens = class_tokens(el)
    return bool(tokens & _LOGO_TOKENS) or any(pair <= tokens for pair in _LOGO_PAIRS)

"""The item's header: address, node id, language, headline, type label, lead, date."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.blocks import Block
from scraper.extract.dates import parse_date
from scraper.extract.document import primary_language
from scraper.extract.labels import best
from scraper.extract.language import detect
from scraper.extract.pages.common import (
    Found,
    is_descendant,
    jsonld_text,
    strip_site_name,
)
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.hints import (
    CONTENT_TYPES_FOLDED,
    DATE_META,
    DATE_TOKENS,
    HEADLINE_TOKENS,
    LEAD_TOKENS,
    LOGO_PAIRS,
    LOGO_TOKENS,
    NODE_CLASS,
    SHARE_WORDS,
    TITLE_META,
    TRAIL,
    TYPE_TOKENS,
    WIDGET_HEADINGS_FOLDED,
)
from scraper.extract.structure import (
    HEADINGS,
    class_tokens,
    in_chrome,
    in_navigation,
    is_hidden,
    tag,
)
from scraper.extract.text import clean, fold, words
from scraper.extract.vocabulary import LANGUAGES

_TITLE_PARTS = re.compile(r"\s+[|–—:·•-]\s+")
# between facts on one line (a date, a type, an issuer)
_FACTS = re.compile(r"\s+[|/·•]\s+")


class HeaderFields(NewsPageBase):
    """Fields read from the header: metadata first, then what surrounds the headline."""

    # ------------------------------------------------------------------ url, node id
    @field
    def url(self) -> Found:
        if self.doc.canonical:
            return Found(self.doc.canonical, "canonical")
        og = self.doc.meta_first("og:url")
        if og and self.doc.absolute(og[1]):
            return Found(self.doc.absolute(og[1]), "meta")
        return Found(urls.canonical(self.doc.url), "fetched-url")

    @field
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
            m = NODE_CLASS.search(f" {el.get('class') or ''} {el.get('id') or ''} ")
            if m:
                return Found(m[1], "page-attribute")
        return None

    # ------------------------------------------------------------------ language
    @field
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
            parts = [b.text for b in self.blocks if not b.widget][:60]
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
        for name in TITLE_META:
            meta = self.doc.meta_first(name)
            if meta and strip_site_name(meta[1]):
                metadata.append((strip_site_name(meta[1]), "meta"))
        titles = self.doc.elements("title")
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
        h1s = [(el, t) for el, t in headings if _is_h1(el)]
        if h1s:
            return Found(h1s[0][1], "h1"), h1s[0][0]
        # 3. no h1: the visible element that shows a metadata title (<font><b>, custom tags)
        for text, signal in [*metadata, (page_title, "title-element")]:
            el = self._element_showing(text)
            if el is not None:
                return Found(self.doc.element_text(el), signal), el
        # 4. the same for a part of <title> ("Press release - Headline"): the headline
        # as shown may say a word more ("OSCE Headline")
        el = self._element_showing_part(page_title)
        if el is not None:
            return Found(self.doc.element_text(el), "title-element"), el
        if metadata:
            return Found(metadata[0][0], metadata[0][1]), None
        el = self._visual_headline()
        if el is not None:
            return Found(self.doc.element_text(el), "large-type"), el
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
            if not is_hidden(el) and not in_chrome(el) and not self._is_link_text(el):
                found = el   # document order: the last match is the innermost
        return found

    def _is_link_text(self, el: Any) -> bool:
        """Mostly the words of a link to another page (a breadcrumb's "Press releases"
        naming the section in ``<title>``): no headline of this page."""
        for x in [el, *el.iterancestors()]:
            if tag(x) == "a" and x.get("href") and not self._leads_here(x.get("href")):
                return True
        text = self.doc.element_text(el)
        linked = clean(" ".join(t for a in el.iter("a") if a.get("href")
                                for t in a.itertext()))
        return bool(text) and len(linked) >= 0.5 * len(text)

    def _leads_here(self, href: str) -> bool:
        """A link to this page itself (a headline may link to its own item)."""
        url = self.doc.absolute(href)
        if url is None or url in (self.url.value, urls.canonical(self.doc.url)):
            return True
        own = self.node_id
        return own is not None and urls.node_id(url) == own.value

    def _visual_headline(self) -> Any:
        """A page without headings: the line in the largest type (``<font size="4">``,
        ``<big>``, an inline ``font-size``) or, failing that, the first one a class
        calls a headline (``div.article-title``), outside menus, sidebars and links."""
        best_el, best_size = None, 0.0
        for el in self.doc.root.xpath("//body//*[self::font[@size] or self::big or "
                                      "contains(@style, 'font-size') or @class]"):
            if tag(el) in HEADINGS:
                continue   # headings are the headline's own candidates
            size = _type_size(el) or (_HEADLINE_SIZE if class_tokens(el) & HEADLINE_TOKENS
                                      and not _is_logo(el) else 0.0)
            if size <= best_size or is_hidden(el) or in_chrome(el) or self._in_widget(el) \
                    or self._is_link_text(el):
                continue
            text = self.doc.element_text(el)
            if 15 <= len(text) <= 300 and len(words(text)) >= 3:
                best_el, best_size = el, size
        return best_el

    def _element_showing_part(self, title: str) -> Any:
        """The innermost visible element showing the longest part of ``title`` (split at
        its separators), with at most a few words more."""
        parts = sorted(_TITLE_PARTS.split(title), key=len, reverse=True)
        for part in parts:
            part = " ".join(part.split())
            if len(part) < 20 or part == title:
                continue
            try:
                matches = self.doc.root.xpath("//body//*[contains(normalize-space(.), $t)]",
                                              t=part)
            except ValueError:
                return None
            found = None
            for el in matches:
                text = self.doc.element_text(el)
                if part in text and len(text) <= len(part) + 20 and not in_chrome(el) \
                        and not self._is_link_text(el):
                    found = el    # document order: the last match is the innermost
            if found is not None:
                return found
        return None

    def _heading_candidates(self) -> list[tuple[Any, str]]:
        out = []
        for el in self.doc.root.xpath("//h1 | //h2 | //*[@role='heading']"):
            if tag(el) not in ("h1", "h2") and _aria_level(el) > 2:
                continue
            # a headline may sit in a header block, never in a menu or a breadcrumb
            if is_hidden(el) or in_navigation(el):
                continue
            if any(_is_logo(a) for a in [el, *list(el.iterancestors())[:3]]):
                continue
            text = self.doc.element_text(el)
            if text and len(text) >= 3 and fold(text) not in WIDGET_HEADINGS_FOLDED \
                    and strip_site_name(text):      # not the site's name (a logo <h1>)
                out.append((el, text))
        # h1 first, in document order; h2 after
        return sorted(out, key=lambda p: (not _is_h1(p[0]), self.doc.order.get(p[0], 0)))

    @field
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
                if el is self.title_el or not class_tokens(el) & TYPE_TOKENS:
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
                known = fold(text) in CONTENT_TYPES_FOLDED
                fact = next((p for p in _FACTS.split(text) if fold(p) in CONTENT_TYPES_FOLDED),
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
        return None

    def _below_title(self) -> tuple[Found, Any] | None:
        """A known type label on the first line under the headline, in whatever
        container it stands (a theme may put the headline in a region of its own)."""
        after = self._after(self.title_el)
        for b in self.blocks:
            if b.order <= after or b.widget:
                continue
            if fold(b.text) in CONTENT_TYPES_FOLDED:
                return Found(b.text, "below-title"), b.el
            return None
        return None

    @field
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
            if block_start and self._text_after(min(block_start)):
                end = min(block_start)
                for b in self.blocks:
                    if not (start < b.order < end) or b.widget:
                        continue
                    if self._is_lead_candidate(b, type_el):
                        return Found(b.text, "above-labels"), b.el
        container = self.body_container
        for b in self.blocks:
            if b.widget or len(b.text) < 20 or self._in_labels(b.el):
                continue
            if title_el is not None and b.order <= self.doc.order.get(title_el, 0):
                continue
            if container is not None and is_descendant(b.el, container):
                continue
            hinted = any(class_tokens(a) & LEAD_TOKENS
                         for a in [b.el, *list(b.el.iterancestors())[:2]])
            if hinted and self._is_lead_candidate(b, type_el):
                return Found(b.text, "class-hint"), b.el
        return None, None

    def _text_after(self, pos: int) -> bool:
        """The article's text goes on after ``pos`` (labels placed after the whole text
        leave no lead above them: the first paragraph is the body's)."""
        container = self.body_container
        return container is not None and any(
            b.order > pos and len(b.text) >= 80 and not b.widget and not self._in_labels(b.el)
            and is_descendant(b.el, container) for b in self.blocks)

    def _is_lead_candidate(self, b: Block, type_el: Any) -> bool:
        if self._in_labels(b.el) or (type_el is not None and is_descendant(b.el, type_el)):
            return False
        # a lead is a sentence, not a heading, a legend or a line of links
        if b.is_heading or len(b.text) < 40 or b.link_density > 0.5 or \
                tag(b.el) in ("legend", "caption", "label", "dt", "th"):
            return False
        return not parse_date(b.text, self.lang)

    @field
    def summary(self) -> Found | None:
        return self._summary[0]

    # ------------------------------------------------------------------ issued on
    @field
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
        for name in DATE_META:
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
        body = self.body_units
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
                if zone[0] < b.order < zone[1] and not b.widget \
                        and len(b.text) <= 60 and parse_date(b.text, self.lang):
                    return Found(b.text, "header-date")
            # a line of facts under the headline: "May 4, 2021 · OSCE Secretariat"
            for b in self.blocks:
                if zone[0] < b.order < zone[1] and not b.widget and len(b.text) <= 120:
                    for piece in _FACTS.split(b.text):
                        if len(piece) <= 40 and parse_date(piece, self.lang):
                            return Found(piece, "header-date")
        return None

    def _hinted_date(self) -> Found | None:
        for b in self.blocks:
            if b.widget or len(b.text) > 60 or self._in_body(b.el):
                continue
            chain = [b.el, *list(b.el.iterancestors())[:2]]
            if any(class_tokens(a) & DATE_TOKENS for a in chain):
                text = b.text
                if parse_date(text, self.lang):
                    return Found(text, "class-hint")
                # "Published: 26 April 2015" inside a date-classed element
                tail = text.split(":", 1)[-1]
                if parse_date(tail, self.lang):
                    return Found(clean(tail), "class-hint")
        return None


# <font size="N">: 1-7 (3 the page's normal size), or relative "+1"/"-1"
_FONT_SIZES = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}
_STYLE_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)", re.I)
_UNIT = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}
# larger than the text around it: a headline's size
_HEADLINE_SIZE = 18.0


def _type_size(el: Any) -> float:
    """The size in pixels ``el`` sets for its text when that is a headline's size (else
    0): ``<font size="4">``, ``<big>``, ``style="font-size: 20px"``."""
    size = 0.0
    if tag(el) == "big":
        size = 19.0
    elif tag(el) == "font":
        raw = (el.get("size") or "").strip()
        try:
            n = 3 + int(raw) if raw[:1] in "+-" else int(raw)
        except ValueError:
            n = 3
        size = _FONT_SIZES[min(max(n, 1), 7)]
    m = _STYLE_SIZE.search(el.get("style") or "")
    if m:
        size = float(m[1]) * _UNIT[m[2].lower()]
    return size if size >= _HEADLINE_SIZE else 0.0


def _aria_level(el: Any) -> int:
    """The level of a ``role="heading"`` element (ARIA's default is 2)."""
    level = (el.get("aria-level") or "").strip()
    return int(level) if level.isdigit() else 2


def _is_h1(el: Any) -> bool:
    """An ``<h1>``, or an element declared a heading of level 1."""
    return tag(el) == "h1" or (tag(el) != "h2" and _aria_level(el) == 1)


def _is_logo(el: Any) -> bool:
    tokens = class_tokens(el)
    return bool(tokens & LOGO_TOKENS) or any(pair <= tokens for pair in LOGO_PAIRS)


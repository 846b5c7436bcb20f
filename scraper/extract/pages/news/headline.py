"""The item's headline, and the element that shows it (the anchor for what surrounds it).

Metadata (JSON-LD, microdata, meta tags, ``<title>``) says what the headline is; the
page says where it stands: a visible heading that metadata confirms, else the main
heading, else the element that shows a metadata title, else the line in the
largest type.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from scraper.extract import urls
from scraper.extract.badges import without_closing_flags
from scraper.extract.page_styles import class_font_sizes, styled_size
from scraper.extract.pages.common import (
    Found,
    is_descendant,
    jsonld_text,
    names_site,
    strip_site_name,
)
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.headline_lines import first_line
from scraper.extract.pages.news.hints import (
    CONTENT_TYPES_FOLDED,
    HEADLINE_TOKENS,
    LOGO_PAIRS,
    LOGO_TOKENS,
    TITLE_META,
    WIDGET_HEADINGS_FOLDED,
)
from scraper.extract.pages.news.title_parts import closest_heading, title_ends
from scraper.extract.structure import (
    HEADINGS,
    class_tokens,
    in_chrome,
    in_navigation,
    is_block,
    is_hidden,
    tag,
)
from scraper.extract.text import clean, fold, words
from scraper.extract.visible import hidden_ancestor, hidden_kind

_TITLE_PARTS = re.compile(r"\s+(?:[|–—:·•-]|::)\s+")
# the same, a colon written against the word before it too ("Course: Forum: Subject")
_TITLE_PARTS_LOOSE = re.compile(r"\s+(?:[|–—·•-]|::)\s+|\s*:\s+")


class HeadlineFields(NewsPageBase):
    """The headline (``title``) and its element (``title_el``)."""

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
                # a kicker in the heading's first element above the headline metadata
                # names ("<h1><span class=kicker>Annual conference</span> <span>Speech
                # of …</span></h1>"): the headline is the rest
                rest = self._after_kicker(el)
                if rest and len(key) >= 20 and fold(rest).startswith(key):
                    return Found(rest, "heading"), el
        # 1b. a lower heading that metadata names word for word: a blog's layout
        # (LiveJournal's S2, Blogger) prints the journal's name as <h1> and the entry's
        # subject as <h3 class="entry-title">; the entry is what metadata describes
        lower = self._lower_headings()
        for text, _signal in metadata:
            for el, htext in lower:
                if fold(htext) == fold(text):
                    return Found(htext, "heading"), el
        h1s = [(el, t) for el, t in headings if _is_h1(el)]
        # 1c. the main heading names the site or its section, a part of <title> of its
        # own, and a lower heading shows a longer part: a forum's or course's name over
        # the post's subject (Moodle: <h1>Course</h1> … <h3>Subject</h3>, <title>Course:
        # Forum: Subject | Site</title>)
        if h1s:
            shown = self._titled_lower_heading(page_title, h1s[0][1], headings, lower)
            if shown is not None:
                return Found(shown[1], "heading"), shown[0]
        # 1d. <title> names the headline as one of its parts ("Headline - Section -
        # Site") and a main heading shows that part, the first main heading not: that
        # one titles a box (a portal's portlet title "News of the Mission" over it)
        if len(h1s) > 1:
            titled = self._titled_h1(page_title, h1s)
            if titled is not None:
                return Found(titled[1], "heading"), titled[0]
        # 2. the page's main heading, when metadata says something else
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
        # a heading that says most of <title> (an entry's <h3> under a blog's banner
        # <h2> describing the site) before the page's first heading
        near = closest_heading(page_title, [*headings, *lower])
        if near is not None:
            return Found(near[1], "heading"), near[0]
        for el, text in headings:
            return Found(text, "heading"), el
        # <title> puts the blog's name before the headline ("Field Diary: Headline:
        # subtitle", the colon glued to the name): the longest tail or head of it, cut
        # at a separator, that an element shows whole
        el = self._element_showing_end(page_title)
        if el is not None:
            return Found(self.doc.element_text(el), "title-element"), el
        if page_title:
            return Found(page_title, "title-element"), None
        return None, None

    def _after_kicker(self, heading: Any) -> str | None:
        """The heading's text after its first child element, when that child shows words
        of its own and more words follow in the heading's other children (a kicker, a
        "Dachzeile", an eyebrow line); None otherwise."""
        kids = [c for c in heading if isinstance(c.tag, str) and not hidden_kind(c)]
        if len(kids) < 2 or (heading.text or "").strip() \
                or not self.doc.element_text(kids[0]):
            return None
        rest = clean(" ".join(t for t in (
            [kids[0].tail or ""] + [self.doc.element_text(c) + " " + (c.tail or "")
                                   for c in kids[1:]]) if t.strip()))
        return rest or None

    @staticmethod
    def _titled_lower_heading(page_title: str, h1: str, headings: list[tuple[Any, str]],
                              lower: list[tuple[Any, str]]) -> tuple[Any, str] | None:
        """The heading under ``h1`` showing the longest part of ``page_title`` when
        ``h1`` is itself a shorter part of it (the site's or section's name); a part
        is cut at the title's separators, a colon among them or not."""
        # a colon may cut the title's parts or stand within the headline itself
        # ("Blog - Rivers and ports: a shared task"): the parts either way
        parts = {fold(p) for split in (_TITLE_PARTS_LOOSE, _TITLE_PARTS)
                 for p in split.split(page_title) if p.strip()}
        if len(parts) < 2 or fold(h1) not in parts:
            return None
        best: tuple[Any, str] | None = None
        for el, text in [*(h for h in headings if not _is_h1(h[0])), *lower]:
            key = fold(text)
            if key in parts and len(key) > len(fold(h1)) and (
                    best is None or len(key) > len(fold(best[1]))):
                best = (el, text)
        return best

    @staticmethod
    def _titled_h1(page_title: str, h1s: list[tuple[Any, str]]) -> tuple[Any, str] | None:
        """The main heading showing the longest part of ``page_title`` (split at its
        separators, a part of three words or more), when the first main heading shows
        none of its parts."""
        parts = {fold(p) for p in _TITLE_PARTS.split(page_title) if len(words(p)) >= 3}
        if not parts or fold(h1s[0][1]) in parts:
            return None
        shown = [(el, text) for el, text in h1s[1:] if fold(text) in parts]
        return max(shown, key=lambda p: len(p[1]), default=None)

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

    def _names_home(self, heading: Any) -> bool:
        """The heading is all one link to the site's home page (the site's name as its
        logo: ``<h1><a href="/">Organization for …</a></h1>`` over every page), not a
        headline, unless this page is that home page."""
        links = [a for a in heading.iter("a") if a.get("href")]
        if len(links) != 1 or not self.doc.element_text(heading) or \
                self.doc.element_text(links[0]) != self.doc.element_text(heading):
            return False
        url = self.doc.absolute(links[0].get("href"))
        if url is None or self._leads_here(links[0].get("href")):
            return False
        starts = [self.doc.absolute(x.get("href")) for x in self.doc.root.xpath(
            "//link[@href][contains(concat(' ', @rel, ' '), ' start ') or "
            "contains(concat(' ', @rel, ' '), ' home ')]")]
        return url in starts or bool(_HOME_PATH.match(urlsplit(url).path)) \
            or _folder_home(url, self.doc.url)

    def _visual_headline(self) -> Any:
        """A page without headings: the line in the largest type (``<font size="4">``,
        ``<big>``, an inline ``font-size``) or, failing that, the first one a class
        calls a headline (``div.article-title``), outside menus, sidebars and links."""
        best_el, best_size = None, 0.0
        for el in self.doc.root.xpath("//body//*[self::font[@size] or self::big or "
                                      "contains(@style, 'font-size') or @class]"):
            if tag(el) in HEADINGS:
                continue   # headings are the headline's own candidates
            size = _type_size(el, self._class_sizes) or (
                _HEADLINE_SIZE if class_tokens(el) & HEADLINE_TOKENS and not _is_logo(el)
                else 0.0)
            if size <= best_size or is_hidden(el) or in_chrome(el) or self._in_widget(el) \
                    or self._is_link_text(el):
                continue
            text = self.doc.element_text(el)
            if 15 <= len(text) <= 300 and len(words(text)) >= 3:
                best_el, best_size = el, size
        if best_el is None:
            return None
        line = first_line(best_el)
        return line if line is not None else self._whole_line(best_el, best_size)

    @cached_property
    def _class_sizes(self) -> dict[str, float]:
        """Type sizes the page's ``<style>`` gives its classes (:mod:`.page_styles`)."""
        if "<style" not in self.doc.text and "<STYLE" not in self.doc.text:
            return {}
        return class_font_sizes(self.doc.root)

    def _whole_line(self, el: Any, size: float) -> Any:
        """The block showing ``el`` when all of its words are in that type (a word
        processor splits one headline into several runs: ``<b><span>…</span></b>
        <b><span>…</span></b>``)."""
        block = next((a for a in el.iterancestors() if is_block(a)), None)
        if block is None or tag(block) in ("body", "html", "main", "td", "article"):
            return el
        runs: list[Any] = []
        for x in block.iter():
            if isinstance(x.tag, str) and _type_size(x, self._class_sizes) == size and \
                    not any(is_descendant(x, r) for r in runs):
                runs.append(x)
        shown = clean(" ".join(self.doc.element_text(x) for x in runs))
        return block if len(runs) > 1 and shown == self.doc.element_text(block) else el

    def _element_showing_end(self, title: str) -> Any:
        """The innermost visible element showing, whole, the longest end of ``title``
        cut at one of its separators (its tail after a blog's name, its head before
        a section's)."""
        for end in title_ends(title):
            if not names_site(end):
                el = self._element_showing(end)
                if el is not None:
                    return el
        return None

    def _element_showing_part(self, title: str) -> Any:
        """The innermost visible element showing the longest part of ``title`` (split at
        its separators), with at most a few words more."""
        parts = sorted(_TITLE_PARTS.split(title), key=len, reverse=True)
        for part in parts:
            part = " ".join(part.split())
            if len(part) < 20 or part == title or names_site(part):
                continue    # the site's name ("Site :: Section :: Print version") is no headline
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
            # a headline may sit in a header block, never in a menu or a breadcrumb, nor
            # in a box the screen never shows (a print-only copy of the page's title)
            if hidden_ancestor(el) is not None or in_navigation(el):
                continue
            if any(_is_logo(a) for a in [el, *list(el.iterancestors())[:3]]) \
                    or self._names_home(el):
                continue
            text = self._heading_text(el)
            if text and len(text) >= 3 and fold(text) not in WIDGET_HEADINGS_FOLDED \
                    and strip_site_name(text):      # not the site's name (a logo <h1>)
                out.append((el, text))
        # the site's name as a heading (a header's logo ``<a href="/"><img><h1>Site
        # </h1></a>``) is no headline when the page shows another heading
        names = self._site_names
        own = [(el, t) for el, t in out if fold(t) not in names]
        if own:
            out = own
        # an <h1> in the site's header names the site or its section (a project
        # tracker's project name over every page) when another <h1> stands outside it
        # (the page's own headline, in the content)
        if any(_is_h1(el) and not in_chrome(el) for el, _t in out):
            out = [(el, t) for el, t in out if not (_is_h1(el) and in_chrome(el))]
        # h1 first, in document order; h2 after
        return sorted(out, key=lambda p: (not _is_h1(p[0]), self.doc.order.get(p[0], 0)))

    @cached_property
    def _site_names(self) -> set[str]:
        """The site's name as the page declares it (``og:site_name``,
        ``application-name``, a JSON-LD ``WebSite``'s or publisher's name), folded."""
        names = set()
        for name in ("og:site_name", "application-name"):
            meta = self.doc.meta_first(name)
            if meta:
                names.add(fold(meta[1]))
        for obj in self.doc.jsonld:
            types = obj.get("@type")
            kinds = {t.lower() for t in (types if isinstance(types, list) else [types])
                     if isinstance(t, str)}
            if kinds & {"website", "organization"}:
                text = jsonld_text(obj.get("name"))
                if text:
                    names.add(fold(text))
        names.discard("")
        return names

    def _lower_headings(self) -> list[tuple[Any, str]]:
        """Visible ``<h3>``-``<h6>`` outside menus and logos, in document order (an
        entry's header box may be classed ``header`` like a page's: the metadata match
        is what tells the headline)."""
        out = []
        for el in self.doc.root.xpath("//h3 | //h4 | //h5 | //h6"):
            if hidden_ancestor(el) is not None or in_navigation(el) or \
                    any(_is_logo(a) for a in [el, *list(el.iterancestors())[:3]]):
                continue
            text = self._heading_text(el)
            if text and len(text) >= 3 and fold(text) not in WIDGET_HEADINGS_FOLDED:
                out.append((el, text))
        return out

    def _heading_text(self, el: Any) -> str:
        """A heading's words without the status flags closing them (a CMS's
        ``<sup>Featured</sup>`` after an item's title): decoration, no part of the
        headline (fixtures/README.md)."""
        return without_closing_flags(self.doc, el) or self.doc.element_text(el)

    @field
    def title(self) -> Found | None:
        found = self._title[0]
        prefix = self.title_prefix
        if found is not None and prefix is not None:
            return Found(prefix[1], found.signal)
        return found

    @cached_property
    def title_prefix(self) -> tuple[str, str] | None:
        """(type, headline) of a headline led by a known type label in brackets (a
        forum thread's prefix: MyBB's ``<span class="thread-prefix">[Press release]
        </span>``, phpBB's and XenForo's topic prefixes): the label is the item's type,
        the rest its headline."""
        found = self._title[0]
        m = _BRACKETED_PREFIX.match(found.value) if found is not None else None
        if m and fold(m["label"]) in CONTENT_TYPES_FOLDED:
            return clean(m["label"]), clean(m["rest"])
        return None

    @property
    def title_el(self) -> Any:
        return self._title[1]

    @cached_property
    def title_kicker(self) -> Any:
        """The heading's first element, when the headline is the rest (its kicker left
        out: ``<h1><span>Rede</span> <span>Headline</span></h1>``); else None."""
        found, el = self._title
        if found is None or el is None or self._after_kicker(el) != found.value:
            return None
        return next(c for c in el if isinstance(c.tag, str) and not hidden_kind(c))


# the path of a site's home page: its root, or a language's root ("/ru/", "/pt-br/")
_HOME_PATH = re.compile(r"^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:index\.\w{2,5})?$", re.I)
# a folder's index file: the home of the application installed there
_FOLDER_INDEX = re.compile(r"^(?:index\.\w{2,5})?$", re.I)


def _folder_home(url: str, page: str) -> bool:
    """``url`` is the home of the folder ``page`` is in, on its host: a board's or
    blog's own start page (``index.php`` beside ``viewtopic.php``, ``./``), whose name
    heads each of its pages as a logo does a site's."""
    target, here = urlsplit(url), urlsplit(page)
    if target.netloc != here.netloc or target.query:
        return False
    folder, _, _ = here.path.rpartition("/")
    head, _, name = target.path.rpartition("/")
    return head == folder and bool(_FOLDER_INDEX.match(name)) and target.path != here.path


# a headline led by a label in brackets: "[Press release] Headline", "【Statement】 Headline"
_BRACKETED_PREFIX = re.compile(r"^\s*[\[【]\s*(?P<label>[^\]】]{2,40}?)\s*[\]】]\s*(?P<rest>\S.*)$",
                               re.S)
# <font size="N">: 1-7 (3 the page's normal size), or relative "+1"/"-1"
_FONT_SIZES = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}
_STYLE_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)", re.I)
_UNIT = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}
# larger than the text around it: a headline's size
_HEADLINE_SIZE = 18.0



def _type_size(el: Any, class_sizes: dict[str, float]) -> float:
    """The size in pixels ``el`` sets for its text when that is a headline's size (else
    0): ``<font size="4">``, ``<big>``, ``style="font-size: 20px"``, a class the page's
    stylesheet sets so (``class_sizes``)."""
    size = styled_size(el, class_sizes) if class_sizes else 0.0
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


"""A fetched page, decoded like a browser and parsed once.

Everything several fields need (language, canonical, hreflang, meta tags, JSON-LD,
document order of elements) is computed here once and shared.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar
from urllib.parse import urlunsplit

from lxml import etree, html
from parsel import Selector

from scraper.extract import urls
from scraper.extract.archive import Capture, unarchive
from scraper.extract.components import render_components
from scraper.extract.decoding import decode, looks_binary, served_day
from scraper.extract.docwrite import render_document_writes
from scraper.extract.noscript import content_noscripts, show_noscripts
from scraper.extract.page_styles import mark_page_pills, mark_page_screen_reader_classes
from scraper.extract.rule_runs import box_rule_runs
from scraper.extract.shadow import render_shadow_roots
from scraper.extract.table_rows import reopen_table_rows
from scraper.extract.template_boxes import box_template_runs
from scraper.extract.toggle_hints import mark_submenu_hints
from scraper.extract.visible import (
    SKIP_TAGS,
    iter_text,
    mark_names_spoken_above,
    tokens,
    visible_text,
)

__all__ = ["SKIP_TAGS", "Document", "NotHTML", "decode", "is_skipped_tag", "iter_text",
           "served_day", "tokens"]

log = logging.getLogger(__name__)

_ITEMPROP = etree.XPath("//*[@itemprop]")
_HEAD_TAGS = ("link", "script", "base", "title")
# what the former XPath tests lower-cased (translate()), and the blanks of normalize-space()
_CANONICAL = str.maketrans("CANONIAL", "canonial")
_LD_JSON = str.maketrans("LDJSON", "ldjson")
_XPATH_BLANKS = re.compile(r"[ \t\r\n]+")


def _is_canonical_rel(rel: str) -> bool:
    # rel's words as XPath's normalize-space() and translate() would make them (only the
    # letters of "canonical" lower-cased)
    return " canonical " in f" {_xpath_space(rel.translate(_CANONICAL))} "


def _xpath_space(text: str) -> str:
    """XPath's ``normalize-space()``: its four blanks collapsed, ends trimmed."""
    return _XPATH_BLANKS.sub(" ", text).strip(" ")


# the media types of a page a reader reads: an alternate of another type (an RSS or Atom
# feed, a JSON or PDF rendering) is another format of the site, no language version
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_page_type(media_type: str | None) -> bool:
    """A link's ``type`` names a web page, or there is none (an alternate without a type
    is the page in another language); ``application/rss+xml`` and the like do not."""
    if not media_type or not media_type.strip():
        return True
    return media_type.split(";", 1)[0].strip().lower() in _PAGE_TYPES


# libxml2's nesting limit with huge_tree (parsel's default); deeper pages are cut short
MAX_DEPTH = 2048


class NotHTML(ValueError):
    """The bytes are not an HTML page (empty, binary, or no element at all)."""


def _deepest(root: Any) -> int:
    """How deep the tree nests; one pass, and none at all for an ordinary page."""
    if root.xpath("count(//*)") < MAX_DEPTH - 2:
        return 0    # fewer elements than the limit cannot nest that deep
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest

# a page object reading a document (NewsPage, ListingPage, NavigationPage)
Page = TypeVar("Page")


@dataclass
class Document:
    """One page: URL, decoded text, parsed tree and the metadata fields share."""

    url: str
    text: str
    encoding: str = "utf-8"
    # a page saved by a web archive: where and when (the text and URL are the original's)
    capture: Capture | None = None
    # the day the site served the page, from its HTTP ``Date`` header (None: not known)
    http_date: dt.date | None = None
    selector: Selector = field(init=False, repr=False)

    def __post_init__(self) -> None:
        stripped = self.text.lstrip("\ufeff \t\r\n")
        if not stripped:
            raise NotHTML("empty document")
        if "<" not in stripped[:65536]:
            raise NotHTML("no HTML markup")
        # parsel keeps huge_tree on, so very deep or very large pages still parse; an
        # inline script that only writes literal markup is parsed as what it writes
        self.selector = Selector(text=render_document_writes(self.text), type="html",
                                 base_url=self.url)
        root = self.selector.root
        if root is None or not isinstance(root.tag, str):
            raise NotHTML("no HTML element")
        self.warnings: list[str] = []
        self._texts: dict[Any, str] = {}
        self._absolutes: dict[str, str | None] = {}
        self._pages: dict[Callable[[Document], Any], Any] = {}
        if "shadowroot" in self.text:
            render_shadow_roots(root)
        if "<tr" in self.text or "<TR" in self.text:
            reopen_table_rows(root)
        if "<template" in self.text or "-" in self.text:
            render_components(root)
        if "<!--" in self.text:
            box_template_runs(root)
        if "<hr" in self.text or "<HR" in self.text:
            box_rule_runs(root, self.absolute)
        if "<style" in self.text or "<STYLE" in self.text:
            mark_page_screen_reader_classes(root)
            mark_page_pills(root)
        if "aria-hidden" in self.text and "aria-label" in self.text:
            mark_names_spoken_above(root)
        if "button" in self.text or "aria-expanded" in self.text:
            mark_submenu_hints(root)
        if _deepest(root) >= MAX_DEPTH - 2:
            # libxml2 stops parsing at this depth: what follows the nesting is lost
            self.warnings.append(f"document nests deeper than {MAX_DEPTH} elements; "
                                 "content after the deepest part may be missing")

    @classmethod
    def from_bytes(cls, body: bytes, url: str,
                   headers: Mapping[str, Any] | None = None) -> Document:
        if not body or not body.strip():
            raise NotHTML("empty body")
        if looks_binary(body[:2048]):
            raise NotHTML("binary content (not HTML)")
        encoding, text = decode(body, headers)
        text, capture = unarchive(text, url)
        if capture is not None:
            url = capture.original_url
        return cls(url=url, text=text, encoding=encoding, capture=capture,
                   http_date=served_day(headers))

    @property
    def served_on(self) -> dt.date | None:
        """The day the page shows as "today": the day a web archive saved it, else the
        day the site served it (its HTTP ``Date``).  Dates a site writes relative to
        that day ("Сегодня, 14:20", "Yesterday at 9:05") are read against it."""
        if self.capture is not None and self.capture.archived_at:
            try:
                return dt.date.fromisoformat(self.capture.archived_at[:10])
            except ValueError:
                pass
        return self.http_date

    @cached_property
    def without_scripts(self) -> Document:
        """The page a listing or news item is read from: an app shell (its main region
        empty, its content written in ``<noscript>``) as a browser without scripts shows
        it, on a copy of its own; any other page itself.  The menu is read from the page
        as scripts leave it (:mod:`scraper.extract.noscript`)."""
        if "<noscript" not in self.text and "<NOSCRIPT" not in self.text:
            return self
        if not content_noscripts(self.root):
            return self
        copy = Document(url=self.url, text=self.text, encoding=self.encoding,
                        capture=self.capture, http_date=self.http_date)
        show_noscripts(content_noscripts(copy.root))
        return copy

    # ---- the tree -------------------------------------------------------------------
    @property
    def root(self) -> html.HtmlElement:
        return self.selector.root

    @cached_property
    def order(self) -> dict[Any, int]:
        """Document position of every element (for "before"/"after" questions)."""
        return {el: i for i, el in enumerate(self.root.iter())}

    @cached_property
    def _head(self) -> dict[str, list[Any]]:
        """Every ``<link>``, ``<script>``, ``<base>`` and ``<title>``, in document order:
        one pass over the tree (in C) for all the metadata below, which then looks at
        these few elements only."""
        out: dict[str, list[Any]] = {tag: [] for tag in _HEAD_TAGS}
        for el in self.root.iter(*_HEAD_TAGS):
            out[el.tag].append(el)
        return out

    def elements(self, tag: str) -> list[Any]:
        """The page's ``<link>``, ``<script>``, ``<base>`` or ``<title>`` elements."""
        return list(self._head[tag])

    @cached_property
    def base_url(self) -> str:
        for base in self._head["base"]:
            href = base.get("href")
            if href is not None:
                return urls.absolute(self.url, href) or self.url
        return self.url

    def page(self, kind: Callable[[Document], Page]) -> Page:
        """The page object ``kind`` (``NewsPage``, ``ListingPage``…) reading this
        document, made once: what one reader works out (the headline, the text, the
        listed items) the other reads again for free, as the command line's kind check
        and the extraction read the same page.  Page objects are pure functions of the
        document, so sharing one changes no answer."""
        if kind not in self._pages:
            self._pages[kind] = kind(self)
        made: Page = self._pages[kind]
        return made

    def absolute(self, href: str | None) -> str | None:
        if href is None:
            return None
        # a page resolves its menus' and listings' links again and again
        key = str(href)
        if key not in self._absolutes:
            self._absolutes[key] = self._resolve(key)
        return self._absolutes[key]

    def _resolve(self, href: str) -> str | None:
        url = urls.absolute(self.base_url, href)
        alias = self._host_alias
        if url is not None and alias is not None:
            parts = urls.split(url)
            if parts is not None and parts.netloc == alias[0]:
                url = urlunsplit(parts._replace(netloc=alias[1]))
        return url

    @cached_property
    def _host_alias(self) -> tuple[str, str] | None:
        """(the host the page was fetched from, the host of its canonical address) when
        they differ by ``www.`` alone: the site answers on both, and the page's links
        are given on the host it names as its own (``osce.org`` → ``www.osce.org``)."""
        split = urls.split(self.base_url)
        here = split.netloc if split is not None else ""
        for link in self._head["link"]:
            rel, href = link.get("rel"), link.get("href")
            if rel is None or href is None or not _is_canonical_rel(rel):
                continue
            parts = urls.split(urls.absolute(self.base_url, href))
            if parts is None:
                continue
            there = parts.netloc
            if there != here and there.lower().removeprefix("www.") == \
                    here.lower().removeprefix("www."):
                return here, there
            return None
        return None

    # ---- page-level metadata --------------------------------------------------------
    @cached_property
    def lang(self) -> str | None:
        for value in self.root.xpath("/html/@lang | /html/@xml:lang | //html/@lang",
                                     namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
            code = primary_language(str(value))
            if code:
                return code
        return None

    def _first_link(self, rel_matches: Callable[[str], bool]) -> str | None:
        """The first ``<link>`` whose ``rel`` matches and whose ``href`` makes an absolute
        URL, made absolute."""
        for link in self._head["link"]:
            rel, href = link.get("rel"), link.get("href")
            if rel is not None and href is not None and rel_matches(rel):
                url = self.absolute(href)
                if url:
                    return url
        return None

    @cached_property
    def canonical(self) -> str | None:
        return self._first_link(
            _is_canonical_rel)

    @cached_property
    def shortlink(self) -> str | None:
        return self._first_link(lambda rel: "shortlink" in rel)

    @cached_property
    def hreflang(self) -> list[tuple[str, str]]:
        out = []
        for link in self._head["link"]:
            if link.get("hreflang") is None or link.get("href") is None:
                continue
            rel = (link.get("rel") or "").lower().split()
            if "alternate" not in rel or not is_page_type(link.get("type")):
                continue   # a feed ("application/rss+xml" with hreflang) is no translation
            url = self.absolute(link.get("href"))
            if url:
                out.append((link.get("hreflang").strip().lower(), url))
        return out

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased name / property / http-equiv / itemprop."""
        out: dict[str, list[str]] = {}
        for el in self.root.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            for attr in ("name", "property", "http-equiv", "itemprop"):
                key = el.get(attr)
                if key:
                    out.setdefault(key.strip().lower(), []).append(content.strip())
        return out

    def meta_first(self, *names: str) -> tuple[str, str] | None:
        """(name, value) of the first non-empty meta tag among ``names``."""
        for name in names:
            for value in self.meta.get(name, []):
                if value.strip():
                    return name, value.strip()
        return None

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, ``@graph`` members flattened; bad JSON skipped."""
        out: list[dict[str, Any]] = []
        for script in self._head["script"]:
            kind = script.get("type")
            if kind is None or "ld+json" not in kind.translate(_LD_JSON):
                continue
            raw = (script.text or "").strip()
            if not raw:
                continue
            try:
                data = json.loads(raw)
            except ValueError:
                log.warning("invalid JSON-LD skipped on %s", self.url)
                continue
            out.extend(_flatten_jsonld(data))
        return out

    def jsonld_articles(self) -> list[dict[str, Any]]:
        """JSON-LD objects that describe the item (articles first, then web pages)."""
        articles, pages = [], []
        for obj in self.jsonld:
            types = {t.lower() for t in _as_list(obj.get("@type")) if isinstance(t, str)}
            if types & {"newsarticle", "article", "blogposting", "report", "pressrelease",
                        "reportagenewsarticle", "analysisnewsarticle", "socialmediaposting"}:
                articles.append(obj)
            elif types & {"webpage", "itempage"}:
                pages.append(obj)
        return articles + pages

    @cached_property
    def _itemprops(self) -> dict[str, list[Any]]:
        """Elements by each name of their ``itemprop`` (a list of names, as microdata
        has it: ``itemprop="dateCreated pubdate datePublished"``), in document order:
        one scan of the tree for every property a field asks about."""
        out: dict[str, list[Any]] = {}
        for el in _ITEMPROP(self.root):
            for name in dict.fromkeys((el.get("itemprop") or "").split()):
                out.setdefault(name, []).append(el)
        return out

    def microdata(self, prop: str) -> list[Any]:
        """Elements whose ``itemprop`` names ``prop``."""
        return list(self._itemprops.get(prop, ()))

    def element_text(self, el: Any) -> str:
        """What a reader sees of ``el`` (:mod:`scraper.extract.visible`: hidden and
        screen-reader-only text left out), one line; each element's computed once a page
        (headline, type label, lead, labels and links ask about the same elements)."""
        text = self._texts.get(el)
        if text is None:
            # the key keeps lxml's proxy alive, so the element keeps its identity
            text = self._texts[el] = visible_text(el)
        return text


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _flatten_jsonld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 5:
        return
    if isinstance(data, list):
        for x in data:
            yield from _flatten_jsonld(x, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_jsonld(data["@graph"], depth + 1)
        if "@type" in data:
            yield data


def primary_language(code: str | None) -> str | None:
    """``"en-GB"`` → ``"en"``; anything that is not a language tag → None."""
    if not code:
        return None
    m = re.match(r"^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$", code)
    return m[1].lower() if m and len(m[1]) == 2 else None


def is_skipped_tag(node: Any) -> bool:
    return not isinstance(node.tag, str) or node.tag.lower() in SKIP_TAGS

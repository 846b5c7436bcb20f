"""Which item the page is: its address, its node id and its language."""

from __future__ import annotations

from urllib.parse import parse_qs

from scraper.extract import urls
from scraper.extract.document import primary_language
from scraper.extract.language import detect
from scraper.extract.pages.common import Found, is_descendant, jsonld_text
from scraper.extract.pages.fields import field
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.hints import NODE_CLASS
from scraper.extract.vocabulary import LANGUAGES


class IdentityFields(NewsPageBase):
    """Fields that name the item: canonical address, node id, language."""

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
            nid = urls.shortlink_node_id(url) if signal == "shortlink" else urls.node_id(url)
            if nid:
                return Found(nid, signal)
        linked = self._node_of_own_link()
        if linked:
            return Found(linked, "page-link")
        for value in self.doc.root.xpath("//@data-history-node-id | //article/@data-node-id"):
            if str(value).isdigit():
                return Found(str(value), "page-attribute")
        for el in self.doc.root.xpath("//body | //article | //div[starts-with(@id, 'node-')]"):
            m = NODE_CLASS.search(f" {el.get('class') or ''} {el.get('id') or ''} ")
            if m:
                return Found(m[1], "page-attribute")
        return None

    def _node_of_own_link(self) -> str | None:
        """The node id of a link to the item's node address (a print view's "address of
        this article: …/node/720331"), the number the page's own address holds in a
        parameter (``?news_id=720331``): the link names this page, not another item."""
        params = {v for values in parse_qs(urls.query(self.doc.url)).values()
                  for v in values if v.isdigit()}
        if not params:
            return None
        for href in self.doc.root.xpath("//a/@href"):
            nid = urls.node_id(self.doc.absolute(str(href)))
            if nid in params:
                return nid
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

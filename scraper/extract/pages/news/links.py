"""Links the item makes: attached documents and its other language versions."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from scraper.extract import urls
from scraper.extract.document import is_page_type, primary_language
from scraper.extract.pages.common import (
    Found,
    is_descendant,
    lowest_common_ancestor,
)
from scraper.extract.pages.fields import field
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.news.attachment_lines import follows_text, labelled_line
from scraper.extract.pages.news.base import NewsPageBase
from scraper.extract.pages.news.hints import (
    ATTACHMENT_HEADINGS_FOLDED,
    ATTACHMENT_TOKENS,
    DOCUMENT_HINT,
    FILE_FACTS,
    NOT_ATTACHMENT_TOKENS,
    WIDGET_HEADINGS_FOLDED,
)
from scraper.extract.structure import (
    HEADINGS,
    class_tokens,
    in_chrome,
    is_chrome_element,
    tag,
)
from scraper.extract.text import clean, fold

# Bootstrap's classes that draw a block as a heading of that level
_HEADING_CLASSES = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class LinkFields(NewsPageBase):
    """Attachments within the article, translations from hreflang or a switcher."""

    # ------------------------------------------------------------------ attachments
    @field
    def attachments(self) -> Found | None:
        scope = self._article_root()
        titles: dict[str, str | None] = {}   # URL -> title, in page order
        for a in self.doc.root.iter("a"):
            raw = a.get("href")
            if not raw:
                continue
            chain = [a, *a.iterancestors()]
            declared = self._declared_file(chain, scope)
            if not (DOCUMENT_HINT.search(raw) or _says_file(a) or declared):
                continue
            href = self.doc.absolute(raw)
            if not href or not (urls.is_document(href) or _says_file(a) or declared) or \
                    titles.get(href):
                continue
            if any(tag(x) == "nav" or self._other_items_box(x, scope) for x in chain) or \
                    any(self._titled_other_items(x, scope) for x in chain[1:]):
                continue
            in_scope = scope is not None and is_descendant(a, scope)
            if in_chrome(a) and not (in_scope and self._file_list(chain, scope)) \
                    and not self._files_in_contents(chain):
                continue
            hinted = any(class_tokens(x) & ATTACHMENT_TOKENS for x in chain[:5])
            if not (in_scope or hinted or declared or self._files_beside(chain, scope)
                    or _labelled_after_text(a, scope)
                    or self._file_table(chain, scope)
                    or self._under_title_row(chain, scope)):
                continue
            # an icon link without text may stand before the named link to the same file
            titles[href] = self._link_title(a) or titles.get(href)
        if not all(titles.values()):
            titles = _without_wordless_copies(titles)
        if not all(titles.values()):
            for a in self.doc.root.iter("a"):
                raw = a.get("href")
                if not raw or not DOCUMENT_HINT.search(raw):
                    continue
                href = self.doc.absolute(raw)
                if href in titles and not titles[href]:
                    titles[href] = clean(a.get("title")) or None
        out = [{"url": url, "title": title} for url, title in titles.items()]
        return Found(out, "links") if out else None

    def _link_title(self, a: Any) -> str:
        """The document's title a link shows: its text without the file's facts standing
        at its end or its start in elements of their own, unbracketed (``<span
        class="file-meta">PDF · 184 KB</span>`` after the title, a format badge before
        it: Tabler's ``<span class="avatar">PDF</span><span>Programme</span>``), whose
        words would run on into the title.  Facts the link writes in brackets
        (``Programme<span> (PDF, 412 Ko)</span>``, ``Redetext (PDF, 84 KB)``) read as
        part of its text and stay, as the link text is the title (fixtures/README.md)."""
        text = self.doc.element_text(a)
        children = [c for c in a if isinstance(c.tag, str)]
        while children and not (children[-1].tail or "").strip():
            facts = self.doc.element_text(children.pop())
            if not facts:
                continue   # an icon after the words
            shown = text.removesuffix(facts).rstrip()
            if not _is_badge(facts) or shown == text or not shown:
                break
            text = shown
        if (a.text or "").strip():
            return text
        for child in children:
            facts = self.doc.element_text(child)
            if (child.tail or "").strip() or (facts and not _is_badge(facts)):
                break
            shown = text.removeprefix(facts).lstrip()
            if facts and (shown == text or not shown):
                break
            text = shown
        return text

    def _file_list(self, chain: list[Any], scope: Any) -> bool:
        """Every box around the link that looks like page chrome stands inside the
        article and links to documents only: the item's list of files drawn with a menu's
        or a footer's classes (Spectre's ``ul.menu`` in an accordion, SMF's post footer
        ``#msg_…_footer.attachments``), no navigation.  A chrome box holding other rows
        too (the post's footer: its share row, its tags) counts when the link stands in
        a box of files inside it that says it holds the item's documents (a
        ``documents-joints`` box, a "Documents joints" heading): that box is the item's
        file list, whatever rows stand beside it."""
        boxes = [x for x in chain if is_chrome_element(x)]
        declared = next((x for x in chain[1:] if self._declares_files(x)), None)
        return bool(boxes) and all(
            is_descendant(box, scope) and box is not scope and (
                self._files_only(box) or (declared is not None and is_descendant(declared, box)))
            for box in boxes)

    def _files_in_contents(self, chain: list[Any]) -> bool:
        """The link stands in a box of files (it says so: a class word, a heading)
        inside a column drawn as a menu whose other links all lead to places on this very
        page: the item's own contents menu and downloads beside its text (a journal
        article's "Resumen · Texto · <sections>" over "Textos y PDFs"), no site menu."""
        files = next((x for x in chain[1:6] if self._declares_files(x)), None)
        if files is None:
            return False
        boxes = [x for x in chain if is_chrome_element(x)]
        return bool(boxes) and all(
            not is_descendant(box, files) and _contents_or_files(box, files) for box in boxes)

    def _declares_files(self, box: Any) -> bool:
        """``box`` links to documents only and says it holds documents: a class word
        (``attachments``, ``documents-joints``) or a heading opening it ("Documents
        joints", "Attachments")."""
        if not self._files_only(box):
            return False
        if class_tokens(box) & ATTACHMENT_TOKENS:
            return True
        heading = self._box_heading(box)
        return heading is not None and _opens_with(box, heading) and fold(
            self.doc.element_text(heading)).rstrip(" :：") in ATTACHMENT_HEADINGS_FOLDED

    def _declared_file(self, chain: list[Any], scope: Any) -> bool:
        """The link stands in a box beside the article whose heading says it holds
        documents ("Dokumenty do pobrania", "Attachments"), every link of which leads to
        a document or asks a script for one by its query: a portal's download handler
        (``/LinkClick.aspx?fileticket=…``) names no file but serves one of them.  A box
        so headed that links to a page (the section listing all documents) is a menu."""
        if scope is None:
            return False
        for box in chain[1:8]:
            if is_descendant(scope, box):
                return False     # the box holds the article: not a box of its files
            heading = self._box_heading(box)
            if heading is None:
                continue
            shared = lowest_common_ancestor(box, scope)
            return _opens_with(box, heading) and fold(self.doc.element_text(
                heading)).rstrip(" :：") in ATTACHMENT_HEADINGS_FOLDED and \
                shared is not None and tag(shared) not in ("html", "body") and \
                all(_serves_file(x) for x in box.iter("a") if x.get("href"))
        return False

    def _files_beside(self, chain: list[Any], scope: Any) -> bool:
        """The link stands in a box of documents beside the article (a side column's
        module next to the column holding it): the box's heading says it holds the
        documents ("Документы", "Attachments"), and every link in it leads to a
        document.  A portal (Oqtane, DNN, a page builder's sidebar) prints the item's
        files in a pane of their own beside the text: they are its attachments.  The
        box shares a column row with the article (an ancestor below ``<body>``), and
        holds no part of the article."""
        if scope is None:
            return False
        for box in chain[1:8]:
            if is_descendant(scope, box):
                return False     # the box holds the article: not beside it
            heading = self._box_heading(box)
            if heading is None:
                continue
            shared = lowest_common_ancestor(box, scope)
            return fold(self.doc.element_text(heading)).rstrip(" :：") in \
                ATTACHMENT_HEADINGS_FOLDED and self._files_only(box) and \
                shared is not None and tag(shared) not in ("html", "body")
        return False

    def _under_title_row(self, chain: list[Any], scope: Any) -> bool:
        """The link stands in a table row of documents beside the article, under a row
        whose words say it holds documents: a table layout's side column titles each box
        with a row of its own, no heading tag (``<tr><td class="cajatitulo"><b>Documentos
        relacionados</b></td></tr><tr><td><a href="….pdf">…</a></td></tr>``).  Spacer
        rows and rows of other documents may stand between; the table shares a column
        row with the article (an ancestor below ``<body>``) and holds no part of it."""
        row = next((x for x in chain[1:6] if tag(x) == "tr"), None)
        if scope is None or row is None or not self._files_only(row):
            return False
        table = next((x for x in row.iterancestors() if tag(x) == "table"), None)
        if table is None or is_descendant(scope, table):
            return False
        shared = lowest_common_ancestor(table, scope)
        if shared is None or tag(shared) in ("html", "body"):
            return False
        for prev in row.itersiblings(preceding=True):
            text = self.doc.element_text(prev) if tag(prev) == "tr" else ""
            if not text:
                continue           # a spacer row
            if prev.xpath(".//a[@href]"):
                if not self._files_only(prev):
                    return False   # a row of other links: the box is no list of files
                continue           # another document of the same box
            return fold(text).rstrip(" :：") in ATTACHMENT_HEADINGS_FOLDED
        return False

    def _file_table(self, chain: list[Any], scope: Any) -> bool:
        """The link stands in a table of files beside the article: every row of the
        table names a file by a link whose text is the file's own name
        (``Forum_itogi.pdf`` → ``/pub/…/Forum_itogi.pdf``), as a wiki or a document
        library lists a page's attachments under its text (with the size, the date, the
        uploader and a "manage" action in the other cells).  The table shares a column
        with the article (an ancestor below ``<body>``) and holds no part of it."""
        table = next((x for x in chain[1:6] if tag(x) == "table"), None)
        if scope is None or table is None or is_descendant(scope, table):
            return False
        shared = lowest_common_ancestor(table, scope)
        if shared is None or tag(shared) in ("html", "body"):
            return False
        rows = [r for r in table.iter("tr") if r.find("td") is not None]
        return bool(rows) and all(any(self._named_file(a) for a in r.iter("a"))
                                  for r in rows)

    def _named_file(self, a: Any) -> bool:
        """A link whose text is the name of the document it leads to."""
        href = self.doc.absolute(a.get("href")) or ""
        name = unquote(urlsplit(href).path.rsplit("/", 1)[-1])
        return bool(name) and urls.is_document_name(name) and \
            clean(" ".join(a.itertext())) == name

    @per_element
    def _box_heading(self, box: Any) -> Any:
        """The first heading in ``box`` that shows words: a heading element, or a block
        drawn as one by Bootstrap's heading classes (NukeViet's ``<div class="h5">
        <strong>Fichiers joints</strong></div>`` opening its panel of files).  Each
        link's boxes up the page ask again of the same boxes: answered once a page."""
        return next((h for h in box.iter() if isinstance(h.tag, str) and (
            tag(h) in HEADINGS or _HEADING_CLASSES.intersection((h.get("class") or "").split()))
            and self.doc.element_text(h)), None)

    def _files_only(self, box: Any) -> bool:
        """Every link in ``box`` leads to a document, or to a file another of its links
        names (an icon link beside the named one)."""
        links = [(self.doc.absolute(a.get("href")) or "", a) for a in box.iter("a")
                 if a.get("href")]
        files = {href for href, a in links if urls.is_document(href) or _says_file(a)}
        return bool(links) and all(href in files for href, _ in links)

    def _other_items_box(self, el: Any, scope: Any) -> bool:
        """A share row or a "related" box: links to other pages, not this item's files.
        A related box that says it holds documents (``field-related-files``,
        ``related-docs``, ``section#related.attachments``, a "Documents joints" heading)
        is the item's own attachment list.  A box holding the article is neither,
        whatever its class says of a part of it (BeTheme's ``share-simple`` on the
        post's box names the style of its share row)."""
        tokens = class_tokens(el)
        if not tokens & NOT_ATTACHMENT_TOKENS:
            return False
        if scope is not None and is_descendant(scope, el):
            return False
        if tokens & ATTACHMENT_TOKENS:
            return False
        heading = self._box_heading(el)
        return heading is None or \
            fold(self.doc.element_text(heading)).rstrip(" :：") not in ATTACHMENT_HEADINGS_FOLDED

    def _titled_other_items(self, box: Any, scope: Any) -> bool:
        """A box opened by a related or sidebar widget's heading ("Related stories",
        "See also", "Most read"), whatever its classes: a list of other items, a
        document among them another item's (a report), not this item's attachment.
        The heading must open the box (no text before it) and the box must not hold
        the article."""
        if tag(box) in ("html", "body", "main") or (
                scope is not None and is_descendant(scope, box)):
            return False
        heading = self._box_heading(box)
        if heading is None or not _opens_with(box, heading):
            return False
        title = fold(self.doc.element_text(heading)).rstrip(" :：")
        return title in WIDGET_HEADINGS_FOLDED and title not in ATTACHMENT_HEADINGS_FOLDED

    # ------------------------------------------------------------------ translations
    @field
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
            if not is_page_type(a.get("type")):
                continue   # the feed or the PDF in that language, not the item's page
            if (nid and urls.node_id(href) == nid) or _same_path(href, self.url.value):
                out[lang] = href
        return Found(out, "language-switcher") if out else None


def _without_wordless_copies(titles: dict[str, str | None]) -> dict[str, str | None]:
    """Leave out a link that shows no words when a named link leads to a file of the
    same name by another address (Trac's view link with the file name and its
    raw-download icon beside it, ``/attachment/…/a.pdf`` and ``/raw-attachment/…/a.pdf``):
    one document, the one a reader sees named."""
    def file_name(url: str) -> str:
        return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].lower()

    named = {file_name(url) for url, title in titles.items() if title}
    return {url: title for url, title in titles.items()
            if title or file_name(url) not in named - {""}}


def _is_badge(facts: str) -> bool:
    """Words of a file's facts alone, unbracketed: "PDF", "PDF · 184 KB"."""
    return facts[0] not in "([" and any(ch.isalnum() for ch in facts) \
        and bool(FILE_FACTS.match(facts))


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


def _contents_or_files(box: Any, files: Any) -> bool:
    """Every link of ``box`` outside its box of ``files`` leads to a place on this
    page (``#section``), and there is one at least: a contents menu."""
    links = [a for a in box.iter("a") if a.get("href") and not is_descendant(a, files)]
    return bool(links) and all((a.get("href") or "").strip().startswith("#") for a in links)


def _opens_with(box: Any, heading: Any) -> bool:
    """No text stands in ``box`` before ``heading``: the heading is the box's title."""
    for node in box.iter():
        if node is heading:
            return True
        if isinstance(node.tag, str) and (node.text or "").strip():
            return False
        if node is not box and (node.tail or "").strip() and not is_descendant(heading, node):
            return False
    return False


def _labelled_after_text(a: Any, scope: Any) -> bool:
    """The link stands in a line labelled as an attachment ("Приложение: …", "Anhang:
    …") right after the item's text, outside the element holding it (a print view's
    file line after the text's box)."""
    line = labelled_line(a)
    return line is not None and follows_text(line, scope)


def _serves_file(a: Any) -> bool:
    """A link to a document: its address or its words say so, or its address asks a
    script for it by a query (``/LinkClick.aspx?fileticket=…``)."""
    raw = (a.get("href") or "").strip()
    if raw.startswith(("#", "mailto:", "javascript:", "tel:")):
        return False
    return bool(urlsplit(raw).query or DOCUMENT_HINT.search(raw)) or _says_file(a)


def _says_file(a: Any) -> bool:
    """A link whose address hides the file (``/item/download/412_7f3c…``, a forum's
    ``attachment.php?aid=2217``) but which says it is one: a ``download`` attribute, a
    title or text naming a document's file ("Rapporto_preliminare_IT.pdf"), or text
    closing on a document's format ("Виступ Генерального секретаря (PDF)")."""
    if a.get("download") is not None or urls.is_document_name(a.get("title") or ""):
        return True
    text = clean(" ".join(a.itertext()))
    return bool(text) and (urls.is_document_name(text) or bool(_FORMAT_END.search(text)))


# a link's text closing on the format of the document it leads to: "(PDF)", "[DOCX, 1 MB]"
_FORMAT_END = re.compile(r"[(\[]\s*(?:pdf|docx?|xlsx?|pptx?|odt|rtf)\b[^()\[\]]{0,20}[)\]]$",
                         re.I)

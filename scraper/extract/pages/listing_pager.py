"""A listing's next page: ``rel=next``, a next-page attribute, a "Load more" control or
the pager (its words, its classes, its page numbers or item offsets)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages.common import Found
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean, fold
from scraper.extract.visible import SCREEN_READER_ONLY, accessible_name, hidden_ancestor
from scraper.extract.vocabulary import (
    LOAD_MORE_TEXTS,
    LOAD_VERBS,
    MORE_WORDS,
    NEXT_PAGE_TEXTS,
)

ARROWS = re.compile(r"[›»→>]+")
_BACK_ARROWS = re.compile(r"[‹«←<]+")
_NEXT = frozenset(fold(t) for t in NEXT_PAGE_TEXTS) | frozenset(
    fold(ARROWS.sub("", t)) for t in NEXT_PAGE_TEXTS if ARROWS.sub("", t).strip())
_LOAD_MORE = frozenset(fold(t) for t in LOAD_MORE_TEXTS)
# a pager's phrase is a few words ("Older press releases"), no sentence
_OLDER_MAX_WORDS = 4
# a pager that counts items says how many the next page shows: "Next 20 >>"
_COUNT = re.compile(r"\s*\b\d{1,3}\b\s*")
_PAGE_NUMBER_SEGMENT = re.compile(r"/\d{1,3}$")
_PAGE_IN_PATH = re.compile(r"/(?:page|seite|pagina|page-|p)/?\d+$", re.I)
# a directory's index file, the same address as the directory
_INDEX_FILE = re.compile(r"/(?:index|default)\.[a-z]{2,5}$", re.I)
_DIGITS = re.compile(r"[-_]?\d+")
# a data attribute's value spelled as an address (``data-next-page="2"`` is a page's
# number, no address); an ``href`` is an address however it is spelled (below)
_URL_LIKE = re.compile(r"^\s*(?:https?://|/|\?|\./)")
# data-next-url, data-next-page, data-load-more-url, data-more-href… (not a carousel's
# data-next-slide)
_NEXT_ATTRIBUTE = re.compile(r"^data-(?:next|load-?more|more)(?:[-_]?(?:page|url|href|link))*$")
# htmx's ``hx-get`` (``data-hx-get``): a load-more button fetches the next page from it
_URL_ATTRIBUTES = ("href", "data-href", "data-url", "data-next-url", "data-next",
                   "data-next-page", "data-next-page-url", "hx-get", "data-hx-get")
# a page number written as the path's last part (WordPress's ``/page/2/``)
_PATH_PAGE = re.compile(r"/page/\d+/?$", re.I)
# words naming a pager's other controls: first, last, previous page
_NOT_NEXT_WORDS = frozenset(fold(w) for w in (
    "first", "last", "previous", "prev", "первая", "последняя", "предыдущая", "erste",
    "letzte", "vorherige", "zurück", "première", "dernière", "précédente", "prima", "ultima",
    "precedente", "primera", "última", "anterior", "перша", "остання", "попередня",
    "pierwsza", "ostatnia", "poprzednia"))
# the words of a link back to the page before this one ("Newer posts" on a blog, whose
# pages go back in time)
_PREVIOUS_WORDS = frozenset(fold(w) for w in (
    "previous", "prev", "newer", "предыдущая", "назад", "новее", "vorherige", "zurück",
    "neuere", "précédente", "précédent", "precedente", "anterior",
    "попередня", "новіші", "poprzednia", "nowsze"))
# the words of "older" (and "earlier") a pager joins to what the listing lists ("Older
# press releases →", "Ältere Pressemitteilungen", "Communiqués plus anciens", "Более
# ранние пресс-релизы"): its next page holds the older items (:func:`is_older_text`)
_OLDER = frozenset(fold(w) for w in (
    "older", "earlier", "ältere", "älteren", "frühere", "früheren", "anciens", "anciennes",
    "vecchi", "vecchie", "antiguas", "antiguos", "starsze", "wcześniejsze", "старые",
    "ранние", "старіші", "ранні", "давніші", "starije", "starijih", "старије", "постари",
    "vjetra", "vjetër"))
_PREVIOUS_TOKENS = frozenset({"prev", "previous", "pager-previous", "pager-prev", "nav-previous"})
_CURRENT_TOKENS = frozenset({"active", "current", "isactive", "selected", "pager-current"})
_NEXT_TOKENS = frozenset({"next", "pagernext"})


def next_page(doc: Document, items: frozenset[str] = frozenset()) -> Found | None:
    """``items``: the addresses the listing lists; a link to one of them ("Weiter...",
    "Далее" closing a teaser) reads on into that item, it turns no page."""
    return _Pager(doc, items).find()


def is_load_more(text: str) -> bool:
    """A "Load more" control's words: a known phrase, or a short one joining a verb of
    loading or showing to a word of "more" ("Weitere Meldungen laden")."""
    folded = fold(ARROWS.sub("", text)).strip(" .…")
    if folded in _LOAD_MORE:
        return True
    tokens = set(re.findall(r"\w+", folded))
    return len(tokens) <= 5 and bool(tokens & LOAD_VERBS) and bool(tokens & MORE_WORDS)


def turns_to_page(href: str) -> bool:
    """``href`` asks for a page of a list by its number: a parameter named ``page`` (or
    ending so, ``cpage``) holding one (``?page=2``, Drupal's ``?page=0,1``).  A script's
    ``page`` parameter naming a view in words (Pluck's ``page=viewpost&post=41``) turns
    no page: the address is an item's."""
    return any(name.lower().endswith("page") and any(c.isdigit() for c in values[0])
               for name, values in parse_qs(urlsplit(href).query,
                                            keep_blank_values=True).items())


def is_page_of(href: str, page: str) -> bool:
    """``href`` is another page of the listing at ``page``: the same script asked the same
    question (every worded parameter of the page kept as it is, at least one) with other
    numbers (``?search_string=vote&p=13`` from ``?search_string=vote&p=1``), whatever the
    page parameter is called (``p`` names an item elsewhere).  A page asked by its
    own number (``news.php?lng=fr&start=10``) and a link leaving that number out for
    another one (``news.php?lng=fr&pg=828331``) ask two questions: the link's is no
    page of this list but one item."""
    a, b = urlsplit(href), urlsplit(page)
    if (a.netloc.lower().removeprefix("www."), a.path.rstrip("/")) != \
            (b.netloc.lower().removeprefix("www."), b.path.rstrip("/")):
        return False
    mine, theirs = parse_qs(a.query), parse_qs(b.query)
    worded = {k: v for k, v in theirs.items() if not all(x.isdigit() for x in v)}
    numbered = set(theirs) - set(worded)
    if numbered and not numbered & set(mine) and set(mine) - set(theirs):
        return False
    return bool(worded) and all(mine.get(k) == v for k, v in worded.items()) and all(
        k in worded or all(x.isdigit() for x in v) for k, v in mine.items())


def is_numbered_page_of(href: str, page: str) -> bool:
    """``href`` is a numbered page of the listing at ``page`` written in the path (a
    blog's ``/press/page/14/`` from ``/press/`` or ``/press/page/2/``, its pager's
    "Last »"): its number counts pages, it names no item (``/tg/page/597555`` under
    another listing is an item's page)."""
    a, b = urlsplit(href), urlsplit(page)
    if a.netloc.lower().removeprefix("www.") != b.netloc.lower().removeprefix("www.") \
            or not _PATH_PAGE.search(a.path):
        return False
    return _PATH_PAGE.sub("", a.path).rstrip("/") == _PATH_PAGE.sub("", b.path).rstrip("/")


def is_next_text(text: str) -> bool:
    """The words of a next-page control: "Next", "следующая ›", "Next 20 >>"."""
    folded = fold(text)
    if not folded:
        return False
    bare = fold(ARROWS.sub("", text))
    # "« Older posts": a blog's pager points back in time, to the next page
    words_only = fold(_BACK_ARROWS.sub("", bare))
    return folded in _NEXT or bare in _NEXT or fold(_COUNT.sub(" ", bare)) in _NEXT - {""} \
        or (words_only != bare and words_only in _NEXT - {""})


def is_older_text(text: str) -> bool:
    """A pager's words for the older items, in other words than the known phrases: a
    short phrase holding a word of "older" ("Older press releases →", "« Ältere
    Pressemitteilungen", "Communiqués plus anciens"), no word of another control."""
    tokens = re.findall(r"\w+", fold(_BACK_ARROWS.sub(" ", ARROWS.sub(" ", text))))
    return 0 < len(tokens) <= _OLDER_MAX_WORDS and bool(set(tokens) & _OLDER) \
        and not set(tokens) & (_NOT_NEXT_WORDS | _PREVIOUS_WORDS)


class _Pager:
    def __init__(self, doc: Document, items: frozenset[str]) -> None:
        self.doc = doc
        self.page = urls.canonical(doc.url)
        self.items = items
        # a rel=next leading out of the listing's addresses, read last
        self._elsewhere: str | None = None

    def ok(self, href: str | None) -> str | None:
        """``href`` made absolute when it leads elsewhere on this site."""
        url = self.doc.absolute(href)
        return url if url and url != self.page and urls.same_site(url, self.page) else None

    def find(self) -> Found | None:
        """``rel=next`` first, when it leads to a further page of this listing; a
        ``rel=next`` leading out of the listing's addresses (a docs theme's footer card
        to the next page of the docs, another section) only where no pager says more."""
        for link in self.doc.root.xpath("//link[@href]"):
            url = self.ok(link.get("href"))
            if "next" in (link.get("rel") or "").lower().split() and url:
                if self._in_family(url):
                    return Found(url, "rel-next")
                self._elsewhere = self._elsewhere or url
        found = self._from_body()
        return found or (Found(self._elsewhere, "rel-next") if self._elsewhere else None)

    def _from_body(self) -> Found | None:
        anchors = [a for a in self.doc.root.iter("a") if a.get("href") and self._usable(a)
                   and self.doc.absolute(a.get("href")) not in self.items]
        # a "next" leading where "Previous" leads is no next page (a theme's hidden
        # "Newer posts" beside the numbers on the last page)
        previous = [a for a in anchors if self._is_previous(a)]
        forward = self._numbered_forward(previous)
        if forward is not None:
            return forward
        back = {self.ok(a.get("href")) for a in previous}
        anchors = [a for a in anchors if self.ok(a.get("href")) not in back]
        for a in anchors:
            url = self.ok(a.get("href"))
            if "next" in (a.get("rel") or "").lower().split() and url:
                if self._in_family(url):
                    return Found(url, "rel-next")
                self._elsewhere = self._elsewhere or url
        # the footer card's "Next" is the rel=next link put aside: no pager's words
        anchors = [a for a in anchors if self.ok(a.get("href")) != self._elsewhere]
        found = self._load_more() or self._by_words(anchors)
        if found is not None:
            return found
        for a in anchors:
            chain = [a, *list(a.iterancestors())[:2]]
            if any(class_tokens(x) & _NEXT_TOKENS for x in chain) and self.ok(a.get("href")):
                return Found(self.ok(a.get("href")), "class-hint")
        return self._numbered_next(anchors)

    def _in_family(self, url: str) -> bool:
        """``url`` is among this listing's addresses: a further page by its path or a
        page or offset parameter (:meth:`_same_listing`, :func:`_offset_param`), or a
        numbered address under the listing's own (``/noticias/page-2.html`` after
        ``/noticias/index.html``, ``/meldungen/seite-2`` after ``/meldungen/``) or
        beside it (``/news-2.html`` after ``/news.html``)."""
        if self._same_listing(url) or _offset_param(url) is not None:
            return True
        path, here = (_INDEX_FILE.sub("", urlsplit(u).path).rstrip("/").split("/")
                      for u in (url, self.doc.url))
        if path[:len(here)] == here and 1 <= len(path) - len(here) <= 2:
            return any(c.isdigit() for c in "".join(path[len(here):]))
        return len(path) == len(here) and path[:-1] == here[:-1] and \
            any(c.isdigit() for c in path[-1]) and \
            _DIGITS.sub("", path[-1]) == _DIGITS.sub("", here[-1])

    def _numbered_forward(self, previous: list[Any]) -> Found | None:
        """A "Previous" link whose page number is past this page's: a theme naming its
        pager in time order (Bludit's BlogX labels the link to the older posts,
        ``?page=2``, "◀ Previous" on the first page).  The number decides, not the
        word: the nearest later page is the next one.  A page without a page number is
        the first (``?page=1`` may be it, on a pager counting from one), so only a
        number past 1 leads on from it."""
        current = _page_param(self.doc.url)
        floor = current if current is not None else 1
        later = []
        for a in previous:
            url = self.ok(a.get("href"))
            n = _page_param(url) if url else None
            if url and n is not None and n > floor and self._same_listing(url):
                later.append((n, url))
        return Found(min(later)[1], "page-number") if later else None

    def _by_words(self, anchors: list[Any]) -> Found | None:
        """A link saying "Next" (or "Older news"), one leading to a further page of this
        listing first: a sidebar's "Older news…" may lead to another archive."""
        found = []
        for a in anchors:
            # the pager's words may be for screen readers only ("Next page" beside ›),
            # or an arrow image's alt text (its accessible name)
            texts = (self.doc.element_text(a), clean(" ".join(a.itertext())),
                     a.get("aria-label") or "", a.get("title") or "", accessible_name(a))
            url = self.ok(a.get("href"))
            # a name given in words overrules a glyph ("»" named "Last page")
            named = fold(a.get("aria-label") or a.get("title") or "")
            if set(re.findall(r"\w+", named)) & _NOT_NEXT_WORDS:
                continue
            if not url:
                continue
            # "Older press releases →": to a further page of this listing, asking what
            # this page asks (no other module, no other sort order)
            older = is_older_text(texts[0]) and self._in_family(url) \
                and _keeps_question(url, self.page)
            if older or any(is_next_text(text) for text in texts):
                found.append(url)
        same = [url for url in found if self._same_listing(url)]
        return Found((same or found)[0], "pager-text") if found else None

    def _is_previous(self, a: Any) -> bool:
        """A link to the page before: ``rel=prev``, a "prev" class, or its words.  A
        link whose words name the older items ("← Communiqués plus anciens", Octopress's
        ``a.prev``) leads to the next page of a newest-first listing, whatever its class
        or ``rel`` say: the theme names the direction in time, the words the content."""
        if is_older_text(self.doc.element_text(a)):
            return False
        if {"prev", "previous"} & set((a.get("rel") or "").lower().split()):
            return True
        if class_tokens(a) & _PREVIOUS_TOKENS:
            return True
        words = set(re.findall(r"\w+", fold(" ".join(a.itertext()) + " "
                                             + (a.get("aria-label") or ""))))
        return bool(words & _PREVIOUS_WORDS) and not any(
            is_next_text(t) for t in (self.doc.element_text(a), a.get("aria-label") or ""))

    def _usable(self, el: Any) -> bool:
        """Not disabled, not in a hidden copy or a ``<template>`` skeleton."""
        if el.get("disabled") is not None or (el.get("aria-disabled") or "") == "true":
            return False
        kind = hidden_ancestor(el)
        return kind is None or kind == SCREEN_READER_ONLY

    def _load_more(self) -> Found | None:
        """Infinite scroll: the next page's address in a ``data-next-url`` (any element),
        or in a "Load more" control's ``href`` / ``data-url`` / htmx ``hx-get`` (a button
        swapping the next page's items in below the list: ``hx-get="?page=1"``)."""
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str):
                continue
            for name, value in el.attrib.items():
                if _NEXT_ATTRIBUTE.match(name) and _URL_LIKE.match(value) \
                        and self.ok(value) and self._usable(el):
                    return Found(self.ok(value), "data-next")
        for el in self.doc.root.xpath("//a | //button | //*[@role='button']"):
            if not is_load_more(self.doc.element_text(el)) or not self._usable(el):
                continue
            for name in _URL_ATTRIBUTES:
                value = el.get(name)
                # a link's href is judged by the address it resolves to, not by its
                # spelling: "page/2" and a Wayback playback's rewritten absolute copy of it
                # are one next page (``#`` and ``javascript:`` resolve to none)
                url = self.ok(value) if value and (
                    name == "href" or _URL_LIKE.match(value)) else None
                # "mehr »" closing a teaser leads into its item: no page of the list
                if url and url not in self.items and self._same_listing(url):
                    return Found(url, "load-more")
        return None

    def _same_listing(self, url: str) -> bool:
        """A further page of this listing: its path (``/news/page/3`` is ``/news``), or a
        page number in the query (a "More" link to another section is no next page)."""
        path, here = (_PAGE_IN_PATH.sub("", urlsplit(u).path.rstrip("/"))
                      for u in (url, self.doc.url))
        # a page number as the last segment, after this listing's own path (/news/2)
        numbered = _PAGE_NUMBER_SEGMENT.sub("", path)
        return path == here or numbered == here or _page_param(url) is not None

    def _numbered_next(self, anchors: list[Any]) -> Found | None:
        current = _page_param(self.doc.url)
        by_param: dict[int, str] = {}
        by_number: dict[int, str] = {}
        current_number = None
        for el in self.doc.root.iter():
            if not isinstance(el.tag, str):
                continue
            marked = (el.get("aria-current") or class_tokens(el) & _CURRENT_TOKENS
                      or tag(el) == "strong")
            if not marked:
                continue
            text = clean(el.text or "")
            if not text and tag(el) != "a" and not any(
                    self.ok(a.get("href")) for a in el.iter("a")):
                # the mark on the number's box (UIkit's ``<li class="uk-active"><span>2
                # </span></li>``): the box's words, when they link nowhere else
                text = self.doc.element_text(el)
            if text.isdigit() and (tag(el) != "a" or el.get("aria-current")):
                current_number = int(text)
        for a in anchors:
            url = self.ok(a.get("href"))
            if not url:
                continue
            n = _page_param(url)
            if n is not None:
                by_param.setdefault(n, url)
            text = self.doc.element_text(a)
            if text.isdigit():
                by_number.setdefault(int(text), url)
        if current_number is not None and current_number + 1 in by_number:
            return Found(by_number[current_number + 1], "page-number")
        if current is None:
            current = 0
        if current + 1 in by_param:
            return Found(by_param[current + 1], "page-param")
        return self._offset_next(anchors)

    def _offset_next(self, anchors: list[Any]) -> Found | None:
        """A pager counting items: the nearest offset after this page's, on this
        listing's path."""
        here = _offset_param(self.doc.url) or 0
        later = []
        for a in anchors:
            url = self.ok(a.get("href"))
            offset = _offset_param(url) if url else None
            if url and offset is not None and offset > here and self._same_listing(url):
                later.append((offset, url))
        return Found(min(later)[1], "offset-param") if later else None


def _keeps_question(url: str, page: str) -> bool:
    """``url`` asks what ``page`` asks: every worded parameter of the page kept as it is,
    none added (``?name=Stories_Archive`` after ``?name=News``, ``?sort=date%20asc`` are
    other questions); numbers (a page, an offset) may change."""
    mine, theirs = parse_qs(urlsplit(url).query), parse_qs(urlsplit(page).query)
    def worded(query: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: v for k, v in query.items() if not all(x.isdigit() for x in v)}
    return worded(mine) == worded(theirs)


def _page_param(url: str) -> int | None:
    values = parse_qs(urlsplit(url).query).get("page")
    if values and values[0].strip().isdigit():
        return int(values[0])
    return None


def _offset_param(url: str) -> int | None:
    """The first item's offset in a pager that counts items, not pages (``?start=20``,
    Joomla's ``limitstart``)."""
    for name, values in parse_qs(urlsplit(url).query).items():
        if name.lower() in urls.OFFSET_PARAMS and values[0].strip().isdigit():
            return int(values[0])
    return None

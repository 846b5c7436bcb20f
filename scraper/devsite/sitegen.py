"""The offline copy of www.osce.org, built from the fixtures when it is served.

Nothing of it is committed: :func:`site_dir` builds it from ``fixtures/`` into a cache
folder (``.cache/site/<digest of the fixtures and this code>``) the first time it is
asked for after a fixture changed, in about half a second.

``build_site(out, items=N)`` writes a small but complete copy of the site's structure:

- every news fixture at its fixture URL's path and, when it names another canonical
  address on the site, there too (the real site answers at both; the newsroom lists
  the canonical one), plus synthetic variants (the node id substituted in the path,
  canonical, shortlink, hreflang and JSON-LD) up to N items.  The one change to a
  fixture's bytes: an hreflang alternate naming the page's own live address is made
  root-relative, so that it still names the page itself when served from 127.0.0.1;
- the English newsroom ``/press-releases``, ``?page=1`` … (zero-based, newest first,
  10 a page) in the older Drupal 7 listing markup with ``li.pager-next``; it lists
  every item, so one crawl reaches them all;
- the Russian newsroom ``/ru/press-releases`` in the current card markup with a
  ``rel=next`` / "следующая ›" pager, listing the items under ``/ru/``;
- a home page with the site menu and section pages for its links;
- the traps a crawler meets: ``robots.txt`` disallowing paths that pages link to, a
  ``/node/N`` redirect, an item that answers at two addresses, an item listed on two
  listing pages, a listed item that is missing (404), off-site, menu and footer links;
- ``_routes.json``: which path + query serves which file with which status and
  Content-Type (read by :mod:`scraper.devsite.server`);
- ``_expected/news.jsonl`` and ``_expected/navigation.jsonl``: the records a crawl must
  write, taken from the fixtures' expected records.

Everything is derived from the fixtures, deterministically: rebuilding gives the same
bytes.  Files are written one at a time and only small per-item facts are kept in
memory, so ``items=20_000`` is a matter of seconds.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import html
import json
import logging
import os
import re
import shutil
import string
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit, urlunsplit

from scraper.devsite.fixtures import FIXTURES_DIR, Fixture, all_fixtures, load
from scraper.extract import urls
from scraper.extract.extraction import extract
from scraper.extract.normalize import content_hash, translation_key

SITE_ORIGIN = "https://www.osce.org"
ROUTES_FILE = "_routes.json"
EXPECTED_DIR = "_expected"
CACHE_DIR = FIXTURES_DIR.parent / ".cache" / "site"
PER_PAGE = 10
# The Russian newsroom has few items in the small copy; 5 a page still gives it a
# second page, so its pager is exercised.
RU_PER_PAGE = 5
# Node ids of synthetic items start here, far above the real ones (about 665000 in
# 2026); an id some fixture page mentions is skipped.
VARIANT_ID_START = 900001
MISSING_ID = "899999"
DISALLOWED_ID = "899998"
DISALLOWED_PREFIX = "/internal/"
# where the traps sit in the English newsroom (entry indexes, before later inserts)
_DISALLOWED_AT = 3
_REDIRECT_FROM = 11
_MISSING_AT = 25
SECTION_PAGES = {
    "/border-management": "Border management",
    "/countering-terrorism": "Countering terrorism",
    "/cyber-ict-security": "Cyber/ICT Security",
    "/tolerance-and-nondiscrimination": "Tolerance and non-discrimination",
}
# The local menu of /border-management (the only section page with one), as a crawl
# of the navigation must report it.
SECTION_SUBMENU = {
    "/border-management": [
        ("/border-management/focal-points", "National Focal Points Network"),
        ("/border-management/publications", "Border management publications"),
    ],
}
_SENTINEL = "http://sentinel.invalid"
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")


# ---------------------------------------------------------------------------- items
class Unusable(ValueError):
    """A fixture the site cannot serve as a news item (the reason says why)."""


@dataclass(frozen=True)
class Template:
    """One news fixture, loaded once; every item of the site is one of these."""

    name: str
    path: str                      # path + query of the fixture URL
    node_id: str
    body: bytes
    content_type: str
    expected: dict[str, Any]
    local: tuple[str, ...]         # fields whose URL is resolved against the serving origin

    @classmethod
    def from_fixture(cls, fx: Fixture) -> Template:
        body = _own_alternates_relative(fx.html_path.read_bytes(), fx.url)
        headers = fx.meta.get("headers") or {}
        content_type = headers.get("Content-Type") or "text/html"
        node_id = fx.expected.get("node_id")
        if fx.expected.get("archived_at"):
            # the page is another fixture's, as a web archive saved it: that one is served
            raise Unusable(f"news/{fx.name}: a web archive's capture of another page")
        if not node_id:
            raise Unusable(f"news/{fx.name}: no node id, so no newsroom can list it")
        parts = urlsplit(fx.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        local = _local_fields(body, path, headers, fx.expected)
        return cls(fx.name, path, str(node_id), body, content_type, fx.expected, local)


def _own_alternates_relative(body: bytes, url: str) -> bytes:
    """hreflang alternates that name the page's own live address, made root-relative.

    On www.osce.org such a link is the page itself and is not a translation; served
    from 127.0.0.1 the absolute link would name another site.  Root-relative, it names
    the page wherever it is served, and the record stays the fixture's.
    """
    parts = urlsplit(url)
    own = re.escape(url.encode())
    relative = (parts.path + (f"?{parts.query}" if parts.query else "")).encode()

    def fix(tag: re.Match[bytes]) -> bytes:
        if b"hreflang" not in tag[0].lower():
            return tag[0]
        return re.sub(rb"""(href\s*=\s*["'])""" + own + rb"""(["'])""",
                      lambda m: m[1] + relative + m[2], tag[0])

    return re.sub(rb"<link\b[^>]*>", fix, body, flags=re.I)


def _local_fields(body: bytes, path: str, headers: dict[str, Any],
                  expected: dict[str, Any]) -> tuple[str, ...]:
    """Fields whose URL depends on where the page is served (relative links, no canonical).

    Measured, not guessed: the page is extracted as if served from a sentinel origin,
    and every URL that comes out on that origin is one the serving address decides.
    """
    served = extract(body, _SENTINEL + path, "news", headers or None).records[0]
    local = []
    for key, value in _url_leaves(served):
        if value.startswith(_SENTINEL + "/") and _get(expected, key) is not None:
            local.append(key)
    return tuple(local)


def _url_leaves(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(dotted key, value) of the URL fields of a news record."""
    if isinstance(record.get("url"), str):
        yield "url", record["url"]
    for i, att in enumerate(record.get("attachments") or []):
        if isinstance(att, dict) and isinstance(att.get("url"), str):
            yield f"attachments.{i}.url", att["url"]
    for lang, url in sorted((record.get("translations") or {}).items()):
        if isinstance(url, str):
            yield f"translations.{lang}", url


def _get(record: Any, key: str) -> Any:
    node = record
    for part in key.split("."):
        if isinstance(node, list):
            if not part.isdigit() or int(part) >= len(node):
                return None
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def _set(record: Any, key: str, value: Any) -> None:
    *parents, last = key.split(".")
    node = record
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def rebase(url: str, origin: str) -> str:
    """``url`` with its scheme and host replaced by ``origin`` (path and query kept)."""
    parts = urlsplit(url)
    base = urlsplit(origin)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def _id_pattern(node_id: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){re.escape(node_id)}(?!\d)")


def _substitute(value: Any, pattern: re.Pattern[str], new: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(new, value)
    if isinstance(value, list):
        return [_substitute(v, pattern, new) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v, pattern, new) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Item:
    """A news item of the site: a template, possibly under another node id."""

    template: Template
    node_id: str

    @property
    def is_variant(self) -> bool:
        return self.node_id != self.template.node_id

    def _sub(self, value: Any) -> Any:
        if not self.is_variant:
            return value
        return _substitute(value, _id_pattern(self.template.node_id), self.node_id)

    @property
    def fetched_as(self) -> str:
        """The address (path + query) its fixture was fetched from."""
        return str(self._sub(self.template.path))

    @property
    def alias(self) -> str | None:
        """The canonical path, when it is on this site and not :attr:`fetched_as`."""
        url = str(self._sub(self.template.expected.get("url") or ""))
        parts = urlsplit(url)
        if not url or parts.hostname not in ("www.osce.org", "osce.org"):
            return None
        return parts.path if parts.path != self.fetched_as else None

    @property
    def path(self) -> str:
        """The address the newsroom lists: the canonical one when the site has it."""
        return self.alias or self.fetched_as

    @property
    def paths(self) -> list[str]:
        """Every address that serves it (the real site answers at both)."""
        return [self.path, self.fetched_as] if self.alias else [self.path]

    @property
    def issued_on(self) -> str | None:
        return self.template.expected.get("issued_on")

    @property
    def file(self) -> str:
        return f"news/{self.node_id}-{self.template.name}.html"

    def html(self) -> bytes:
        body = self.template.body
        if self.is_variant:
            pattern = re.compile(rb"(?<!\d)" + re.escape(self.template.node_id.encode())
                                 + rb"(?!\d)")
            body = pattern.sub(self.node_id.encode(), body)
        return body

    def record(self) -> dict[str, Any]:
        """The expected record, plus internal keys (dropped before comparing): ``_path``
        (the address the newsroom lists), ``_paths`` (every address that serves it),
        ``_local`` (URL fields resolved against the serving origin) and ``_fixture``."""
        rec = self._sub(copy.deepcopy(self.template.expected))
        for key in self.template.local:
            value = _get(rec, key)
            if isinstance(value, str):
                _set(rec, key, rebase(value, SITE_ORIGIN))
        if "translation_key" in rec:
            # a variant's node id is new, its translations' (separate nodes) are not:
            # the smallest of them is the key again, as extraction computes it
            rec["translation_key"] = translation_key(rec.get("node_id"),
                                                     rec.get("translations") or {})
        rec["content_hash"] = content_hash(rec)   # the URLs (and node id) above changed
        rec["_path"] = self.path
        rec["_paths"] = self.paths
        rec["_local"] = list(self.template.local)
        rec["_fixture"] = self.template.name
        return rec

    def sort_key(self) -> tuple[int, str, int]:
        # newest first; undated items last
        return (0 if self.issued_on else 1, _invert(self.issued_on or ""), -int(self.node_id))


def _invert(iso: str) -> str:
    return "".join(chr(ord("9") - int(c) + ord("0")) if c.isdigit() else c for c in iso)


def load_templates(root: Path = FIXTURES_DIR) -> tuple[list[Template], list[str]]:
    """The news fixtures the site can serve, and why the others cannot be."""
    templates, skipped = [], []
    for fx in all_fixtures(root, kinds=("news",)):
        try:
            template = Template.from_fixture(fx)
        except Unusable as exc:
            skipped.append(str(exc))
            continue
        if urls.node_id(Item(template, template.node_id).path) is None:
            skipped.append(f"news/{fx.name}: its address has no node id, so no newsroom "
                           "can list it")
            continue
        templates.append(template)
    return templates, skipped


def _reserved_ids(templates: list[Template]) -> set[str]:
    ids: set[str] = {MISSING_ID, DISALLOWED_ID}
    for t in templates:
        ids.update(m.decode() for m in re.findall(rb"(?<!\d)\d{5,7}(?!\d)", t.body))
    return ids


def make_items(templates: list[Template], count: int) -> list[Item]:
    """``count`` items: every template once, then variants in template order."""
    if count < len(templates):
        raise ValueError(f"items: at least {len(templates)} (one per news fixture), got {count}")
    reserved = _reserved_ids(templates)
    items = [Item(t, t.node_id) for t in templates]
    next_id = VARIANT_ID_START
    while len(items) < count:
        t = templates[(len(items) - len(templates)) % len(templates)]
        while str(next_id) in reserved:
            next_id += 1
        items.append(Item(t, str(next_id)))
        next_id += 1
    items.sort(key=Item.sort_key)
    return items


# ---------------------------------------------------------------------------- listings
@dataclass(frozen=True)
class Entry:
    """One row of a listing: the URL it links and what it shows."""

    path: str
    title: str
    issued_on: str | None
    content_type: str | None = None
    issued_by: tuple[str, ...] = ()
    fields_of_work: tuple[tuple[str, str], ...] = ()   # (name, slug)
    summary: str | None = None

    @classmethod
    def of(cls, item: Item, path: str | None = None) -> Entry:
        rec = item.template.expected
        fields = tuple((f["label"], f["id"] or _slug(f["label"]))
                       for f in rec.get("fields_of_work") or [])
        return cls(path or item.path, rec.get("title") or "Untitled", item.issued_on,
                   rec.get("content_type"), tuple(rec.get("issued_by") or []), fields,
                   _teaser(rec.get("summary")))


def _slug(name: str) -> str:
    """A link path for a field of work that is not one of the 23."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "topic"


def _teaser(summary: str | None, limit: int = 300) -> str | None:
    if not summary or len(summary) <= limit:
        return summary
    cut = summary[:limit].rsplit(" ", 1)[0]
    return cut + " …"


@dataclass
class Traps:
    """What the English newsroom does to a crawler, for the routes file and the tests."""

    redirect: tuple[str, str] | None = None          # (/node/N, the item's address)
    two_addresses: tuple[str, str] | None = None     # (alias, /node/N), both answer 200
    listed_twice: str | None = None
    missing: str = f"/secretariat/{MISSING_ID}"
    disallowed: str = f"{DISALLOWED_PREFIX}{DISALLOWED_ID}"

    def as_dict(self) -> dict[str, Any]:
        return {"redirect": self.redirect, "two_addresses": self.two_addresses,
                "listed_twice": self.listed_twice, "missing": self.missing,
                "disallowed": self.disallowed}


def english_entries(items: list[Item], traps: Traps, fresh: int = 0) -> list[Entry]:
    """Every item, newest first, with the traps placed among them; the ``fresh`` items
    at the top do not move the redirect trap, so a copy with new items lists the same
    known item as /node/N as the copy without them (a crawler must not see a new
    address where nothing is new)."""
    entries = [Entry.of(item) for item in items]
    by_path = {item.path: item for item in items}

    # an item that answers at /node/N and at its alias: listed under both
    for item in items:
        if item.alias and item.fetched_as.startswith("/node/"):
            at = entries.index(Entry.of(item))
            entries.insert(at + 1, Entry.of(item, item.fetched_as))
            traps.two_addresses = (item.path, item.fetched_as)
            break
    # an item listed as /node/N, which redirects to its alias, and under the alias too
    for i in range(min(_REDIRECT_FROM + fresh, len(entries) - 1), len(entries)):
        listed = by_path.get(entries[i].path)
        if listed and not listed.alias and not listed.path.startswith(("/node/", "/ru/")) \
                and listed.path.count("/") == 2 and "?" not in listed.path:
            node = f"/node/{listed.node_id}"
            entries[i] = Entry.of(listed, node)
            entries.insert(i + 1, Entry.of(listed))
            traps.redirect = (node, listed.path)
            break
    # listed, never published (404)
    at = min(_MISSING_AT, len(entries))
    near = entries[at - 1]
    entries.insert(at, Entry(traps.missing, "Statement withdrawn before publication",
                             near.issued_on, "Press release", ("OSCE Secretariat",), (),
                             "This entry was listed in the newsroom but the page does not "
                             "exist."))
    # listed, but under a path robots.txt disallows
    near = entries[_DISALLOWED_AT]
    entries.insert(_DISALLOWED_AT, Entry(traps.disallowed, "Internal briefing note",
                                         near.issued_on, "News Item", ("OSCE Secretariat",),
                                         (), None))
    # the last entry of the first page shows again at the top of the second (an item
    # published while the crawl paged through)
    entries.insert(PER_PAGE, entries[PER_PAGE - 1])
    traps.listed_twice = entries[PER_PAGE].path
    return entries


def _pages(entries: list[Entry], per_page: int) -> list[list[Entry]]:
    return [entries[i:i + per_page] for i in range(0, len(entries), per_page)] or [[]]


def _page_url(base: str, page: int) -> str:
    return base if page == 0 else f"{base}?page={page}"


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _en_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {_EN_MONTHS[m - 1]} {y}"


def _ru_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {_RU_MONTHS[m - 1]} {y} г."


# ---------------------------------------------------------------------------- markup
_TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def _template(name: str) -> string.Template:
    """A page skeleton from ``scraper/devsite/templates/`` (``$name`` placeholders)."""
    return string.Template((_TEMPLATES / name).read_text(encoding="utf-8"))


def _d7_field(cls: str, label: str, value: str) -> str:
    return (f'      <div class="views-field views-field-{cls}">    '
            f'<span class="views-label views-label-{cls}">{label}: </span>    {value}  </div>\n')


def _d7_row(n: int, count: int, e: Entry) -> str:
    fields = []
    if e.issued_on:
        fields.append(_d7_field("ds-date", "Publishing date",
                                f'<span class="field-content">{_en_date(e.issued_on)}</span>'))
    if e.content_type:
        fields.append(_d7_field("type", "Content type",
                                f'<span class="field-content">{_esc(e.content_type)}</span>'))
    if e.issued_by:
        fields.append(_d7_field("im-taxonomy-vid-1", "Where we are",
                                f'<div class="field-content">{_esc(", ".join(e.issued_by))}'
                                '</div>'))
    if e.fields_of_work:
        links = ", ".join(f'<a href="/what/{_esc(slug)}">{_esc(name)}</a>'
                          for name, slug in e.fields_of_work)
        fields.append(_d7_field("im-taxonomy-vid-3", "What we do",
                                f'<div class="field-content">{links}</div>'))
    if e.summary:
        fields.append('      <div class="views-field views-field-teaser">        '
                      f'<div class="field-content"><p>{_esc(e.summary)}</p></div>  </div>\n')
    edge = (" views-row-first" if n == 1 else "") + (" views-row-last" if n == count else "")
    parity = "odd" if n % 2 else "even"
    return (f'    <div class="views-row views-row-{n} views-row-{parity}{edge}">\n'
            '      <div class="views-field views-field-title">        <span class="field-content">'
            f'<a href="{_esc(e.path)}">{_esc(e.title)}</a></span>  </div>\n'
            + "".join(fields) + "    </div>\n")


def _d7_pager(page: int, last: int, base: str) -> str:
    if last == 0:
        return ""
    out = []
    if page > 0:
        out.append(f'      <li class="pager-first first"><a title="Go to first page" '
                   f'href="{base}">« first</a></li>\n')
        out.append(f'      <li class="pager-previous"><a title="Go to previous page" '
                   f'href="{_page_url(base, page - 1)}">‹ previous</a></li>\n')
    for p in range(max(0, page - 4), min(last, page + 4) + 1):
        if p == page:
            out.append(f'      <li class="pager-current">{p + 1}</li>\n')
        else:
            out.append(f'      <li class="pager-item"><a title="Go to page {p + 1}" '
                       f'href="{_page_url(base, p)}">{p + 1}</a></li>\n')
    if page < last:
        out.append(f'      <li class="pager-next"><a title="Go to next page" '
                   f'href="{_page_url(base, page + 1)}">next ›</a></li>\n')
        out.append(f'      <li class="pager-last last"><a title="Go to last page" '
                   f'href="{_page_url(base, last)}">last »</a></li>\n')
    return "".join(out)


def d7_listing_page(entries: list[Entry], page: int, last: int, total: int,
                    most_read: list[Entry]) -> str:
    """A page of the English newsroom in the older Drupal 7 markup."""
    first = page * PER_PAGE + 1
    side = "".join(
        f'              <div class="views-row views-row-{n}">\n'
        '                <div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{_esc(e.path)}">{_esc(e.title)}</a></span></div>\n'
        '              </div>\n' for n, e in enumerate(most_read, 1))
    return _template("listing-drupal7.html").substitute(
        first=first, last=first + len(entries) - 1, total=f"{total:,}",
        rows="".join(_d7_row(n, len(entries), e) for n, e in enumerate(entries, 1)),
        pager=_d7_pager(page, last, "/press-releases"), most_read=side)


def _ru_card(e: Entry) -> str:
    out = ['    <article class="card card--news">\n      <div class="card__body">\n']
    if e.content_type:
        out.append(f'        <span class="card__type">{_esc(e.content_type)}</span>\n')
    out.append(f'        <h3 class="card__title"><a href="{_esc(e.path)}">{_esc(e.title)}'
               '</a></h3>\n')
    if e.issued_on:
        out.append(f'        <time class="card__date" datetime="{e.issued_on}">'
                   f'{_ru_date(e.issued_on)}</time>\n')
    if e.summary:
        out.append(f'        <p class="card__teaser">{_esc(e.summary)}</p>\n')
    out.append("      </div>\n    </article>\n")
    return "".join(out)


def ru_listing_page(entries: list[Entry], page: int, last: int) -> str:
    """A page of the Russian newsroom in the current card markup, ``rel=next`` pager."""
    base = "/ru/press-releases"
    rel = ""
    if page > 0:
        rel += f'<link rel="prev" href="{_page_url(base, page - 1)}">\n'
    if page < last:
        rel += f'<link rel="next" href="{_page_url(base, page + 1)}">\n'
    pager = []
    if page > 0:
        pager.append('      <li class="pager__item pager__item--previous"><a href="'
                     f'{_page_url(base, page - 1)}" rel="prev">‹ предыдущая</a></li>\n')
    pager.append(f'      <li class="pager__item is-active"><a href="{_page_url(base, page)}" '
                 f'aria-current="page">{page + 1}</a></li>\n')
    if page < last:
        pager.append('      <li class="pager__item pager__item--next"><a href="'
                     f'{_page_url(base, page + 1)}" rel="next">следующая ›</a></li>\n')
    return _template("listing-cards-ru.html").substitute(
        canonical=_page_url(base, page), rel_links=rel,
        cards="".join(_ru_card(e) for e in entries), pager="".join(pager))


_MENU = re.compile(r'[ \t]*<nav id="main-menu".*?</nav>', re.S)
_ABSOLUTE_SITE_HREF = re.compile(r'href="(?:https?:)?//(?:www\.)?osce\.org(/[^"]*)"')


def site_menu(root: Path = FIXTURES_DIR) -> str:
    """The seed's site menu (fixtures/navigation/current-seed-menu.html), pointed at this
    site (absolute www.osce.org links made relative), with a "Search" entry that robots.txt
    disallows."""
    text = load("navigation", "current-seed-menu", root).html_path.read_text(encoding="utf-8")
    m = _MENU.search(text)
    if not m:
        raise ValueError("navigation/current-seed-menu.html has no <nav id=\"main-menu\">")
    menu = _ABSOLUTE_SITE_HREF.sub(r'href="\1"', m[0])
    search = '      <li class="main-menu__item"><a href="/search">Search</a></li>\n    </ul>'
    at = menu.rfind("</ul>")
    return menu[:at].rstrip(" ") + search + menu[at + len("</ul>"):]


def menu_paths(menu: str) -> list[str]:
    """The site's own paths the menu links to, in menu order, each once."""
    out: list[str] = []
    for href in re.findall(r'href="([^"]*)"', menu):
        if href.startswith("/") and not href.startswith("//") and href not in out:
            out.append(href)
    return out


def _current_page(path: str, title: str, main: str, menu: str, body_class: str,
                  breadcrumb: bool = True) -> str:
    crumbs = ""
    if breadcrumb:
        crumbs = ('<nav class="breadcrumb" aria-label="Breadcrumb">\n  <ol>\n'
                  '    <li><a href="/">Home</a></li>\n'
                  f'    <li aria-current="page">{_esc(title)}</li>\n  </ol>\n</nav>\n')
    return _template("page-current.html").substitute(
        title=_esc(f"{title} | OSCE"), path=_esc(path), path_ru=_esc(path if path != "/" else ""),
        body_class=body_class, menu=menu, breadcrumb=crumbs, main=main)


def home_page(menu: str, latest: list[Entry]) -> str:
    news = "".join(f'      <li><a href="{_esc(e.path)}">{_esc(e.title)}</a></li>\n'
                   for e in latest)
    main = ('  <h1 class="page-title">Organization for Security and Co-operation in Europe'
            '</h1>\n'
            '  <p class="intro">The offline copy of the site osce-scraper is tested against: '
            'the newsroom, the site menu and a few section pages.</p>\n'
            '  <section class="latest-news">\n    <h2>Latest news</h2>\n    <ul>\n'
            f'{news}    </ul>\n'
            '    <p><a href="/press-releases">All news and press releases</a></p>\n'
            '  </section>')
    return _current_page("/", "Home", main, menu, "path-frontpage", breadcrumb=False)


def section_page(path: str, title: str, menu: str) -> str:
    main = (f'  <h1 class="page-title">{_esc(title)}</h1>\n'
            f'  <p class="intro">What the OSCE does on {_esc(title.lower())}: projects, '
            'meetings and the latest news, in one place.</p>\n')
    sub = SECTION_SUBMENU.get(path)
    if sub:
        links = "".join(f'      <li><a href="{_esc(p)}">{_esc(name)}</a></li>\n'
                        for p, name in sub)
        main += ('  <nav class="section-menu" aria-label="Section">\n'
                 '    <h2>In this section</h2>\n'
                 f'    <ul>\n{links}    </ul>\n  </nav>\n')
    return _current_page(path, title, main, menu, "path-section")


def generic_section_page(menu: str) -> str:
    main = ('  <h1 class="page-title">OSCE</h1>\n'
            '  <p class="intro">This page stands for one of the site\'s section pages in '
            'the offline copy; every menu link without a page of its own shows it.</p>\n')
    return _current_page("/", "OSCE", main, menu, "path-section")


ROBOTS_TXT = """# The offline copy of www.osce.org (scraper/sitegen.py).
User-agent: *
# Search results are not for robots; pages link to them (the menu, the newsroom).
Disallow: /search
# Staff-only pages; the newsroom lists one of them.
Disallow: /internal/
"""

_README = """# The offline copy of www.osce.org

Generated by `osce-scraper build-site` (scraper/sitegen.py) from the fixtures; do not
edit by hand, rebuild after a fixture changes (`make site`) and review the diff.
Serve it with `osce-scraper serve` (127.0.0.1, a free port); `make demo` crawls it.

- `_routes.json`: which path + query serves which file, with its status and
  Content-Type; redirects, statuses, and for each newsroom page the paths it lists.
- `_expected/news.jsonl`, `_expected/navigation.jsonl`: the records a crawl must
  write.  Keys starting with `_` are notes: `_path` the address the newsroom lists,
  `_paths` every address that serves the item, `_local` the URL fields that resolve
  against the address the site is served from (`scraper.devsite.sitegen.expected_records()`
  rebases them).
- `news/`: $items items ($fixtures fixtures and their variants), `press-releases/`: the
  newsroom, $pages pages of $per_page (Drupal 7 markup), `ru/press-releases/`: the
  Russian newsroom (card markup), `index.html` and `sections/`: the home page with the
  site menu and the pages it links to, `robots.txt`.

What a crawler meets on the way:

| trap | where |
|---|---|
| robots.txt disallows a listed item | `$disallowed` |
| `/node/N` redirects to the item's address (both are listed) | `$redirect` |
| the same item answers at two addresses (both listed) | `$two_addresses` |
| an item at the foot of one newsroom page and the head of the next | `$listed_twice` |
| listed, but missing (404) | `$missing` |
| off-site, menu, footer, search and language links on every page | |
"""


# ---------------------------------------------------------------------------- output
_FETCHED_NOTE = "where the fixture was fetched; the newsroom lists the canonical address"


class _RouteWriter:
    """``_routes.json`` written one route per line, as the site is built."""

    def __init__(self, out: TextIO, traps: Traps) -> None:
        self.out = out
        self.first = True
        self.count = 0
        out.write('{\n"origin": ' + json.dumps(SITE_ORIGIN) + ',\n"traps": '
                  + json.dumps(traps.as_dict()) + ',\n"routes": [\n')

    def add(self, path: str, *, file: str | None = None, status: int = 200,
            content_type: str | None = None, location: str | None = None, kind: str,
            note: str | None = None, lists: list[str] | None = None) -> None:
        route: dict[str, Any] = {"path": path, "status": status}
        if file is not None:
            route["file"] = file
            route["content_type"] = content_type or "text/html; charset=utf-8"
        if location is not None:
            route["location"] = location
        route["kind"] = kind
        if note:
            route["note"] = note
        if lists is not None:
            route["lists"] = lists
        self.out.write(("" if self.first else ",\n") + json.dumps(route, ensure_ascii=False))
        self.first = False
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n}\n")


@dataclass
class BuildSummary:
    out: Path
    items: int
    listing_pages: int
    ru_items: int
    ru_listing_pages: int
    routes: int
    seconds: float
    traps: Traps
    skipped: list[str]

    def line(self) -> str:
        text = (f"built {self.out}: {self.items} items, {self.listing_pages} newsroom pages, "
                f"{self.ru_items} Russian items on {self.ru_listing_pages} pages, "
                f"{self.routes} routes in {self.seconds:.1f} s")
        return "\n".join([text, *(f"  not served: {why}" for why in self.skipped)])


def _write(out: Path, rel: str, data: str | bytes) -> None:
    target = out / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    target.write_bytes(data)


def _jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def build_site(out: Path, items: int | None = None, root: Path = FIXTURES_DIR,
               fresh: int = 0) -> BuildSummary:
    """Write the site into ``out`` (emptied first; refused when it holds something else).

    ``items`` defaults to every usable news fixture twice (the fixture and a variant).
    ``fresh``: the last ``fresh`` items made are "just published" and head the
    newsroom, whatever their date; a copy built with ``items=N`` holds exactly the
    others, so serving it and then this one shows a crawler ``fresh`` new items.
    """
    started = time.monotonic()
    templates, skipped = load_templates(root)
    count = items if items is not None else 2 * len(templates)
    all_items = make_items(templates, count)
    if fresh:
        if not 0 < fresh <= count - len(templates):
            raise ValueError(f"fresh: between 1 and {count - len(templates)} (the variants)")
        newest = sorted(all_items, key=lambda i: int(i.node_id))[-fresh:]
        all_items = newest[::-1] + [i for i in all_items if i not in newest]
    _prepare(out)
    traps = Traps()
    entries = english_entries(all_items, traps, fresh)
    pages = _pages(entries, PER_PAGE)
    ru_entries = [Entry.of(i) for i in all_items if i.path.startswith("/ru/")]
    ru_pages = _pages(ru_entries, RU_PER_PAGE)
    menu = site_menu(root)

    with (out / ROUTES_FILE).open("w", encoding="utf-8") as routes_file:
        routes = _RouteWriter(routes_file, traps)
        _write(out, "robots.txt", ROBOTS_TXT)
        _write(out, "README.md", string.Template(_README).substitute(
            items=len(all_items), fixtures=len(templates), pages=len(pages), per_page=PER_PAGE,
            disallowed=traps.disallowed, missing=traps.missing,
            redirect=" → ".join(traps.redirect or ()),
            two_addresses=" and ".join(traps.two_addresses or ()),
            listed_twice=traps.listed_twice))
        routes.add("/robots.txt", file="robots.txt", content_type="text/plain; charset=utf-8",
                   kind="robots")
        _write(out, "index.html", home_page(menu, entries[:3]))
        routes.add("/", file="index.html", kind="home")

        for n, page in enumerate(pages):
            rel = f"press-releases/page-{n}.html"
            _write(out, rel, d7_listing_page(page, n, len(pages) - 1, len(entries), entries[:3]))
            routes.add(_page_url("/press-releases", n), file=rel, kind="listing",
                       lists=[e.path for e in page])
        for n, page in enumerate(ru_pages):
            rel = f"ru/press-releases/page-{n}.html"
            _write(out, rel, ru_listing_page(page, n, len(ru_pages) - 1))
            routes.add(_page_url("/ru/press-releases", n), file=rel, kind="listing",
                       lists=[e.path for e in page])

        generic = "sections/_generic.html"
        _write(out, generic, generic_section_page(menu))
        section_paths = [p for p in menu_paths(menu) if p != "/search"]
        section_paths += [p for subs in SECTION_SUBMENU.values() for p, _ in subs
                          if p not in section_paths]
        for path in section_paths:
            if path in SECTION_PAGES:
                rel = f"sections/{path.strip('/').replace('/', '-')}.html"
                _write(out, rel, section_page(path, SECTION_PAGES[path], menu))
                routes.add(path, file=rel, kind="section")
            else:
                routes.add(path, file=generic, kind="section")

        with (out / EXPECTED_DIR).joinpath("news.jsonl").open("w", encoding="utf-8") as exp:
            for item in all_items:
                _write(out, item.file, item.html())
                for path in item.paths:
                    note = None if path == item.path else _FETCHED_NOTE
                    routes.add(path, file=item.file, content_type=item.template.content_type,
                               kind="item", note=note)
                exp.write(json.dumps(item.record(), ensure_ascii=False) + "\n")
        if traps.redirect:
            routes.add(traps.redirect[0], status=301, location=traps.redirect[1],
                       kind="redirect", note="listed as /node/N; the alias is listed too")
        routes.add(traps.missing, status=404, kind="missing",
                   note="listed in the newsroom, but the page does not exist")
        disallowed = all_items[0]
        disallowed_item = Item(disallowed.template, DISALLOWED_ID)
        rel = f"internal/{DISALLOWED_ID}.html"
        _write(out, rel, disallowed_item.html())
        routes.add(traps.disallowed, file=rel, content_type=disallowed.template.content_type,
                   kind="disallowed", note="listed in the newsroom; robots.txt disallows it")
        routes.close()

    with (out / EXPECTED_DIR).joinpath("navigation.jsonl").open("w", encoding="utf-8") as f:
        _jsonl(expected_navigation(root), f)

    return BuildSummary(out, len(all_items), len(pages), len(ru_entries), len(ru_pages),
                        routes.count, time.monotonic() - started, traps, skipped)


def _prepare(out: Path) -> None:
    """Empty ``out`` of a previous build; refuse a directory that holds something else."""
    if out.exists():
        if any(out.iterdir()) and not (out / ROUTES_FILE).exists():
            raise FileExistsError(f"{out} is not empty and holds no site (no {ROUTES_FILE}); "
                                  "choose an empty directory")
        for child in out.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / EXPECTED_DIR).mkdir()


def expected_navigation(root: Path = FIXTURES_DIR) -> list[dict[str, Any]]:
    """The menu entries a crawl of the navigation writes (each once), site URLs local."""
    out = []
    for entry in load("navigation", "current-seed-menu", root).expected["entries"]:
        rec = {k: entry[k] for k in ("name", "url", "path")}
        rec["_local"] = ["url"] if urlsplit(rec["url"]).hostname in ("www.osce.org",
                                                                        "osce.org") else []
        if rec["_local"]:
            rec["url"] = rebase(rec["url"], SITE_ORIGIN)
        out.append(rec)
    out.append({"name": "Search", "url": f"{SITE_ORIGIN}/search", "path": [], "_local": ["url"]})
    for subs in SECTION_SUBMENU.values():
        for path, name in subs:
            out.append({"name": name, "url": f"{SITE_ORIGIN}{path}", "path": ["In this section"],
                        "_local": ["url"]})
    return out


# ---------------------------------------------------------------------------- reading
def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def localize(record: dict[str, Any], origin: str) -> dict[str, Any]:
    """An expected record as a crawl of the site served at ``origin`` writes it:
    the ``_local`` URLs on ``origin``, internal ``_`` keys dropped."""
    rec = copy.deepcopy(record)
    for key in rec.get("_local", []):
        value = _get(rec, key)
        if isinstance(value, str):
            _set(rec, key, rebase(value, origin))
    if "content_hash" in rec:     # a hash of what a crawl of ``origin`` sees
        rec["content_hash"] = content_hash(rec)
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def expected_records(kind: str, origin: str, site: Path | None = None) -> list[dict[str, Any]]:
    """``_expected/<kind>.jsonl`` of the site, as served at ``origin``."""
    folder = site or site_dir()
    return [localize(r, origin) for r in read_jsonl(folder / EXPECTED_DIR / f"{kind}.jsonl")]


def load_routes(site: Path | None = None) -> dict[str, Any]:
    """``_routes.json``: ``origin``, ``traps`` (the paths of each trap) and ``routes``."""
    return dict(json.loads(((site or site_dir()) / ROUTES_FILE).read_text(encoding="utf-8")))


def _digest(root: Path) -> str:
    """What the copy is made of: every fixture file, the templates and this module."""
    h = hashlib.sha256()
    sources = sorted(p for p in root.rglob("*") if p.is_file())
    sources += [*sorted(_TEMPLATES.glob("*.html")), Path(__file__)]
    for path in sources:
        h.update(str(path.relative_to(path.anchor)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def site_dir(root: Path = FIXTURES_DIR, cache: Path = CACHE_DIR) -> Path:
    """The offline copy built from ``root``: from the cache when the fixtures have not
    changed since it was built, else built anew (into a temporary folder, then renamed,
    so that two processes asking at once both get a complete copy)."""
    target = cache / _digest(root)
    if (target / ROUTES_FILE).exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{target.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    quiet = logging.getLogger("scraper")
    level = quiet.level
    quiet.setLevel(logging.ERROR)   # broken-on-purpose fixtures warn: no news here
    try:
        build_site(tmp, root=root)
    finally:
        quiet.setLevel(level)
    try:
        os.rename(tmp, target)
    except OSError:                 # another process was first: its copy is the same
        shutil.rmtree(tmp, ignore_errors=True)
    for old in cache.iterdir():     # copies of fixtures that are no more
        if old.name != target.name and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return target


# ---------------------------------------------------------------------------- command
def cmd_build_site(args: argparse.Namespace) -> int:
    # some fixtures are broken on purpose (invalid JSON-LD …): their warnings are no news here
    logging.getLogger("scraper").setLevel(logging.ERROR)
    if args.out is None:
        print(site_dir())
        return 0
    out = Path(args.out)
    try:
        summary = build_site(out, args.items, fresh=args.fresh)
    except (ValueError, FileExistsError) as exc:
        print(f"osce-scraper: build-site: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("build-site", help="build the offline copy of the site from the fixtures",
                       description="Writes the copy into --out DIR: pages, _routes.json "
                       "and _expected/*.jsonl. Without --out, builds the cached copy that "
                       "'osce-scraper serve' and 'make demo' use (when a fixture changed) "
                       "and prints its folder.")
    p.add_argument("--items", type=int, default=None,
                   help="number of news items (default: every news fixture twice)")
    p.add_argument("--out", default=None, help="output directory (default: the cache)")
    p.add_argument("--fresh", type=int, default=0,
                   help="the last N items head the newsroom as just published (default 0)")
    p.set_defaults(func=cmd_build_site)

"""The news items of the offline copy: the fixtures it serves and their variants.

A :class:`Template` is one news fixture, loaded once; an :class:`Item` is a template
under its own node id or a synthetic one (the id substituted in the page and in the
expected record).  :func:`load_templates` says which fixtures the copy can serve and
why not the others; :func:`make_items` makes as many items as the copy is asked for.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scraper.devsite.fixtures import FIXTURES_DIR, Fixture, all_fixtures
from scraper.extract import urls
from scraper.extract.extraction import extract
from scraper.extract.normalize import content_hash, translation_key

SITE_ORIGIN = "https://www.osce.org"
# Node ids of synthetic items start here, far above the real ones (about 665000 in
# 2026); an id some fixture page mentions is skipped.
VARIANT_ID_START = 900001
MISSING_ID = "899999"
DISALLOWED_ID = "899998"
DISALLOWED_PREFIX = "/internal/"
_SENTINEL = "http://sentinel.invalid"


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
        body = _fetched_host_relative(
            _own_alternates_relative(fx.html_path.read_bytes(), fx.url), fx.url)
        headers = fx.meta.get("headers") or {}
        content_type = headers.get("Content-Type") or "text/html"
        node_id = fx.expected.get("node_id")
        if fx.expected.get("archived_at"):
            # the page is another fixture's, as a web archive saved it: that one is served
            raise Unusable(f"news/{fx.name}: a web archive's capture of another page")
        if not node_id:
            raise Unusable(f"news/{fx.name}: no node id, so no newsroom can list it")
        parts = urlsplit(fx.url)
        if parts.hostname == "www.osce.org" and \
                urlsplit(str(fx.expected.get("url") or "")).hostname == "osce.org":
            # the copy serves www only: a page whose canonical moves it to the bare host
            # would be recorded at an address the copy's archives do not rewrite back
            raise Unusable(f"news/{fx.name}: its canonical address is on the bare host")
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        local = _local_fields(body, path, headers, fx.expected)
        return cls(fx.name, path, str(node_id), body, content_type, fx.expected, local)


def _fetched_host_relative(body: bytes, url: str) -> bytes:
    """Links written absolute on the host the fixture was fetched from, when that is not
    www (``https://osce.org/files/…`` on a page fetched from osce.org), made
    root-relative: served from 127.0.0.1 they stay this site's links, as they were."""
    host = urlsplit(url).hostname or ""
    if host == "www.osce.org" or not host.endswith("osce.org"):
        return body
    pattern = rb"""(href\s*=\s*["'])https?://""" + re.escape(host.encode()) + rb"""(/[^"']*["'])"""
    return re.sub(pattern, lambda m: m[1] + m[2], body, flags=re.I)


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
    return tuple(key for key in _sentinel_urls(body, path, headers)
                 if value_at(expected, key) is not None)


# what the sentinel extraction answered, by page: a build extracts each fixture once per
# process (a test process builds several copies of the same fixtures)
_SENTINEL_URLS: dict[tuple[bytes, str, str], tuple[str, ...]] = {}


def _sentinel_urls(body: bytes, path: str, headers: dict[str, Any]) -> tuple[str, ...]:
    """The dotted keys of the URL fields that come out on the sentinel origin."""
    memo = (hashlib.sha256(body).digest(), path, json.dumps(headers, sort_keys=True))
    if memo not in _SENTINEL_URLS:
        served = extract(body, _SENTINEL + path, "news", headers or None).records[0]
        _SENTINEL_URLS[memo] = tuple(key for key, value in _url_leaves(served)
                                     if value.startswith(_SENTINEL + "/"))
    return _SENTINEL_URLS[memo]


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


def value_at(record: Any, key: str) -> Any:
    """The value at a dotted key of a record (``attachments.0.url``), or None."""
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


def set_value_at(record: Any, key: str, value: Any) -> None:
    """Set the value at a dotted key of a record (every part of the key but the last exists)."""
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
        if not self.alias:
            return [self.path]
        if self.is_variant and self.fetched_as == self.template.path:
            # fetched from an address naming no node id (a date and a slug): the variant
            # would answer at its template's own address, so only its canonical serves it
            return [self.path]
        return [self.path, self.fetched_as]

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
            value = value_at(rec, key)
            if isinstance(value, str):
                set_value_at(rec, key, rebase(value, SITE_ORIGIN))
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


def sample_designs(templates: list[Template], count: int) -> list[Template]:
    """``count`` of the news fixtures, spread over them all (every k-th, so families and
    languages are mixed as in the whole), with what the site's traps and its Russian
    newsroom need: an item answering at ``/node/N`` and at its alias, Russian items,
    and English items at a plain ``/section/N`` (one of them is listed as ``/node/N``,
    which redirects to it)."""
    if not 0 < count <= len(templates):
        raise ValueError(f"designs: between 1 and {len(templates)}, got {count}")
    chosen: list[Template] = []
    two_addresses = next((t for t in templates if _answers_at_two_addresses(t)), None)
    russian = [t for t in templates if Item(t, t.node_id).path.startswith("/ru/")][:3]
    plain = [t for t in templates if _at_plain_address(t)]
    plain = plain[::max(1, len(plain) // 6)][:6]
    for t in ([two_addresses] if two_addresses else []) + russian + plain:
        if t not in chosen:
            chosen.append(t)
    step = len(templates) / count
    spread = (templates[int(i * step)] for i in range(count))
    chosen += [t for t in spread if t not in chosen][:count - len(chosen)]
    return sorted(chosen, key=templates.index)


def _at_plain_address(template: Template) -> bool:
    """An English item at ``/section/N`` alone (the redirect trap's kind of item)."""
    item = Item(template, template.node_id)
    return not item.alias and item.path.count("/") == 2 and "?" not in item.path \
        and not item.path.startswith(("/node/", "/ru/"))


def _answers_at_two_addresses(template: Template) -> bool:
    item = Item(template, template.node_id)
    return bool(item.alias) and item.fetched_as.startswith("/node/")


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

"""A local web archive of the offline site: a Wayback CDX endpoint and replay, and a
Common Crawl index server with its WARC files, on 127.0.0.1.

Built when served, from the offline copy (:func:`~scraper.devsite.sitegen.site_dir`,
itself built from the fixtures), deterministically.  Each news page of the copy, at
its live address ``https://www.osce.org/<path>``, has these captures:

- every third item, an older capture of a *changed* page (its headline then ended in
  "(draft)"): a second distinct content, for ``captures=all`` and merge's versions;
- a capture of the page as it is, and a later one of the same bytes (a duplicate
  digest);
- every fifth item, a still later capture that answered 404 (the page was gone for a
  while): the latest *200* capture is the one to read;
- every seventh item, the replay of its latest capture redirects to the earlier one
  of the same content (as Wayback sends a client to the nearest capture it has).

The newsroom and the home page are captured too (not news: the index query leaves
them out), the ``/node/N`` redirect as a 301 capture and the missing item as a 404.
Wayback replay: ``/web/<ts>id_/<URL>`` gives the original bytes, ``/web/<ts>/<URL>``
the playback page (toolbar, archive scripts, every URL rewritten), another timestamp
a 302 to the nearest capture.  Common Crawl: two crawls (``CC-MAIN-2019-35`` holds the
current captures of 2019, ``CC-MAIN-2021-43`` the later ones), ``/collinfo.json``,
``/<crawl>-index`` (paged, 20 rows a page) and the WARC files with byte ranges.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.devsite.routes import Mode, Reply, Site, SiteRequest
from scraper.devsite.server import serving
from scraper.devsite.sitegen import SITE_ORIGIN, load_routes, site_dir
from scraper.devsite.wayback import playback

CC_CRAWLS = {"CC-MAIN-2019-35": "2019", "CC-MAIN-2021-43": "2021"}
CC_PAGE_SIZE = 20
_ROBOTS = b"User-agent: *\nAllow: /\n"
_JSON = "application/json"
_TEXT_404 = (b"<html><body><h1>Not Found</h1><p>The archive has no capture of that address."
             b"</p></body></html>")


@dataclass(frozen=True)
class Snapshot:
    """One capture of the local archive."""

    original: str
    timestamp: str
    status: int
    mimetype: str
    body: bytes = field(repr=False)
    content_type: str = "text/html"    # as the site sent it (its charset included)
    location: str | None = None        # a 3xx capture's target
    replay_to: str | None = None       # its replay redirects to this timestamp

    @property
    def urlkey(self) -> str:
        return surt(self.original)

    @cached_property
    def digest(self) -> str:
        return base64.b32encode(hashlib.sha1(self.body).digest()).decode()

    @property
    def crawl(self) -> str | None:
        """The Common Crawl crawl that holds it (by year), or None."""
        for crawl, year in CC_CRAWLS.items():
            if self.timestamp.startswith(year):
                return crawl
        return None


def surt(url: str) -> str:
    """``https://www.osce.org/ru/odihr/1`` → ``org,osce)/ru/odihr/1``."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.lower() + (f"?{parts.query}" if parts.query else "")
    return ",".join(reversed(host.split("."))) + ")" + (path or "/")


def _changed(body: bytes, title: str) -> bytes | None:
    """The page as it was before its headline was settled, or None when the headline
    is not in the bytes as written."""
    raw = title.encode("utf-8")
    if raw not in body:
        return None
    return body.replace(raw, raw + b" (draft)")


def _timestamps(node_id: str) -> tuple[str, str, str, str]:
    """Old (changed), current, its duplicate, gone: a node's capture times."""
    n = int(node_id)
    day = f"{1 + n % 12:02d}{1 + n % 27:02d}"
    clock = f"{n % 24:02d}{n % 60:02d}{(n // 7) % 60:02d}"
    return (f"2016{day}{clock}", f"2019{day}{clock}", f"2021{day}{clock}",
            f"2023{day}{clock}")


class LocalArchive:
    """Every capture of the offline site, and the answers of the archive's services."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or site_dir()
        self.snapshots: list[Snapshot] = sorted(self._captures(),
                                                key=lambda s: (s.urlkey, s.timestamp))
        self.by_url: dict[str, list[Snapshot]] = {}
        for snap in self.snapshots:
            self.by_url.setdefault(snap.original, []).append(snap)
        self.warc: dict[str, bytes] = {}
        self.ranges: dict[tuple[str, str], tuple[str, int, int]] = {}
        self._write_warcs()

    # ---- what was captured --------------------------------------------------------
    def _captures(self) -> Iterator[Snapshot]:
        data = load_routes(self.root)
        records = {}
        for line in (self.root / "_expected" / "news.jsonl").read_text("utf-8").splitlines():
            rec = json.loads(line)
            for path in rec["_paths"]:
                records[path] = rec
        for i, route in enumerate(data["routes"]):
            path, kind = route["path"], route.get("kind")
            url = SITE_ORIGIN + path
            if kind == "item" and path in records:
                yield from self._item_captures(url, route, records[path])
            elif kind in ("listing", "home") and route.get("file"):
                body = (self.root / route["file"]).read_bytes()
                yield Snapshot(url, f"2020{1 + i % 12:02d}01000000", 200, "text/html", body)
            elif kind == "redirect":
                yield Snapshot(url, "20200101000000", route["status"], "text/html", b"",
                               location=SITE_ORIGIN + route["location"])
            elif kind == "missing":
                yield Snapshot(url, "20200101000000", 404, "text/html", _TEXT_404)

    def _item_captures(self, url: str, route: dict[str, Any],
                       record: dict[str, Any]) -> Iterator[Snapshot]:
        body = (self.root / route["file"]).read_bytes()
        content_type = route.get("content_type") or "text/html"
        mime = content_type.split(";")[0].strip()
        n = int(record["node_id"])
        old, now, again, gone = _timestamps(record["node_id"])
        changed = _changed(body, record.get("title") or "") if n % 3 == 0 else None
        if changed is not None:
            yield Snapshot(url, old, 200, mime, changed, content_type)
        yield Snapshot(url, now, 200, mime, body, content_type)
        yield Snapshot(url, again, 200, mime, body, content_type,
                       replay_to=now if n % 7 == 0 else None)
        if n % 5 == 0:
            yield Snapshot(url, gone, 404, "text/html", _TEXT_404)

    # ---- what a back-fill must find -----------------------------------------------
    def latest(self, source: str = "wayback") -> dict[str, Snapshot]:
        """Per news address, the capture a back-fill reads: the latest 200 (after the
        replay's redirect, for Wayback)."""
        out = {}
        for url, snaps in self.by_url.items():
            ok = [s for s in snaps if s.status == 200 and self.is_item(url)
                  and (source == "wayback" or s.crawl)]
            if not ok:
                continue
            chosen = ok[-1]
            if source == "wayback" and chosen.replay_to:
                chosen = next(s for s in snaps if s.timestamp == chosen.replay_to)
            out[url] = chosen
        return out

    @cached_property
    def item_urls(self) -> set[str]:
        data = load_routes(self.root)
        return {SITE_ORIGIN + r["path"] for r in data["routes"] if r.get("kind") == "item"}

    def is_item(self, url: str) -> bool:
        return url in self.item_urls

    # ---- Common Crawl's files -----------------------------------------------------
    def _write_warcs(self) -> None:
        for crawl in CC_CRAWLS:
            name = f"crawl-data/{crawl}/segments/0/warc/{crawl}-00000.warc.gz"
            out = io.BytesIO()
            writer = WARCWriter(out, gzip=True)
            for snap in self.snapshots:
                if snap.crawl != crawl:
                    continue
                start = out.tell()
                headers = [("Content-Type", snap.content_type),
                           ("Content-Length", str(len(snap.body)))]
                if snap.location:
                    headers.append(("Location", snap.location))
                http = StatusAndHeaders(f"{snap.status} X", headers, protocol="HTTP/1.1")
                # with the length known, warcio digests without a temporary copy
                record = writer.create_warc_record(
                    snap.original, "response", payload=io.BytesIO(snap.body),
                    length=len(snap.body), http_headers=http,
                    warc_headers_dict={"WARC-Date": _warc_date(snap.timestamp)})
                writer.write_record(record)
                self.ranges[(snap.original, snap.timestamp)] = (name, start,
                                                                out.tell() - start)
            self.warc[name] = out.getvalue()


def _warc_date(ts: str) -> str:
    return f"{ts[:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}Z"


# ---------------------------------------------------------------------------- the services
def _filters(values: list[str]) -> list[tuple[bool, str, str, str]]:
    """``[!][=~]field:value`` → (negated, how, field, value)."""
    out = []
    for value in values:
        negated = value.startswith("!")
        value = value.lstrip("!")
        how = value[0] if value[:1] in ("=", "~") else "re"
        value = value.lstrip("=~")
        name, _, pattern = value.partition(":")
        out.append((negated, how, name, pattern))
    return out


def _passes(row: dict[str, str], filters: list[tuple[bool, str, str, str]],
            full: bool) -> bool:
    for negated, how, name, pattern in filters:
        value = row.get(name, "")
        if how == "=":
            hit = value == pattern
        elif how == "~":
            hit = pattern in value
        else:
            hit = bool(re.fullmatch(pattern, value) if full else re.search(pattern, value))
        if hit == negated:
            return False
    return True


class ArchiveMode(Mode):
    """The server's answers: the archive's services instead of the site's routes."""

    name = "archive"

    def __init__(self, archive: LocalArchive) -> None:
        self.archive = archive

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        path = request.path
        if path == "/robots.txt":
            return Reply(200, [("Content-Type", "text/plain")], _ROBOTS)
        if path == "/cdx/search/cdx":
            return self.wayback_cdx(dict_multi(request.query))
        if path.startswith("/web/"):
            return self.replay(request)
        if path == "/collinfo.json":
            return self.collinfo(request)
        m = re.fullmatch(r"/(CC-MAIN-\d{4}-\d{2})-index", path)
        if m and m[1] in CC_CRAWLS:
            return self.cc_index(m[1], dict_multi(request.query))
        if path.lstrip("/") in self.archive.warc:
            return self.warc_range(path.lstrip("/"), request.headers.get("range"))
        return Reply(404, [("Content-Type", "text/html")], _TEXT_404)

    # ---- Wayback --------------------------------------------------------------------
    def wayback_cdx(self, query: dict[str, list[str]]) -> Reply:
        prefix = surt("http://" + _one(query, "url", "").removesuffix("*"))
        fields = _one(query, "fl", "urlkey,timestamp,original,mimetype,statuscode,digest,"
                      "length").split(",")
        filters = _filters(query.get("filter", []))
        start = _one(query, "from", "")
        end = _one(query, "to", "")
        limit = int(_one(query, "limit", "0") or 0)
        resume = _one(query, "resumeKey", "")
        rows = []
        for snap in self.archive.snapshots:
            if not snap.urlkey.startswith(prefix):
                continue
            if start and snap.timestamp < start.ljust(14, "0"):
                continue
            if end and snap.timestamp > end.ljust(14, "9"):
                continue
            row = {"urlkey": snap.urlkey, "timestamp": snap.timestamp,
                   "original": snap.original, "mimetype": snap.mimetype,
                   "statuscode": str(snap.status), "digest": snap.digest,
                   "length": str(len(snap.body))}
            if not _passes(row, filters, full=True):
                continue
            if resume and f"{snap.urlkey} {snap.timestamp}" <= resume:
                continue
            rows.append(row)
        more = None
        if limit and len(rows) > limit:
            rows = rows[:limit]
            more = f"{rows[-1]['urlkey']} {rows[-1]['timestamp']}"
        table: list[list[str]] = [fields] + [[r.get(f, "") for f in fields] for r in rows]
        if more and _one(query, "showResumeKey", "") == "true":
            table += [[], [more]]
        return Reply(200, [("Content-Type", _JSON)], json.dumps(table).encode())

    def replay(self, request: SiteRequest) -> Reply:
        m = re.match(r"^/web/(\d{1,14})([a-z]{2}_)?/(.+)$", request.target)
        if not m:
            return Reply(404, [("Content-Type", "text/html")], _TEXT_404)
        ts, modifier, original = m[1], m[2] or "", m[3]
        snaps = self.archive.by_url.get(original)
        if not snaps:
            return Reply(404, [("Content-Type", "text/html")], _TEXT_404)
        exact = next((s for s in snaps if s.timestamp == ts), None)
        if exact is None or exact.replay_to:
            target = exact.replay_to if exact else _nearest(snaps, ts).timestamp
            return Reply(302, [("Location", (f"{request.origin}/web/{target}{modifier}/"
                                            f"{original}"))])
        if exact.location:
            return Reply(302, [("Location", (f"{request.origin}/web/{ts}{modifier}/"
                                            f"{exact.location}"))])
        body = exact.body
        if modifier != "id_" and exact.status == 200:
            body = playback(body, original, ts, request.origin)
        return Reply(exact.status, [("Content-Type", exact.content_type)], body)

    # ---- Common Crawl -----------------------------------------------------------------
    def collinfo(self, request: SiteRequest) -> Reply:
        data = [{"id": crawl, "name": f"{crawl} index",
                 "cdx-api": f"{request.origin}/{crawl}-index"} for crawl in sorted(CC_CRAWLS)]
        return Reply(200, [("Content-Type", _JSON)], json.dumps(data).encode())

    def cc_index(self, crawl: str, query: dict[str, list[str]]) -> Reply:
        prefix = surt("http://" + _one(query, "url", "").removesuffix("*"))
        filters = _filters(query.get("filter", []))
        rows = []
        for snap in self.archive.snapshots:
            if snap.crawl != crawl or not snap.urlkey.startswith(prefix):
                continue
            name, offset, length = self.archive.ranges[(snap.original, snap.timestamp)]
            row = {"urlkey": snap.urlkey, "timestamp": snap.timestamp, "url": snap.original,
                   "mime": snap.mimetype, "status": str(snap.status), "digest": snap.digest,
                   "length": str(length), "offset": str(offset), "filename": name}
            if _passes(row, filters, full=False):
                rows.append(row)
        pages = (len(rows) + CC_PAGE_SIZE - 1) // CC_PAGE_SIZE
        if _one(query, "showNumPages", "") == "true":
            body = json.dumps({"pages": pages, "pageSize": CC_PAGE_SIZE, "blocks": pages})
            return Reply(200, [("Content-Type", _JSON)], body.encode())
        page = int(_one(query, "page", "0") or 0)
        chunk = rows[page * CC_PAGE_SIZE:(page + 1) * CC_PAGE_SIZE]
        if not chunk:
            return Reply(404, [("Content-Type", _JSON)], b'{"message": "No Captures found"}')
        text = "".join(json.dumps(r) + "\n" for r in chunk)
        return Reply(200, [("Content-Type", "text/x-ndjson")], text.encode())

    def warc_range(self, name: str, header: str | None) -> Reply:
        data = self.archive.warc[name]
        m = re.fullmatch(r"bytes=(\d+)-(\d+)", header or "")
        if not m:
            return Reply(200, [("Content-Type", "application/warc")], data)
        first, last = int(m[1]), min(int(m[2]), len(data) - 1)
        return Reply(206, [("Content-Type", "application/warc"),
                           ("Content-Range", f"bytes {first}-{last}/{len(data)}")],
                     data[first:last + 1])


def _nearest(snaps: list[Snapshot], ts: str) -> Snapshot:
    want = int(ts.ljust(14, "0"))
    return min(snaps, key=lambda s: abs(int(s.timestamp) - want))


def dict_multi(query: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        out.setdefault(key, []).append(value)
    return out


def _one(query: dict[str, list[str]], name: str, default: str) -> str:
    values = query.get(name)
    return values[-1] if values else default


def archive_serving(root: Path | None = None, port: int = 0) -> Any:
    """``with archive_serving() as running:`` the local archive on 127.0.0.1."""
    root = root or site_dir()
    return serving(root, mode=ArchiveMode(LocalArchive(root)), port=port)


# ---------------------------------------------------------------------------- command
def cmd_serve_archive(args: argparse.Namespace) -> int:
    with archive_serving(port=args.port) as running:
        archive = running.server.mode.archive    # type: ignore[attr-defined]
        print(f"local web archive of the offline site at {running.url}/ "
              f"({len(archive.snapshots)} captures; Ctrl-C to stop)\n"
              f"  Wayback CDX: {running.url}/cdx/search/cdx?url=osce.org/&matchType=prefix"
              f"&output=json\n  Common Crawl: {running.url}/collinfo.json", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("serve-archive", help="serve a local web archive of the offline site",
                       description="A Wayback CDX endpoint and replay, and a Common Crawl "
                       "index with WARC files, on 127.0.0.1, built from the offline copy.")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.set_defaults(func=cmd_serve_archive)


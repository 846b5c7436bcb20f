"""A loopback HTTP server for the offline copy of the site
(:func:`~scraper.devsite.sitegen.site_dir`).

Standard library only: a :class:`~http.server.ThreadingHTTPServer` on 127.0.0.1 and a
free port, answering from the site's ``_routes.json`` (files with the Content-Type and
charset their fixture declares, redirects, statuses), 404 for anything else, and
keeping an in-memory log of every request so tests can check what a crawl asked for.

How the server answers is a :class:`Mode`.  The plain :class:`Mode` answers from the
routes; :class:`FaultMode` answers chosen paths with a :class:`Fault` instead (500 then
success, 429 with Retry-After, a slow answer, a connection reset mid-body, a redirect
loop or off-site redirect, a decompression bomb, any body at all), for the first
``times`` requests of that path or for all of them:

    mode = FaultMode({"/secretariat/1": Status(status=503, times=2),
                      "/secretariat/2": Slow(seconds=5),
                      "/secretariat/3": GzipBomb(size=256 << 20)})
    with serving(mode=mode) as site:
        ...

Tests use :func:`serving`::

    with serving() as site:
        crawl(site.url + "/press-releases")
        assert "/search" not in site.log.paths()
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import logging
import socket
import struct
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from scraper.devsite.sitegen import ROUTES_FILE, site_dir
from scraper.output.paths import UnsafePath, inside

log = logging.getLogger(__name__)

_NOT_FOUND = (b"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
              b"<title>Page not found | OSCE</title></head>\n<body><h1>Page not found</h1>"
              b"<p>The requested page could not be found.</p></body></html>\n")


def route_key(target: str) -> str:
    """A request target as the routes name it: the path, then the query sorted by name."""
    parts = urlsplit(target)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return (parts.path or "/") + (f"?{query}" if query else "")


@dataclass(frozen=True)
class Route:
    path: str
    status: int = 200
    file: str | None = None
    content_type: str | None = None
    location: str | None = None
    kind: str = "page"


@dataclass(frozen=True)
class SiteRequest:
    """What a mode needs to know about a request."""

    method: str
    target: str                  # path + query as sent
    headers: dict[str, str]

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query

    @property
    def origin(self) -> str:
        host = self.headers.get("host", "")
        return f"http://{host}" if host else ""


@dataclass
class Reply:
    """An answer: status, headers, body (the handler adds Content-Length).

    ``delay`` and ``cut_after`` are faults of the connection, not of the answer: the
    handler waits ``delay`` seconds before answering, and resets the connection (TCP
    RST) after ``cut_after`` bytes of the body, Content-Length still promising all.
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0
    cut_after: int | None = None


class Site:
    """A built site directory: its routes, and the plain answer to each request."""

    def __init__(self, root: Path | None = None) -> None:
        root = self.root = root or site_dir()
        data = json.loads((root / ROUTES_FILE).read_text(encoding="utf-8"))
        self.routes: dict[str, Route] = {}
        for raw in data["routes"]:
            route = Route(**{k: raw[k] for k in ("path", "status", "file", "content_type",
                                                 "location", "kind") if k in raw})
            self.routes[route_key(route.path)] = route

    def route(self, target: str) -> Route | None:
        return self.routes.get(route_key(target))

    def reply(self, request: SiteRequest) -> Reply:
        route = self.route(request.target)
        if route is None:
            return not_found()
        if route.location is not None:
            return redirect(route.status, route.location, request)
        if route.file is None:
            return not_found() if route.status == 404 else Reply(route.status)
        try:
            body = inside(self.root, route.file).read_bytes()
        except (OSError, UnsafePath) as exc:
            log.error("route %s: cannot read %s: %s", route.path, route.file, exc)
            return Reply(500, [("Content-Type", "text/plain; charset=utf-8")],
                         b"cannot read the page's file\n")
        return Reply(route.status, [("Content-Type", route.content_type or "text/html")], body)


def redirect(status: int, location: str, request: SiteRequest) -> Reply:
    """A redirect; a path (``/x``) is made absolute on the server the request reached."""
    if location.startswith("/") and request.origin:
        location = request.origin + location
    return Reply(status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")],
                 b"<!DOCTYPE html>\n<title>Moved</title>\n")


def not_found() -> Reply:
    return Reply(404, [("Content-Type", "text/html; charset=utf-8")], _NOT_FOUND)


class Mode:
    """How the server answers a request: the hook for fault injection.

    Called from the server's threads, one call per request; a mode with state keeps
    it thread-safe.  Faults that are not an answer (a slow or cut connection) will be
    fields of :class:`Reply` that the handler honours when it writes.
    """

    name = "normal"

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        return site.reply(request)


# ---------------------------------------------------------------------------- faults
@dataclass(frozen=True, kw_only=True)
class Fault(ABC):
    """An answer given instead of the page: for the first ``times`` requests of its path,
    or for every request when ``times`` is None."""

    times: int | None = None

    @abstractmethod
    def reply(self, request: SiteRequest, site: Site) -> Reply:
        """The answer this fault gives."""


@dataclass(frozen=True, kw_only=True)
class Status(Fault):
    """A bare error status (500, 502, 503, 429, …), with ``Retry-After`` when given."""

    status: int = 503
    retry_after: str | None = None

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        headers = [("Content-Type", "text/plain; charset=utf-8")]
        if self.retry_after is not None:
            headers.append(("Retry-After", self.retry_after))
        return Reply(self.status, headers, f"{self.status} (injected)\n".encode())


@dataclass(frozen=True, kw_only=True)
class Slow(Fault):
    """The normal answer, ``seconds`` late: longer than the crawler's timeout."""

    seconds: float = 5.0

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        return replace(site.reply(request), delay=self.seconds)


@dataclass(frozen=True, kw_only=True)
class Reset(Fault):
    """The normal answer's headers and its first ``after`` bytes, then a TCP reset."""

    after: int = 512

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        return replace(site.reply(request), cut_after=self.after)


@dataclass(frozen=True, kw_only=True)
class Redirect(Fault):
    """A redirect to ``location``: a path on this server (``/x``) or any absolute URL."""

    location: str
    status: int = 302

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        return redirect(self.status, self.location, request)


@dataclass(frozen=True, kw_only=True)
class GzipBomb(Fault):
    """A small gzip body (about ``size`` / 1000 bytes) that expands to ``size`` bytes,
    sent as ``Content-Encoding: gzip`` HTML."""

    size: int = 64 << 20

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        return Reply(200, [("Content-Type", "text/html; charset=utf-8"),
                           ("Content-Encoding", "gzip")], gzip_bomb(self.size))


@dataclass(frozen=True, kw_only=True)
class Content(Fault):
    """Any body with any status: a hostile sitemap, a listing with planted links."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        return Reply(self.status, [("Content-Type", self.content_type)], self.body)


@cache
def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (made once per size, a MiB at a time)."""
    out = io.BytesIO()
    chunk = bytes(1 << 20)
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as gz:
        for _ in range(size >> 20):
            gz.write(chunk)
        gz.write(bytes(size & ((1 << 20) - 1)))
    return out.getvalue()


class FaultMode(Mode):
    """Answers the paths it is given with their fault, everything else normally.

    ``faults`` maps a request target (path, and query if any, as :func:`route_key`
    names it) to its :class:`Fault`; ``default`` applies to every other path.  Each
    path counts its own requests, so ``times=2`` fails the first two and serves the
    third.
    """

    name = "faults"

    def __init__(self, faults: Mapping[str, Fault] | None = None,
                 default: Fault | None = None) -> None:
        self.faults = {route_key(k): v for k, v in (faults or {}).items()}
        self.default = default
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        key = route_key(request.target)
        fault = self.faults.get(key, self.default)
        if fault is None:
            return site.reply(request)
        with self.lock:
            seen = self.hits[key]
            self.hits[key] += 1
        if fault.times is None or seen < fault.times:
            return fault.reply(request, site)
        return site.reply(request)


class FlakyMode(FaultMode):
    """Every path answers 503 with ``Retry-After: 1`` the first time, then normally."""

    name = "flaky"

    def __init__(self) -> None:
        super().__init__(default=Status(status=503, retry_after="1", times=1))


# ``osce-scraper serve --mode NAME``: modes that need no arguments
MODES: dict[str, type[Mode]] = {Mode.name: Mode, FlakyMode.name: FlakyMode}


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str
    status: int
    time: float                   # time.time() when the answer was chosen

    @property
    def target(self) -> str:
        return self.path + (f"?{self.query}" if self.query else "")


class RequestLog:
    """Every request the server answered, in order; safe to read while it serves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[LoggedRequest] = []

    def add(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self, since: int = 0) -> list[LoggedRequest]:
        """A copy of the log; ``since`` a :meth:`mark` to see only what came after it."""
        with self._lock:
            return list(self._entries[since:])

    def mark(self) -> int:
        with self._lock:
            return len(self._entries)

    def paths(self, since: int = 0) -> list[str]:
        return [e.path for e in self.entries(since)]

    def targets(self, since: int = 0) -> list[str]:
        return [e.target for e in self.entries(since)]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


class LocalSiteServer(ThreadingHTTPServer):
    """The site on 127.0.0.1; port 0 picks a free one (see :attr:`url`)."""

    daemon_threads = True
    # the socketserver default (5) drops connections a concurrent crawl opens at once;
    # the client's SYN retry then costs a second
    request_queue_size = 128

    def __init__(self, site: Site, mode: Mode | None = None, port: int = 0,
                 echo: bool = False) -> None:
        self.site = site
        self.mode = mode or Mode()
        self.log = RequestLog()
        self.echo = echo
        super().__init__(("127.0.0.1", port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: LocalSiteServer
    server_version = "osce-localsite/1.0"
    # keep-alive, as the real site does; every answer carries Content-Length
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        request = SiteRequest(self.command, self.path,
                              {k.lower(): v for k, v in self.headers.items()})
        try:
            reply = self.server.mode.reply(request, self.server.site)
        except Exception:
            log.exception("mode %s failed on %s", self.server.mode.name, self.path)
            reply = Reply(500, [("Content-Type", "text/plain; charset=utf-8")],
                          b"internal error\n")
        parts = urlsplit(self.path)
        # logged before a slow answer waits: the client may have given up by its end
        self.server.log.add(LoggedRequest(self.command, parts.path, parts.query, reply.status,
                                          time.time()))
        if reply.delay > 0:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if not (send_body and reply.body):
                return
            if reply.cut_after is not None:
                self.wfile.write(reply.body[:reply.cut_after])
                self._reset()
                return
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            # the client gave up first (a timeout): nobody is left to answer
            self.close_connection = True

    def _reset(self) -> None:
        """Abort the connection: linger 0 makes the close a TCP RST, not a FIN."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # the socket closes for real once the handler lets go of its files (finish())
        self.connection.close()

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.echo:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


@dataclass(frozen=True)
class RunningSite:
    """A server running in a thread: where it is and what it has been asked."""

    url: str
    log: RequestLog
    server: LocalSiteServer

    @property
    def site(self) -> Site:
        return self.server.site


@contextmanager
def serving(root: Path | None = None, mode: Mode | None = None,
            port: int = 0) -> Iterator[RunningSite]:
    """Serve ``root`` from a thread for the duration of the ``with`` block."""
    server = LocalSiteServer(Site(root), mode, port)
    # a short poll interval: shutdown() waits for the loop to notice, 0.5 s by default
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name="localsite", daemon=True)
    thread.start()
    try:
        yield RunningSite(server.url, server.log, server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# ---------------------------------------------------------------------------- command
def cmd_serve(args: argparse.Namespace) -> int:
    root = Path(args.dir) if args.dir else site_dir()
    if not (root / ROUTES_FILE).exists():
        print(f"osce-scraper: serve: {root} has no {ROUTES_FILE}; build one with "
              "'osce-scraper build-site --out DIR'", file=sys.stderr)
        return 2
    try:
        server = LocalSiteServer(Site(root), MODES[args.mode](), port=args.port,
                                 echo=not args.quiet)
    except OSError as exc:
        print(f"osce-scraper: serve: cannot listen on 127.0.0.1:{args.port}: {exc}",
              file=sys.stderr)
        return 1
    print(f"serving {root} at {server.url}/ ({server.mode.name}; Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="serve the offline copy of the site on 127.0.0.1",
                       description="Serves a site built by 'osce-scraper build-site' in the "
                       "foreground; prints its URL.")
    p.add_argument("dir", nargs="?", default=None, help="a site built by 'build-site --out "
                   "DIR' (default: the offline copy of the fixtures, built when they changed)")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument("--mode", choices=sorted(MODES), default=Mode.name,
                   help="how to answer (default %(default)s)")
    p.add_argument("--quiet", action="store_true", help="do not print each request")
    p.set_defaults(func=cmd_serve)

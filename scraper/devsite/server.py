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

The answering itself is in :mod:`scraper.devsite.routes` (the routes, the plain
:class:`Mode`) and :mod:`scraper.devsite.faults` (the faults and their modes); their
names can be imported from here too.
"""

from __future__ import annotations

import argparse
import logging
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scraper.devsite.faults import (
    Content,
    Fault,
    FaultMode,
    FlakyMode,
    GzipBomb,
    Redirect,
    Reset,
    Slow,
    Status,
    gzip_bomb,
)
from scraper.devsite.routes import Mode, Reply, Route, Site, SiteRequest, route_key
from scraper.devsite.sitegen import ROUTES_FILE, site_dir

log = logging.getLogger(__name__)

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


__all__ = ["MODES", "Content", "Fault", "FaultMode", "FlakyMode", "GzipBomb", "LocalSiteServer",
           "LoggedRequest", "Mode", "Redirect", "Reply", "RequestLog", "Reset", "Route",
           "RunningSite", "Site", "SiteRequest", "Slow", "Status", "gzip_bomb", "register",
           "route_key", "serving"]

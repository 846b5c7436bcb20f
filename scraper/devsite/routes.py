"""How the offline copy answers a request when nothing goes wrong: from its routes.

A built site's ``_routes.json`` read into :class:`Route` objects (:class:`Site`),
the request as a mode sees it (:class:`SiteRequest`), the answer (:class:`Reply`),
and :class:`Mode`, the plain way of answering that the fault modes of
:mod:`scraper.devsite.faults` depart from.  Served by :mod:`scraper.devsite.server`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
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

"""Faults the offline copy's server can give instead of a page, and the modes that give them.

A :class:`Fault` is one wrong answer (a bare status with or without ``Retry-After``,
a slow answer, a connection reset mid-body, a redirect, a decompression bomb, any
body at all); :class:`FaultMode` gives chosen paths their fault for the first
``times`` requests or for all of them; :class:`FlakyMode` fails every path once.
"""

from __future__ import annotations

import gzip
import io
import threading
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from scraper.devsite.routes import Mode, Reply, Site, SiteRequest, redirect, route_key


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

"""Downloader middlewares: retries with backoff and Retry-After, safe redirects."""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.internet import defer
from twisted.internet.error import (
    ConnectError,
    ConnectionDone,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web.client import ResponseFailed

log = logging.getLogger(__name__)

_NETWORK_ERRORS = (ConnectError, ConnectionDone, ConnectionLost, ConnectionRefusedError,
                   DNSLookupError, TCPTimedOutError, TimeoutError, ResponseFailed, OSError)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds to wait: delta-seconds or an HTTP date."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def _sleep(seconds: float) -> defer.Deferred[None]:
    # Imported here, not at module level: Scrapy's spider loader imports every module
    # of the spiders package, and importing the reactor installs Twisted's default one
    # before Scrapy can install the asyncio reactor its settings ask for.
    from twisted.internet import reactor

    d: defer.Deferred[None] = defer.Deferred()
    reactor.callLater(seconds, d.callback, None)  # type: ignore[attr-defined]
    return d


class BackoffRetryMiddleware:
    """Retry 429/5xx and network errors with exponential backoff, honouring Retry-After."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.max_tries = s.getint("OSCE_RETRY_TIMES", 4)
        self.codes = set(s.getlist("OSCE_RETRY_HTTP_CODES", [429, 500, 502, 503, 504]))
        self.base = s.getfloat("OSCE_RETRY_BACKOFF_BASE", 2.0)
        self.cap = s.getfloat("OSCE_RETRY_BACKOFF_MAX", 120.0)
        self.retry_after_cap = s.getfloat("OSCE_RETRY_AFTER_MAX", 600.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        return cls(crawler)

    def _stats(self, key: str) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(key)

    async def process_response(self, request: Request, response: Response,
                               spider: Spider | None = None) -> Request | Response:
        if response.status not in self.codes or request.meta.get("dont_retry"):
            return response
        wait = None
        if response.status in (429, 503):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait is not None:
                wait = min(wait, self.retry_after_cap)
        return await self._retry(request, f"HTTP {response.status}", wait) or response

    async def process_exception(self, request: Request, exception: BaseException,
                                spider: Spider | None = None) -> Request | None:
        if isinstance(exception, IgnoreRequest) or request.meta.get("dont_retry"):
            return None
        if not isinstance(exception, _NETWORK_ERRORS):
            return None
        return await self._retry(request, type(exception).__name__, None)

    async def _retry(self, request: Request, reason: str, wait: float | None) -> Request | None:
        tries = request.meta.get("osce_retry_times", 0) + 1
        if tries > self.max_tries:
            log.error("gave up on %s after %d tries (%s)", request.url, tries, reason)
            self._stats(f"osce/retry/gave_up/{reason}")
            return None
        if wait is None:
            wait = min(self.cap, self.base * (2 ** (tries - 1)))
        log.info("retrying %s in %.1f s (try %d of %d): %s", request.url, wait, tries,
                 self.max_tries, reason)
        self._stats(f"osce/retry/{reason}")
        if wait > 0:
            await _sleep(wait)
        new = request.replace(dont_filter=True)
        new.meta["osce_retry_times"] = tries
        new.priority = request.priority + 1
        return new


def _is_private(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    for info in infos:
        try:
            addr = ipaddress.ip_address(info[4][0])
        except ValueError:
            continue
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return True
    return False


class SafeRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, kept on the crawl's hosts and off private addresses."""

    def _allowed(self, spider: Spider, url: str) -> str | None:
        host = (urlsplit(url).hostname or "").lower()
        allowed = [d.lower() for d in getattr(spider, "allowed_domains", None) or []]
        if allowed and not any(host == d or host.endswith("." + d) for d in allowed):
            return "another host"
        start_hosts = {h.lower() for h in getattr(spider, "start_hosts", set())}
        if host not in start_hosts and _is_private(host):
            return "a private or loopback address"
        return None

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Any:
        spider = spider or self.crawler.spider
        location = response.headers.get(b"Location")
        if response.status in (301, 302, 303, 307, 308) and location:
            target = urljoin(request.url, location.decode("latin-1"))
            why = self._allowed(spider, target)
            if why:
                log.warning("redirect from %s to %s not followed: %s", request.url, target, why)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("osce/skipped/redirect_refused")
                raise IgnoreRequest(f"redirect to {why}")
        return super().process_response(request, response)

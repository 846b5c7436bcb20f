"""Downloader middlewares: retries with backoff and Retry-After, safe redirects, no
private addresses, decompression within the size limit, failures counted by kind;
spider middlewares: broken sitemaps said out loud, the optional ``body_html``.

Where each stands (``DOWNLOADER_MIDDLEWARES`` in settings.py) and what it counts
(stats the run report groups under ``failures``):

=====  ===============================  =================================================
  20   FailureCountMiddleware           ``osce/http_error/<status>`` (final status),
                                        ``osce/download_failed/<kind>``: timeout,
                                        connection_error, size_limit, other
  40   PrivateAddressMiddleware         ``osce/skipped/private_address``
 550   BackoffRetryMiddleware           ``osce/retry/<reason>``, ``osce/retry/gave_up/…``
 590   SizeLimitedCompressionMiddleware ``osce/download_failed/size_limit`` (decompressed)
 600   SafeRedirectMiddleware           ``osce/skipped/redirect_refused``,
                                        ``osce/redirect_refused/<why>``,
                                        ``osce/skipped/redirect_loop``
=====  ===============================  =================================================
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import re
import socket
import time
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.url import url_is_from_any_domain
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

# Scrapy >= 2.14 wraps Twisted's errors in its own (DownloadTimeoutError, …); both kinds
# are listed, as in Scrapy's own RETRY_EXCEPTIONS.  DownloadCancelledError (the size
# limit) is not: the same page would be as big the next time.
_TIMEOUTS = (DownloadTimeoutError, TimeoutError, TCPTimedOutError)
_NETWORK_ERRORS = (*_TIMEOUTS, DownloadFailedError, ResponseDataLossError,
                   DownloadConnectionRefusedError, CannotResolveHostError,
                   ConnectError, ConnectionDone, ConnectionLost, ConnectionRefusedError,
                   DNSLookupError, ResponseFailed, OSError)


def failure_kind(exception: BaseException) -> str:
    """The kind a download failure is counted under in the run report."""
    if isinstance(exception, _TIMEOUTS):
        return "timeout"
    if isinstance(exception, DownloadCancelledError):
        # the HTTP handler cancels a download only when it passes DOWNLOAD_MAXSIZE
        return "size_limit"
    if isinstance(exception, _NETWORK_ERRORS):
        return "connection_error"
    return "other"


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
            # asyncio.sleep under the asyncio reactor: awaiting a bare Deferred there
            # fails ("Task got bad yield"), which lost every retried page
            await sleep(wait)
        new = request.replace(dont_filter=True)
        new.meta["osce_retry_times"] = tries
        new.priority = request.priority + 1
        return new


# ---------------------------------------------------------------------------- addresses
def _literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names by itself, without DNS: ``10.0.0.1``, ``[::1]``, and the
    forms the C resolver also reads as IPv4 (``127.1``, ``2130706433``, ``0x7f.1``)."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _not_public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved
            or addr.is_multicast or addr.is_unspecified or not addr.is_global)


@lru_cache(maxsize=256)
def _resolves_to_private(host: str) -> bool:
    # blocking, but asked only for a host on the allowed domains other than the start
    # hosts (osce.org beside www.osce.org), once per host
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False          # the download will fail on its own, and be counted
    for info in infos:
        try:
            if _not_public(ipaddress.ip_address(info[4][0])):
                return True
        except ValueError:
            continue
    return False


def _origin(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return (parts.hostname or "").lower(), port or default


def _start_origins(spider: Spider) -> set[tuple[str, int | None]]:
    args = getattr(spider, "args", None)
    return {_origin(u) for u in getattr(args, "start_urls", None) or []}


def _on_allowed_domains(host: str, spider: Spider) -> bool:
    allowed = getattr(spider, "allowed_domains", None) or []
    return not allowed or url_is_from_any_domain(f"http://{host}/", allowed)


def private_destination(url: str, spider: Spider) -> bool:
    """Whether ``url`` leads to a private, loopback, link-local or reserved address that
    is not a start URL's own origin (host and port): the crawl must not go there.

    A host off the allowed domains is never resolved here (the offsite filter refuses
    it without asking DNS); an address written as such, or ``localhost``, needs no DNS.
    """
    if _origin(url) in _start_origins(spider):
        return False
    host = (urlsplit(url).hostname or "").lower()
    addr = _literal_address(host)
    if addr is not None:
        return _not_public(addr)
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if not host or not _on_allowed_domains(host, spider):
        return False
    return _resolves_to_private(host)


def _stats(crawler: Crawler, key: str) -> None:
    if crawler.stats:
        crawler.stats.inc_value(key)


class PrivateAddressMiddleware:
    """Refuse, before any connection, a request to a private or link-local address other
    than the start URL's own (a link to ``127.0.0.1:6379``, a host of the site that
    resolves into the intranet, the cloud metadata address)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        if spider is not None and private_destination(request.url, spider):
            log.warning("refused %s: a private or loopback address other than the start "
                        "URL's", request.url)
            _stats(self.crawler, "osce/skipped/private_address")
            raise IgnoreRequest(f"private address: {request.url}")


class FailureCountMiddleware:
    """Count each request that finally failed, after every retry: by the HTTP status it
    ended on (``osce/http_error/<status>``) or by the kind of download error
    (``osce/download_failed/<kind>``).

    Outermost of the downloader middlewares, so it sees only what the others, the
    retry middleware first, did not turn into another try; and whatever the spider's
    errbacks do with it later.  Refusals (robots.txt, offsite, private addresses,
    redirects) are counted where they are decided.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FailureCountMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        # a site without robots.txt is no failure: robots.txt's own request says so
        if response.status >= 400 and not request.meta.get("dont_obey_robotstxt"):
            _stats(self.crawler, f"osce/http_error/{response.status}")
        return response

    def process_exception(self, request: Request, exception: BaseException,
                          spider: Spider | None = None) -> None:
        if not isinstance(exception, IgnoreRequest):
            _stats(self.crawler, f"osce/download_failed/{failure_kind(exception)}")


class SizeLimitedCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression (which stops at DOWNLOAD_MAXSIZE and logs the URL), with
    the refusal counted: a decompression bomb is a size-limit failure like any other."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            if self.stats:
                self.stats.inc_value("osce/download_failed/size_limit")
            raise


class SafeRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, kept on the crawl's hosts and off private addresses, with
    loops and over-long chains stopped, logged and counted."""

    def _refusal(self, spider: Spider, url: str) -> tuple[str, str] | None:
        """(counting key, reason) when the redirect must not be followed."""
        if private_destination(url, spider):
            return "private_address", "a private or loopback address"
        host = (urlsplit(url).hostname or "").lower()
        if urlsplit(url).scheme not in ("http", "https") or not host \
                or not _on_allowed_domains(host, spider):
            return "another_host", "another host"
        return None

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Any:
        spider = spider or self.crawler.spider
        location = response.headers.get(b"Location")
        if response.status not in (301, 302, 303, 307, 308) or not location \
                or request.meta.get("dont_redirect"):
            return super().process_response(request, response)
        target = urljoin(request.url, location.decode("latin-1"))
        refusal = self._refusal(spider, target) if spider is not None else None
        if refusal:
            key, why = refusal
            log.warning("redirect from %s to %s not followed: %s", request.url, target, why)
            _stats(self.crawler, "osce/skipped/redirect_refused")
            _stats(self.crawler, f"osce/redirect_refused/{key}")
            raise IgnoreRequest(f"redirect to {why}")
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            log.warning("redirect loop: %s leads back to %s (%s); given up", request.url,
                        target, " -> ".join([*chain, target]))
            _stats(self.crawler, "osce/skipped/redirect_loop")
            raise IgnoreRequest("redirect loop")
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            # Scrapy's own limit (REDIRECT_MAX_TIMES), which it logs only at DEBUG
            log.warning("too many redirects from %s (more than %d): given up at %s",
                        chain[0], self.max_redirect_times, target)
            _stats(self.crawler, "osce/skipped/redirect_loop")
            raise


# ---------------------------------------------------------------------------- spider side
_SITEMAP_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b")


class SitemapCheckMiddleware:
    """Log and count a sitemap the parser could read only in part.

    Scrapy's sitemap parser recovers from errors by stopping: a sitemap cut short, or
    one whose entities would expand past libxml2's amplification limit (the "billion
    laughs"), yields the URLs before the fault and silently none after it.  This reads
    the sitemap once more, with the same parser options, only to say so.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SitemapCheckMiddleware:
        return cls(crawler)

    def process_spider_input(self, response: Response) -> None:
        if isinstance(response, HtmlResponse) or not _SITEMAP_ROOT.search(response.body[:65536]):
            return
        parser = etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False,
                                 no_network=True)
        with contextlib.suppress(etree.XMLSyntaxError):   # what was read is enough
            etree.fromstring(response.body, parser)
        fatal = [e for e in parser.error_log if e.level == etree.ErrorLevels.FATAL]
        if fatal:
            log.warning("sitemap %s is broken at line %d (%s): URLs after it are not crawled",
                        response.url, fatal[0].line, fatal[0].message)
            _stats(self.crawler, "osce/skipped/broken_sitemap")


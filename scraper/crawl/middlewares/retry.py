"""Retries with exponential backoff that honour ``Retry-After`` (``osce/retry/<reason>``,
``osce/retry/gave_up/<reason>``)."""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.asyncio import sleep

from scraper.crawl.middlewares.failures import NETWORK_ERRORS

log = logging.getLogger(__name__)


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
        if not isinstance(exception, NETWORK_ERRORS):
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


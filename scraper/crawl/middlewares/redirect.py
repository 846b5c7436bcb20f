"""Redirects kept on the crawl's hosts and off private addresses; loops stopped
(``osce/skipped/redirect_refused``, ``osce/redirect_refused/<why>``,
``osce/skipped/redirect_loop``)."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from scraper.crawl.middlewares.addresses import on_allowed_domains, private_destination

log = logging.getLogger(__name__)


def _stats(crawler: Crawler, key: str) -> None:
    if crawler.stats:
        crawler.stats.inc_value(key)


class SafeRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, kept on the crawl's hosts and off private addresses, with
    loops and over-long chains stopped, logged and counted."""

    def _refusal(self, spider: Spider, url: str) -> tuple[str, str] | None:
        """(counting key, reason) when the redirect must not be followed."""
        if private_destination(url, spider):
            return "private_address", "a private or loopback address"
        host = (urlsplit(url).hostname or "").lower()
        if urlsplit(url).scheme not in ("http", "https") or not host \
                or not on_allowed_domains(host, spider):
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


"""Failures counted by kind: the outermost downloader middleware.

``osce/http_error/<status>`` for the final status, ``osce/download_failed/<kind>``
(timeout, connection_error, size_limit, other) for download errors; the run report
groups them under ``failures``."""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
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
TIMEOUTS = (DownloadTimeoutError, TimeoutError, TCPTimedOutError)
NETWORK_ERRORS = (*TIMEOUTS, DownloadFailedError, ResponseDataLossError,
                   DownloadConnectionRefusedError, CannotResolveHostError,
                   ConnectError, ConnectionDone, ConnectionLost, ConnectionRefusedError,
                   DNSLookupError, ResponseFailed, OSError)


def failure_kind(exception: BaseException) -> str:
    """The kind a download failure is counted under in the run report."""
    if isinstance(exception, TIMEOUTS):
        return "timeout"
    if isinstance(exception, DownloadCancelledError):
        # the HTTP handler cancels a download only when it passes DOWNLOAD_MAXSIZE
        return "size_limit"
    if isinstance(exception, NETWORK_ERRORS):
        return "connection_error"
    return "other"


def _stats(crawler: Crawler, key: str) -> None:
    if crawler.stats:
        crawler.stats.inc_value(key)


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

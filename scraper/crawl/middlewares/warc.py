"""Downloader middleware: every response into the WARC archive (``-s WARC_ENABLED=1``)."""

from __future__ import annotations

import logging
from http import HTTPStatus
from pathlib import Path

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from scraper.crawl.warc import WarcArchive

log = logging.getLogger(__name__)


def _pairs(headers: object) -> list[tuple[str, str]]:
    out = []
    for name, values in headers.items():  # type: ignore[attr-defined]
        for value in values:
            out.append((name.decode("latin-1"), value.decode("latin-1")))
    return out


class WarcArchiveMiddleware:
    """Store each response as received, with its request, in WARC_DIR (rotated by size).

    Placed next to the downloader, so it sees responses before decompression,
    retries and redirects change them: the archive is what the site sent.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.archive: WarcArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveMiddleware:
        if not crawler.settings.getbool("WARC_ENABLED"):
            raise NotConfigured
        mw = cls(crawler)
        crawler.signals.connect(mw.opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.closed, signal=signals.spider_closed)
        return mw

    def opened(self, spider: Spider) -> None:
        from scraper.crawl.run import run_id

        settings = self.crawler.settings
        self.archive = WarcArchive(Path(settings.get("WARC_DIR", "archive")),
                                   prefix=f"{spider.name}-{run_id(self.crawler)}",
                                   max_size=settings.getint("WARC_MAX_SIZE", 100 * 2**20),
                                   software=str(settings.get("USER_AGENT")))
        log.info("archiving responses as WARC in %s", self.archive.directory)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        if self.archive is not None:
            try:
                phrase = HTTPStatus(response.status).phrase
            except ValueError:
                phrase = ""
            try:
                self.archive.write(response.url, response.status, phrase,
                                   _pairs(response.headers), response.body, request.method,
                                   _pairs(request.headers), kind=request.meta.get("osce_kind"))
            except OSError as exc:
                # the crawl goes on without its archive rather than stopping
                log.error("cannot archive %s: %s", response.url, exc)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("osce/warc_errors")
            else:
                if self.crawler.stats:
                    self.crawler.stats.inc_value("osce/warc_records")
        return response

    def closed(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None

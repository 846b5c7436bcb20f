"""Progress a person can read during a long crawl."""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

log = logging.getLogger("osce.progress")


class Progress:
    """One line every PROGRESS_INTERVAL seconds: pages, items, listing page, rate, errors."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        ext = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL", 30.0))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self) -> None:
        if self.interval > 0:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def closed(self) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        self.report(final=True)

    def line(self) -> str:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        pages = stats.get("response_received_count", 0)
        items = stats.get("item_scraped_count", 0)
        listing = stats.get("osce/listing_pages", 0)
        errors = sum(v for k, v in stats.items()
                     if k.startswith(("osce/skipped/", "osce/rejected", "log_count/ERROR"))
                     and isinstance(v, int))
        elapsed = max(1e-6, time.monotonic() - self.started)
        return (f"progress: {pages} pages fetched, {items} items written, listing page "
                f"{listing}, {pages / elapsed * 60:.0f} pages/min, {errors} errors/skips")

    def report(self, final: bool = False) -> None:
        log.info("%s%s", self.line(), " (done)" if final else "")

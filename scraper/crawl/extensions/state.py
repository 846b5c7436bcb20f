"""State: remember each written record (and each rejected page) in the crawl state.

An extension, not a pipeline: it acts on the writer's ``record_written`` signal,
sent once the record's line is on disk, so state and output agree after a crash.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from scraper.crawl.run import run_id
from scraper.crawl.state import CrawlState, open_state
from scraper.extract.items import PageRecord
from scraper.output.signals import record_rejected, record_written

log = logging.getLogger(__name__)


class CrawlStateExtension:
    """Record written items, rejected pages and each run in STATE_DIR (or Redis)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.state: CrawlState | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlStateExtension:
        if not crawler.settings.getbool("STATE_ENABLED", True):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.written, signal=record_written)
        crawler.signals.connect(ext.rejected, signal=record_rejected)
        return ext

    def opened(self, spider: Spider) -> None:
        self.state = open_state(self.crawler.settings)
        mode = getattr(getattr(spider, "args", None), "mode", "full")
        self.state.start_run(run_id(self.crawler), spider.name, mode)

    def written(self, record: dict[str, Any], item: PageRecord) -> None:
        if self.state is None or item.kind != "news":
            return
        requested = [u for u in (item.requested_url, item.fetched_url) if u]
        self.state.record_item(record, requested, run_id(self.crawler))

    def rejected(self, record: dict[str, Any], item: PageRecord, reasons: Any) -> None:
        if self.state is None or item.kind != "news":
            return
        for url in {item.requested_url, item.fetched_url} - {None}:
            self.state.record_gone(str(url), "rejected")

    def closed(self, spider: Spider, reason: str) -> None:
        if self.state is None:
            return
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        counts = {k.split("/", 1)[1]: v for k, v in stats.items()
                  if k.startswith("osce/") and isinstance(v, int | float)}
        self.state.finish_run(run_id(self.crawler), reason, counts)
        self.state.close()
        self.state = None

"""Normalize: the first pipeline; the same functions the command line uses."""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler

from scraper.crawl.run import run_id
from scraper.extract.items import PageRecord
from scraper.extract.normalize import normalize_navigation, normalize_news, utc_now

log = logging.getLogger(__name__)


class NormalizePipeline:
    """Raw page-object records to written values (ISO dates, NFC text, lists, ids)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        return cls(crawler)

    def process_item(self, item: PageRecord, spider: Spider | None = None) -> PageRecord:
        if item.kind == "navigation":
            item.record, problems = normalize_navigation(item.raw.values)
        else:
            item.record, problems = normalize_news(
                item.raw, fetched_at=item.fetched_at or utc_now(), run_id=run_id(self.crawler))
        item.problems = problems
        for problem in problems:
            log.warning("%s: %s", item.record.get("url"), problem)
            if self.stats:
                self.stats.inc_value(f"osce/normalize/{problem.split(':', 1)[0]}")
        return item

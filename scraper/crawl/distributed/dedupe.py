"""Distributed mode's deduplication: one record per key across every worker."""

from __future__ import annotations

import json
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from pipelines.dedupe import DedupePipeline
from scraper.extract.items import PageRecord
from scraper.output.schema import record_key


class SharedDedupePipeline(DedupePipeline):
    """Distributed mode: one record per key across every worker of the crawl.

    Each key is claimed in a Redis set (``<prefix>:<spider>:records``) that
    ``osce-scraper enqueue`` empties when a crawl starts: an item reached at two
    addresses by two workers is written by whichever claims it first.
    """

    def __init__(self, crawler: Crawler, server: Any, key: str) -> None:
        super().__init__(crawler)
        self.server = server
        self.key = key

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedDedupePipeline:
        from scrapy_redis.connection import get_redis_from_settings

        from scraper.crawl.distributed.runner import DEFAULT_PREFIX, keys

        prefix = crawler.settings.get("OSCE_REDIS_PREFIX") or DEFAULT_PREFIX
        key = keys(crawler.spidercls.name or "spider", prefix).records
        return cls(crawler, get_redis_from_settings(crawler.settings), key)

    def process_item(self, item: PageRecord) -> PageRecord:
        item = super().process_item(item)
        key = json.dumps([item.kind, *record_key(item.record)], ensure_ascii=False)
        if not self.server.sadd(self.key, key):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("osce/duplicates")
            raise DropItem(f"duplicate {key}: another worker of the crawl wrote it",
                           log_level="INFO")
        return item

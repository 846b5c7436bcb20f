"""Deduplicate: one record per canonical URL and language within a run."""

from __future__ import annotations

import json
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from pipelines.schema import kind_of, record_key


class DedupePipeline:
    """Drop a record whose kind, canonical URL and language this run has already passed on."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[tuple[str, str | None, str | None]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        key = (kind_of(item), *record_key(item))
        if key in self.seen:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("osce/duplicates")
            # the same page reached twice (two listings, a redirect): expected, so not a warning
            raise DropItem(f"duplicate {key[0]} record {key[1]} ({key[2] or 'no language'})",
                           log_level="INFO")
        self.seen.add(key)
        return item


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

        from scraper.distributed import DEFAULT_PREFIX, keys

        prefix = crawler.settings.get("OSCE_REDIS_PREFIX") or DEFAULT_PREFIX
        key = keys(crawler.spidercls.name or "spider", prefix).records
        return cls(crawler, get_redis_from_settings(crawler.settings), key)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        item = super().process_item(item)
        key = json.dumps([kind_of(item), *record_key(item)], ensure_ascii=False)
        if not self.server.sadd(self.key, key):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("osce/duplicates")
            raise DropItem(f"duplicate {key}: another worker of the crawl wrote it",
                           log_level="INFO")
        return item

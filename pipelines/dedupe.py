"""Deduplicate: one record per canonical URL and language within a run."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from scraper.extract.items import PageRecord
from scraper.output.schema import record_key


class DedupePipeline:
    """Drop a record whose kind, canonical URL and language this run has already passed on."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[tuple[str | None, ...]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: PageRecord) -> PageRecord:
        key: tuple[str | None, ...] = (item.kind, *record_key(item.record))
        if getattr(self.crawler.spider, "keeps_versions", False):
            # a back-fill of every capture: each capture of a page is a version of it
            key = (*key, item.record.get("archived_at"))
        if key in self.seen:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("osce/duplicates")
            # the same page reached twice (two listings, a redirect): expected, so not a warning
            raise DropItem(f"duplicate {key[0]} record {key[1]} ({key[2] or 'no language'})",
                           log_level="INFO")
        self.seen.add(key)
        return item

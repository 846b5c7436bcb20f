"""Normalize: the first pipeline; the same functions the command line uses."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from scraper.normalize import normalize_navigation, normalize_news

log = logging.getLogger(__name__)


class NormalizePipeline:
    """Raw page-object records to written values (ISO dates, NFC text, lists, ids)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        kind = item.get("_kind", "news")
        meta = {k: v for k, v in item.items() if k.startswith("_") and k != "_warnings"}
        if kind == "navigation":
            record, problems = normalize_navigation(item)
        else:
            record, problems = normalize_news(item)
        for problem in problems:
            log.warning("%s: %s", record.get("url"), problem)
            if self.stats:
                self.stats.inc_value(f"osce/normalize/{problem.split(':', 1)[0]}")
        record.update(meta)
        return record

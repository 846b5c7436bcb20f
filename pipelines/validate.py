"""Validate: records that break the published schema go to rejects, with every reason."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from scraper.crawl.run import output_path, run_id
from scraper.extract.items import PageRecord
from scraper.output.jsonl import JsonLinesWriter
from scraper.output.schema import check
from scraper.output.signals import record_rejected

log = logging.getLogger(__name__)


class ValidatePipeline:
    """Check each record against ``schema/``; an invalid one goes to rejects.jsonl, not on."""

    def __init__(self, crawler: Crawler, fsync: bool) -> None:
        self.crawler = crawler
        self.fsync = fsync
        self.rejects: JsonLinesWriter | None = None   # opened at the first reject

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler, crawler.settings.getbool("OUTPUT_FSYNC"))

    def process_item(self, item: PageRecord) -> PageRecord:
        kind, record = item.kind, item.record
        reasons = check(record, kind)
        if not reasons:
            return item
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("osce/rejected")
        for reason in reasons:
            stats.inc_value(f"osce/reject_reason/{reason.key}")
        if self.rejects is None:
            self.rejects = JsonLinesWriter(output_path(self.crawler, "OUTPUT_REJECTS_FILE"),
                                           fsync=self.fsync).open()
        url = record.get("url") or item.fetched_url
        self.rejects.write({
            "run_id": run_id(self.crawler),
            "kind": kind,
            "url": url,
            "fetched_url": item.fetched_url,
            "reasons": [r.as_dict() for r in reasons],
            "record": record,
        })
        self.crawler.signals.send_catch_log(signal=record_rejected, record=record, item=item,
                                            reasons=reasons)
        raise DropItem(f"invalid {kind} record {url}: " + "; ".join(map(str, reasons)),
                       log_level="WARNING")

    def close_spider(self) -> None:
        if self.rejects is not None:
            self.rejects.close()

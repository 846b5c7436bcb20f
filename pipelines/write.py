"""Write: the run's dataset as JSON Lines, keys in schema order, crash-safe."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from scraper.crawl.run import output_path
from scraper.extract.items import PageRecord, ordered
from scraper.output.jsonl import JsonLinesWriter
from scraper.output.schema import KINDS
from scraper.output.signals import record_written

log = logging.getLogger(__name__)


class WritePipeline:
    """Append each record to OUTPUT_DIR/OUTPUT_FILE and pass on exactly what was written."""

    def __init__(self, crawler: Crawler, fsync: bool) -> None:
        self.crawler = crawler
        self.fsync = fsync
        self.writer: JsonLinesWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WritePipeline:
        return cls(crawler, crawler.settings.getbool("OUTPUT_FSYNC"))

    def open_spider(self) -> None:
        # opened at the start, so a cut line left by a killed run is set aside at once
        self.writer = JsonLinesWriter(output_path(self.crawler, "OUTPUT_FILE"),
                                      fsync=self.fsync).open()
        log.info("writing records to %s", self.writer.path)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("osce/output_file", str(self.writer.path))
        if self.writer.partial:
            self.crawler.stats.set_value("osce/partial_file", str(self.writer.partial))

    def process_item(self, item: PageRecord) -> PageRecord:
        assert self.writer is not None
        assert self.crawler.stats is not None
        kind = item.kind
        record = item.record = ordered(item.record, KINDS[kind])
        try:
            self.writer.write(record)
        except OSError as exc:
            # a full disk or a lost mount: every further record would fail the same way
            log.error("cannot write to %s: %s; stopping the crawl", self.writer.path, exc)
            self.crawler.stats.inc_value("osce/write_errors")
            if self.crawler.engine:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="write_failed"))
            raise DropItem(f"not written: {exc}") from exc
        self.crawler.stats.inc_value(f"osce/written/{kind}")
        # only now that the line is on disk may the crawl state remember the record
        self.crawler.signals.send_catch_log(signal=record_written, record=record, item=item)
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.close()

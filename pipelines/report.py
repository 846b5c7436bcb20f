"""Run report: what a crawl fetched, wrote, rejected and skipped, which monitors failed,
and the exit status.

At the end of each crawl ``OUTPUT_DIR/runs/<run id>.json`` says how it went; its
``failures`` counts every page the crawl gave up on by kind (timeouts, connection
errors, size limit, refused redirects, HTTP errors, …; see
:func:`scraper.crawl.stats.failures`).  The Spidermon monitors
(:mod:`scraper.crawl.monitors`) ran just before, on the same spider_closed signal: the
report names those that failed (``alarm``, ``monitors``), and ``exit_status`` is what
every way of starting a crawl returns (:mod:`scraper.crawl.outcome`).  A Scrapyd job,
whose exit status Scrapyd does not keep, has it here.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from scraper.crawl import monitors as mon
from scraper.crawl.outcome import OUTCOME_STAT, STATUS_STAT, decide
from scraper.crawl.run import output_dir, run_id
from scraper.crawl.stats import (
    FAILURE_KINDS,
    FILLED,
    RECORDS,
    coverage,
    failures,
    pages_answered,
    under,
)
from scraper.extract.items import PageRecord
from scraper.output.coverage import UnknownLabels
from scraper.output.paths import inside
from scraper.output.schema import KINDS, filled

__all__ = ["FAILURE_KINDS", "ReportPipeline", "failures", "write_json_atomically"]

log = logging.getLogger(__name__)
REPORT_STAT = "osce/report_file"


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_json_atomically(path: Path, value: Any) -> None:
    """Write a whole JSON file or nothing: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


class ReportPipeline:
    """Measure the written records; at the end write runs/<run id>.json with the outcome."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.earliest: str | None = None
        self.latest: str | None = None
        self.unknown = UnknownLabels()
        self.started = dt.datetime.now(dt.UTC)
        self.started_mono = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReportPipeline:
        pipeline = cls(crawler)
        # spider_closed, not close_spider(): only the signal carries the finish reason,
        # and it comes after Spidermon's (an extension, connected first) has run
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        return pipeline

    def item_error(self) -> None:
        """A pipeline raised (not DropItem): Scrapy logs it, the report must count it."""
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("osce/item_errors")

    def open_spider(self) -> None:
        self.started = dt.datetime.now(dt.UTC)
        self.started_mono = time.monotonic()
        run_id(self.crawler)

    def process_item(self, item: PageRecord) -> dict[str, Any]:
        """The last pipeline: counts the record's filled fields (the coverage monitor reads
        them) and passes on the record alone (what Scrapy's feed exports, ``-o``/``-O``,
        then write)."""
        stats = self.crawler.stats
        assert stats is not None
        record = item.record
        stats.inc_value(RECORDS.format(kind=item.kind))
        for name in KINDS[item.kind]:
            if filled(record.get(name)):
                stats.inc_value(FILLED.format(kind=item.kind, field=name))
        issued = record.get("issued_on")
        if isinstance(issued, str) and issued:
            self.earliest = min(self.earliest or issued, issued)
            self.latest = max(self.latest or issued, issued)
        if item.kind == "news":
            self.unknown.add(record)
        return record

    def build(self, spider: Spider, reason: str) -> dict[str, Any]:
        """The run report: a plain dict, written as JSON."""
        assert self.crawler.stats is not None
        stats = self.crawler.stats.get_stats()
        kind = mon.run_kind(spider, stats)
        shares = coverage(stats, kind)[1] if kind else {}
        thresholds = self.crawler.settings.getdict("OSCE_COVERAGE_THRESHOLDS")
        by_status = under(stats, "downloader/response_status_count/")
        failed = list(stats.get(mon.FAILED_STAT) or [])
        report = {
            "run_id": run_id(self.crawler),
            "spider": spider.name,
            "kind": kind,
            "mode": mon.run_mode(spider),
            "start_urls": mon.start_urls(spider),
            "distributed": self.crawler.settings.getbool("OSCE_DISTRIBUTED"),
            "started_at": _utc(self.started),
            "finished_at": _utc(dt.datetime.now(dt.UTC)),
            "duration_seconds": round(time.monotonic() - self.started_mono, 3),
            "finish_reason": reason,
            "output_file": stats.get("osce/output_file"),
            "dataset_file": stats.get("osce/dataset_file"),
            "partial_file": stats.get("osce/partial_file"),
            "log_file": self.crawler.settings.get("LOG_FILE") or None,
            "pages": {
                "fetched": sum(by_status.values()),
                "answered": pages_answered(stats),
                "by_status": by_status,
                "download_errors": under(stats, "downloader/exception_type_count/"),
                "skipped": under(stats, "osce/skipped/"),
            },
            "items": {
                # every item the spider handed to the pipelines, however it ended
                "received": (stats.get("item_scraped_count", 0)
                             + stats.get("item_dropped_count", 0)
                             + stats.get("osce/item_errors", 0)),
                "written": sum(under(stats, "osce/written/").values()),
                "rejected": stats.get("osce/rejected", 0),
                "duplicates": stats.get("osce/duplicates", 0),
                "errors": stats.get("osce/item_errors", 0) + stats.get("osce/write_errors", 0),
            },
            "failures": failures(stats),
            "rejects_by_reason": under(stats, "osce/reject_reason/"),
            "normalize_problems": under(stats, "osce/normalize/"),
            "issued_on": {"earliest": self.earliest, "latest": self.latest},
            "coverage": shares,
            # labels the identity tables (scraper/extract/identities/) do not know yet
            "unknown_labels": self.unknown.as_dict(),
            "thresholds": {f: float(t) for f, t in thresholds.items()
                           if kind and f in KINDS[kind]},
            "monitors": {"failed": failed,
                         "passed": list(stats.get(mon.PASSED_STAT) or []),
                         "skipped": list(stats.get(mon.SKIPPED_STAT) or [])},
            # the monitors that failed, by name: the morning-after alarm
            "alarm": sorted({f["monitor"] for f in failed}),
        }
        report["exit_status"], report["outcome"] = decide(report)
        return report

    def spider_closed(self, spider: Spider, reason: str) -> None:
        report = self.build(spider, reason)
        path = inside(output_dir(self.crawler), "runs", f"{report['run_id']}.json")
        for failed in report["monitors"]["failed"]:
            log.error("monitor failed: %s: %s", failed["monitor"], failed["reason"])
        write_json_atomically(path, report)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(REPORT_STAT, str(path))
        self.crawler.stats.set_value(STATUS_STAT, int(report["exit_status"]))
        self.crawler.stats.set_value(OUTCOME_STAT, report["outcome"])
        log.info("run report: %s (%d written, %d rejected, %d duplicates; exit status %d: %s)",
                 path, report["items"]["written"], report["items"]["rejected"],
                 report["items"]["duplicates"], report["exit_status"], report["outcome"])

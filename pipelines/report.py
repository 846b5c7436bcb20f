"""Run report: what a crawl fetched, wrote, rejected and skipped, and the layout-change alarm.

At the end of each crawl ``OUTPUT_DIR/runs/<run id>.json`` says how it went; its
``failures`` counts every page the crawl gave up on by kind (timeouts, connection
errors, size limit, refused redirects, HTTP errors, …; see :func:`failures`).  When
the share of records with a watched field (title, issued_on, …) falls below its
threshold, the site has most likely changed its design: the report's ``alarm``
names the fields, the run logs an ERROR and ``osce-scraper crawl`` exits with 3.
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

from scraper.crawl.run import output_dir, run_id
from scraper.extract.items import PageRecord
from scraper.output.coverage import Coverage, UnknownLabels
from scraper.output.paths import inside
from scraper.output.schema import KINDS

log = logging.getLogger(__name__)


def _thresholds(crawler: Crawler) -> dict[str, float]:
    raw = crawler.settings.getdict("OSCE_COVERAGE_THRESHOLDS")
    out: dict[str, float] = {}
    for name, value in raw.items():
        share = float(value)
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"OSCE_COVERAGE_THRESHOLDS[{name!r}] = {value!r}: a share "
                             "from 0 to 1")
        out[str(name)] = share
    return out


def _under(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: v for k, v in sorted(stats.items())
            if k.startswith(prefix) and isinstance(v, int)}


# Every way a page can be lost, in the order of a request's way through the crawler;
# each one's count comes from the stat named (scraper/crawl/middlewares/, spiders/base.py,
# Scrapy's own middlewares).
FAILURE_KINDS = ("robots_forbidden", "offsite", "private_address", "timeout",
                 "connection_error", "size_limit", "redirect_refused", "redirect_loop",
                 "http_4xx", "http_5xx", "not_html", "broken_sitemap", "other")


def failures(stats: dict[str, Any]) -> dict[str, Any]:
    """The pages a crawl gave up on, by kind, with the retries that came before.

    ``by_kind`` has every kind (0 when none) so that reports compare field by field;
    ``total`` is their sum.  ``final_status`` is the last HTTP status of each page
    that ended on an error status (after retries), ``retried`` and ``gave_up`` the
    retry middleware's tries and give-ups by reason (``HTTP 503``,
    ``DownloadTimeoutError``, …).
    """
    final_status = _under(stats, "osce/http_error/")
    download = _under(stats, "osce/download_failed/")
    by_kind = {
        "robots_forbidden": stats.get("robotstxt/forbidden", 0),
        "offsite": stats.get("offsite/filtered", 0),
        "private_address": stats.get("osce/skipped/private_address", 0),
        "timeout": download.get("timeout", 0),
        "connection_error": download.get("connection_error", 0),
        "size_limit": download.get("size_limit", 0),
        "redirect_refused": stats.get("osce/skipped/redirect_refused", 0),
        "redirect_loop": stats.get("osce/skipped/redirect_loop", 0),
        "http_4xx": sum(n for c, n in final_status.items() if c.startswith("4")),
        "http_5xx": sum(n for c, n in final_status.items() if c.startswith("5")),
        "not_html": stats.get("osce/skipped/not_html", 0),
        "broken_sitemap": stats.get("osce/skipped/broken_sitemap", 0),
        "other": download.get("other", 0),
    }
    return {
        "total": sum(by_kind.values()),
        "by_kind": by_kind,
        "final_status": final_status,
        "redirect_refused": _under(stats, "osce/redirect_refused/"),
        "retried": {k: v for k, v in _under(stats, "osce/retry/").items()
                    if not k.startswith("gave_up/")},
        "gave_up": _under(stats, "osce/retry/gave_up/"),
    }


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_json_atomically(path: Path, value: Any) -> None:
    """Write a whole JSON file or nothing: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


class ReportPipeline:
    """Measure the written records; at the end write runs/<run id>.json and sound the alarm."""

    def __init__(self, crawler: Crawler, thresholds: dict[str, float]) -> None:
        self.crawler = crawler
        self.thresholds = thresholds
        self.coverage: dict[str, Coverage] = {}
        self.unknown = UnknownLabels()
        self.started = dt.datetime.now(dt.UTC)
        self.started_mono = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReportPipeline:
        pipeline = cls(crawler, _thresholds(crawler))
        # spider_closed, not close_spider(): only the signal carries the finish reason
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
        """The last pipeline: measures the record and passes on the record alone (what
        Scrapy's feed exports, ``-o``/``-O``, then write)."""
        self.coverage.setdefault(item.kind, Coverage(item.kind)).add(item.record)
        if item.kind == "news":
            self.unknown.add(item.record)
        return item.record

    def run_kind(self, spider: Spider) -> str | None:
        """The kind of record the spider makes (its name), else the kind most written."""
        if spider.name in KINDS:
            return str(spider.name)
        if self.coverage:
            return max(self.coverage.values(), key=lambda c: c.records).kind
        return None

    def build(self, spider: Spider, reason: str) -> dict[str, Any]:
        """The run report: a plain dict, written as JSON."""
        assert self.crawler.stats is not None
        stats = self.crawler.stats.get_stats()
        kind = self.run_kind(spider)
        cov = self.coverage.get(kind) if kind else None
        if kind and cov is None:
            cov = Coverage(kind)
        watched = {f: t for f, t in self.thresholds.items() if kind and f in KINDS[kind]}
        alarm = cov.below(watched) if cov else []
        if cov is not None and cov.records == 0 and not getattr(spider, "expects_new_items",
                                                                 True):
            alarm = []   # an incremental run that found nothing new: nothing to measure
        shares = cov.shares() if cov else {}
        by_status = _under(stats, "downloader/response_status_count/")
        return {
            "run_id": run_id(self.crawler),
            "spider": spider.name,
            "kind": kind,
            "started_at": _utc(self.started),
            "finished_at": _utc(dt.datetime.now(dt.UTC)),
            "duration_seconds": round(time.monotonic() - self.started_mono, 3),
            "finish_reason": reason,
            "output_file": stats.get("osce/output_file"),
            "partial_file": stats.get("osce/partial_file"),
            "pages": {
                "fetched": sum(by_status.values()),
                "by_status": by_status,
                "download_errors": _under(stats, "downloader/exception_type_count/"),
                "skipped": _under(stats, "osce/skipped/"),
            },
            "items": {
                # every item the spider handed to the pipelines, however it ended
                "received": (stats.get("item_scraped_count", 0)
                             + stats.get("item_dropped_count", 0)
                             + stats.get("osce/item_errors", 0)),
                "written": sum(_under(stats, "osce/written/").values()),
                "rejected": stats.get("osce/rejected", 0),
                "duplicates": stats.get("osce/duplicates", 0),
                "errors": stats.get("osce/item_errors", 0) + stats.get("osce/write_errors", 0),
            },
            "failures": failures(stats),
            "rejects_by_reason": _under(stats, "osce/reject_reason/"),
            "normalize_problems": _under(stats, "osce/normalize/"),
            "issued_on": {"earliest": cov.earliest if cov else None,
                          "latest": cov.latest if cov else None},
            "coverage": shares,
            # labels the identity tables (scraper/extract/identities/) do not know yet
            "unknown_labels": self.unknown.as_dict(),
            "thresholds": watched,
            "alarm": alarm,
        }

    def spider_closed(self, spider: Spider, reason: str) -> None:
        report = self.build(spider, reason)
        path = inside(output_dir(self.crawler), "runs", f"{report['run_id']}.json")
        if report["alarm"]:
            shares = report["coverage"]
            detail = ", ".join(
                f"{f} {shares[f]:.0%} < {report['thresholds'][f]:.0%}"
                if shares.get(f) is not None else f"{f} (no records)"
                for f in report["alarm"])
            log.error("coverage alarm: %s below threshold (%s); has the site changed its "
                      "design? see %s", ", ".join(report["alarm"]), detail, path)
        write_json_atomically(path, report)
        log.info("run report: %s (%d written, %d rejected, %d duplicates)", path,
                 report["items"]["written"], report["items"]["rejected"],
                 report["items"]["duplicates"])

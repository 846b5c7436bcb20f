"""The crawl's health checks, as Spidermon monitor suites (the morning-after alarm).

Spidermon runs :class:`CrawlMonitors` when the spider closes
(``SPIDERMON_SPIDER_CLOSE_MONITORS``).  Each monitor reads the crawl's stats
(:mod:`scraper.crawl.stats`) and one threshold setting:

=============================  =========================================================
monitor                        fails when
=============================  =========================================================
Field coverage                 a watched field's share of the written records is under
                               its threshold (``OSCE_COVERAGE_THRESHOLDS``)
Listing pages                  a listing page gave no entries (a newsroom redesign),
                               in every mode (``OSCE_MONITOR_EMPTY_LISTINGS_MAX``)
Records written                a full crawl wrote fewer records than the previous
                               comparable runs by more than ``OSCE_MONITOR_MAX_DROP``
Failure ratio                  one kind of failure took more than its share of the pages
                               tried (``OSCE_MONITOR_FAILURE_RATIOS``)
Finish reason                  Spidermon's own: the crawl ended another way than
                               ``SPIDERMON_EXPECTED_FINISH_REASONS``
=============================  =========================================================

:class:`RecordResults` keeps which monitors failed in the stats (the run report and
the exit status read them there); the actions named in ``OSCE_MONITOR_ACTIONS``
(Spidermon's Slack, e-mail, Sentry, … notifiers, or :class:`AlertFile`) run when one
failed.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any, ClassVar

from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object
from spidermon import Monitor, MonitorSuite, monitors
from spidermon.contrib.scrapy.monitors import FinishReasonMonitor
from spidermon.core.actions import Action
from spidermon.exceptions import SkipAction

from scraper.crawl.run import output_dir, run_id
from scraper.crawl.stats import coverage, failures, pages_tried
from scraper.output.schema import KINDS

FAILED_STAT = "osce/monitors/failed"
PASSED_STAT = "osce/monitors/passed"
SKIPPED_STAT = "osce/monitors/skipped"


class Check(Monitor):
    """A monitor whose failure is its own message alone (unittest would prefix the
    compared values: "['title 80% < 95%'] is not false : …")."""

    longMessage = False


def _spider_says(monitor: Monitor, attribute: str, default: bool) -> bool:
    return bool(getattr(monitor.data.spider, attribute, default))


def run_kind(spider: Any, stats: dict[str, Any]) -> str | None:
    """The kind of record the spider makes: its name, else the kind it wrote most of."""
    if spider.name in KINDS:
        return str(spider.name)
    counts = {k: coverage(stats, k)[0] for k in KINDS}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


@monitors.name("Field coverage")
class FieldCoverageMonitor(Check):
    """The share of written records with each watched field (OSCE_COVERAGE_THRESHOLDS)."""

    @monitors.name("watched fields at or above their threshold")
    def test_watched_fields(self) -> None:
        stats = dict(self.data.stats)
        kind = run_kind(self.data.spider, stats)
        if kind is None:
            kind = str(self.data.spider.name)
            if kind not in KINDS:
                self.skipTest("the spider makes no known kind of record")
        records, shares = coverage(stats, kind)
        least = self.data.crawler.settings.getint("OSCE_MONITOR_COVERAGE_MIN_RECORDS", 0)
        if records < least and not _spider_says(self, "expects_new_items", True):
            self.skipTest(f"{records} new record(s), too few to measure (fewer than {least}; "
                          "incremental run or distributed worker)")
        thresholds = self.data.crawler.settings.getdict("OSCE_COVERAGE_THRESHOLDS")
        low = [f"{f} {shares[f] or 0:.0%} < {float(t):.0%}" if records else f"{f} (no records)"
               for f, t in thresholds.items()
               if f in KINDS[kind] and (shares[f] or 0.0) < float(t)]
        self.assertFalse(low, msg=f"below threshold: {', '.join(low)}; has the site "
                         "changed its design?")


@monitors.name("Listing pages")
class ListingMonitor(Check):
    """Listing pages that gave no entries: the newsroom lost its list, whatever the mode."""

    @monitors.name("every listing page has entries")
    def test_listing_pages_have_entries(self) -> None:
        stats = self.data.stats
        empty = int(stats.get("osce/skipped/listing_without_entries", 0))
        allowed = self.data.crawler.settings.getint("OSCE_MONITOR_EMPTY_LISTINGS_MAX", 0)
        self.assertLessEqual(
            empty, allowed,
            msg=f"{empty} of {stats.get('osce/listing_pages', 0)} listing page(s) gave no "
                f"entries (at most {allowed} allowed); has the newsroom changed its design?")


def comparable_runs(runs_dir: Path, current: dict[str, Any], keep: int) -> list[int]:
    """Records written by the last ``keep`` runs like this one (same spider, mode and
    start URLs, finished and not distributed), oldest first."""
    written: list[tuple[str, int]] = []
    for path in runs_dir.glob("*.json"):
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(report, dict) or report.get("run_id") == current["run_id"]:
            continue
        if any(report.get(k) != current[k] for k in ("spider", "mode", "start_urls")):
            continue
        if report.get("distributed") or report.get("exit_status") not in (0, 3):
            continue
        if report.get("finish_reason") != "finished":
            continue
        written.append((str(report.get("started_at")), int(report["items"]["written"])))
    return [n for _, n in sorted(written)[-keep:]]


@monitors.name("Records written")
class RecordCountMonitor(Check):
    """Records written by a full crawl against the previous comparable runs' median."""

    @monitors.name("no drop against the previous runs")
    def test_no_drop(self) -> None:
        spider = self.data.spider
        if not _spider_says(self, "expects_new_items", True):
            self.skipTest("an incremental run or a distributed worker writes a part only")
        settings = self.data.crawler.settings
        stats = self.data.stats
        written = sum(v for k, v in stats.items()
                      if k.startswith("osce/written/") and isinstance(v, int))
        current = {"run_id": run_id(self.data.crawler), "spider": spider.name,
                   "mode": run_mode(spider), "start_urls": start_urls(spider)}
        previous = comparable_runs(output_dir(self.data.crawler) / "runs", current,
                                   settings.getint("OSCE_MONITOR_HISTORY", 5))
        if not previous:
            self.skipTest("no previous comparable run to compare with")
        baseline = statistics.median(previous)
        drop = settings.getfloat("OSCE_MONITOR_MAX_DROP", 0.5)
        self.assertGreaterEqual(
            written, baseline * (1 - drop),
            msg=f"{written} records written, {baseline:g} in the last {len(previous)} "
                f"comparable run(s): a drop of more than {drop:.0%}")


@monitors.name("Failure ratio")
class FailureRatioMonitor(Check):
    """Each kind of failure against the pages tried (OSCE_MONITOR_FAILURE_RATIOS)."""

    @monitors.name("failures by kind within their ratio")
    def test_failure_ratio(self) -> None:
        stats = dict(self.data.stats)
        by_kind = failures(stats)["by_kind"]
        tried = pages_tried(stats)
        limits = self.data.crawler.settings.getdict("OSCE_MONITOR_FAILURE_RATIOS")
        if tried == 0:
            self.skipTest("no page was tried")
        # a small run is judged as if it had tried the floor's number of pages: one broken
        # link in a four-page daily run is 25% of it, and no sign the site is failing
        floor = self.data.crawler.settings.getint("OSCE_MONITOR_FAILURE_MIN_PAGES")
        judged = max(tried, floor)
        over = [f"{kind} {by_kind.get(kind, 0)}/{tried}"
                + (f" (judged over {judged})" if judged > tried else "")
                + f" > {float(limit):.0%}"
                for kind, limit in limits.items()
                if by_kind.get(kind, 0) / judged > float(limit)]
        self.assertFalse(over, msg=f"too many failures: {', '.join(over)}")


def run_mode(spider: Any) -> str:
    args = getattr(spider, "args", None)
    return str(getattr(args, "mode", "full"))


def start_urls(spider: Any) -> list[str]:
    args = getattr(spider, "args", None)
    return list(getattr(args, "start_urls", []) or [])


def _reason(error: str | None) -> str:
    """The assertion's message out of the traceback Spidermon keeps."""
    lines = [line for line in (error or "").splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    for prefix in ("AssertionError: ", "unittest.case.SkipTest: "):
        last = last.removeprefix(prefix)
    return last


class RecordResults(Action):
    """Keeps each monitor's outcome in the stats, where the run report reads it."""

    def run_action(self) -> None:
        stats = self.data.crawler.stats
        failed = [{"monitor": r.item.monitor_name, "check": r.item.method_name,
                   "reason": _reason(r.error)} for r in self.result.monitors_failed_results]
        stats.set_value(FAILED_STAT, failed)
        stats.set_value(PASSED_STAT, [r.item.monitor_name
                                      for r in self.result.monitors_passed_results
                                      if r.status == "OK"])
        stats.set_value(SKIPPED_STAT, [r.item.monitor_name
                                       for r in self.result.monitors_passed_results
                                       if r.status == "SKIPPED"])


class AlertFile(Action):
    """Appends one JSON line per failed run to ``OSCE_ALERT_FILE``: a file a watchdog
    (Nagios, a systemd path unit, a mail script) can follow without parsing logs."""

    def __init__(self, path: str = "") -> None:
        super().__init__()
        self.path = path

    @classmethod
    def from_crawler_kwargs(cls, crawler: Crawler) -> dict[str, Any]:
        return {"path": crawler.settings.get("OSCE_ALERT_FILE") or ""}

    def run_action(self) -> None:
        if not self.path:
            raise SkipAction("OSCE_ALERT_FILE is not set")
        alert = {"run_id": run_id(self.data.crawler), "spider": self.data.spider.name,
                 "failed": [{"monitor": r.item.monitor_name, "reason": _reason(r.error)}
                            for r in self.result.monitors_failed_results]}
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(alert, ensure_ascii=False) + "\n")


def action_paths(settings: BaseSettings) -> list[str]:
    """OSCE_MONITOR_ACTIONS: a list, a JSON list or comma-separated class paths."""
    value = settings.get("OSCE_MONITOR_ACTIONS")
    if isinstance(value, str) and value.lstrip().startswith("["):
        return [str(v) for v in json.loads(value)]
    return [str(v) for v in settings.getlist("OSCE_MONITOR_ACTIONS")]


class CrawlMonitors(MonitorSuite):
    """Every check of a finished crawl; OSCE_MONITOR_ACTIONS run when one fails."""

    monitors: ClassVar[list[Any]] = [FieldCoverageMonitor, ListingMonitor, RecordCountMonitor,
                                     FailureRatioMonitor, FinishReasonMonitor]
    monitors_finished_actions: ClassVar[list[Any]] = [RecordResults]

    def __init__(self, *args: Any, crawler: Crawler | None = None, **kwargs: Any) -> None:
        super().__init__(*args, crawler=crawler, **kwargs)
        if crawler is not None:
            self.add_monitors_failed_actions(
                [load_object(path) for path in action_paths(crawler.settings)])

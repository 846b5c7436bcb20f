"""Progress a person can read during a long crawl.

``PROGRESS_DISPLAY``: ``log`` puts one line in the log every PROGRESS_INTERVAL seconds
(``scrapy crawl``, whose log is the terminal); ``terminal`` (``osce-scraper crawl``,
whose log goes to a file) also shows a live tqdm bar on standard error when it is a
terminal, else the same plain line on standard error every PROGRESS_INTERVAL seconds
(a cron mail or a redirected log gets a line now and then, not a bar's redraws);
``off`` shows nothing (``--quiet``).
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

log = logging.getLogger("osce.progress")
# how often the live bar is redrawn, seconds
BAR_REFRESH = 0.5


class Progress:
    """Pages, records, rejects, failures and rate, as a line or a live bar."""

    def __init__(self, crawler: Crawler, interval: float, display: str) -> None:
        self.crawler = crawler
        self.interval = interval
        self.display = display
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        self.bar_loop: task.LoopingCall | None = None
        self.bar: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        ext = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL", 30.0),
                  str(crawler.settings.get("PROGRESS_DISPLAY") or "log"))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self) -> None:
        self.started = time.monotonic()
        if self.display == "off":
            return
        if self.display == "terminal" and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=None, unit=" pages", file=sys.stderr, leave=False,
                            dynamic_ncols=True)
            self.bar_loop = task.LoopingCall(self.redraw)
            self.bar_loop.start(BAR_REFRESH, now=False)
        if self.interval > 0:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def closed(self) -> None:
        for loop in (self.loop, self.bar_loop):
            if loop and loop.running:
                loop.stop()
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        if self.display != "off":
            log.info("%s (done)", self.line())

    def counts(self) -> dict[str, int]:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        return {
            "pages": stats.get("response_received_count", 0),
            "records": sum(v for k, v in stats.items()
                           if k.startswith("osce/written/") and isinstance(v, int)),
            "rejects": stats.get("osce/rejected", 0),
            "failures": sum(v for k, v in stats.items()
                            if k.startswith(("osce/skipped/", "osce/download_failed/"))
                            and isinstance(v, int)),
            "listing": stats.get("osce/listing_pages", 0),
        }

    def line(self) -> str:
        c = self.counts()
        elapsed = max(1e-6, time.monotonic() - self.started)
        return (f"progress: {c['pages']} pages fetched, {c['records']} records written, "
                f"{c['rejects']} rejected, {c['failures']} failures/skips, listing page "
                f"{c['listing']}, {c['pages'] / elapsed * 60:.0f} pages/min")

    def redraw(self) -> None:
        c = self.counts()
        self.bar.n = c["pages"]
        self.bar.set_postfix_str(f"{c['records']} records, {c['rejects']} rejected, "
                                 f"{c['failures']} failures", refresh=False)
        self.bar.refresh()

    def report(self) -> None:
        line = self.line()
        log.info("%s", line)
        if self.display == "terminal" and self.bar is None:
            print(f"osce-scraper: {line}", file=sys.stderr, flush=True)

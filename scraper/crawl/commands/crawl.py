"""``scrapy crawl``, returning the project's exit statuses (:mod:`scraper.exitcodes`).

Scrapy's own crawl command exits 0 whatever the crawl did, unless it could not start.
This one, found through ``COMMANDS_MODULE``, is the same command with three changes:

- before Scrapy starts, the settings (:mod:`scraper.crawl.checks`), the spider's
  arguments and the start URLs' hosts (:mod:`scraper.crawl.preflight`) are checked: a
  problem is one line on standard error and exit status 2 (bad setting or argument)
  or 4 (the site cannot be reached), never a traceback;
- after the crawl, the exit status is the one its run report decided
  (:mod:`scraper.crawl.outcome`): 0 only when the crawl did its job;
- a short summary of the run goes to standard output (``-s OSCE_SUMMARY=0``: none).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from scraper.crawl import checks, preflight
from scraper.crawl.outcome import STATUS_STAT
from scraper.crawl.summary import summary
from scraper.exitcodes import Exit


def _stop(message: str, status: int) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr, flush=True)
    sys.exit(status)


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Run a spider of the project; exit status 0 only when the crawl did its job"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        why = checks.problem(self.settings)
        if why:
            _stop(f"bad setting: {why}", Exit.USAGE)
        if len(args) != 1:
            return                                  # Scrapy's own usage error follows
        try:
            from scrapy.spiderloader import get_spider_loader

            cls = get_spider_loader(self.settings).load(args[0])
        except KeyError:
            _stop(f"unknown spider {args[0]!r}", Exit.USAGE)
        problem = preflight.check_spider(cls, dict(opts.spargs),
                                         reach=self.settings.getbool("OSCE_PREFLIGHT"))
        if problem:
            _stop(problem.message, problem.status)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one spider: scrapy crawl news (or navigation)")
        assert self.crawler_process is not None
        assert self.settings is not None
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        stats: dict[str, Any] = crawler.stats.get_stats() if crawler.stats else {}
        status = stats.get(STATUS_STAT)
        if self.crawler_process.bootstrap_failed or status is None:
            self.exitcode = Exit.FAILED
            where = self.settings.get("LOG_FILE") or "the log above"
            print(f"osce-scraper: the crawl could not start or wrote no run report; see "
                  f"{where}", file=sys.stderr, flush=True)
            return
        self.exitcode = int(status)
        if self.settings.getbool("OSCE_SUMMARY"):
            print(summary(stats), flush=True)
        if self.exitcode != Exit.OK:
            print(f"osce-scraper: exit status {self.exitcode}: {stats.get('osce/outcome')}",
                  file=sys.stderr, flush=True)

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
import ipaddress
import logging
import sys
from typing import Any
from urllib.parse import urlsplit

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.spiderloader import get_spider_loader

from scraper.crawl import checks, preflight
from scraper.crawl.outcome import STATUS_STAT
from scraper.crawl.summary import summary
from scraper.exitcodes import Exit

log = logging.getLogger("osce.crawl")
# what a crawl of this machine does without: the politeness that protects a real site
UNTHROTTLED = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


def _loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def unthrottle_loopback(settings: BaseSettings, start_urls: list[str]) -> bool:
    """No politeness delay when every start URL is on this machine (the offline copy),
    unless the delay was asked for on the command line (``-s DOWNLOAD_DELAY=…``) or
    ``OSCE_LOOPBACK_FAST`` is off: with it, a crawl of the offline copy takes minutes."""
    if not start_urls or not all(_loopback(u) for u in start_urls) or \
            not settings.getbool("OSCE_LOOPBACK_FAST"):
        return False
    changed = False
    for name, value in UNTHROTTLED.items():
        if (settings.getpriority(name) or 0) < SETTINGS_PRIORITIES["cmdline"]:
            settings.set(name, value, priority="cmdline")
            changed = True
    return changed


def _stop(message: str, status: int) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr, flush=True)
    sys.exit(status)


class Command(ScrapyCrawl):
    # set by process_options: every start URL is on this machine and the delay was dropped
    unthrottled = False

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
            cls = get_spider_loader(self.settings).load(args[0])
        except KeyError:
            _stop(f"unknown spider {args[0]!r}", Exit.USAGE)
        problem = preflight.check_spider(cls, dict(opts.spargs),
                                         reach=self.settings.getbool("OSCE_PREFLIGHT"))
        if problem:
            _stop(problem.message, problem.status)
        parse = getattr(cls, "parse_arguments", None)
        starts = list(getattr(parse(**opts.spargs), "start_urls", [])) if parse else []
        self.unthrottled = unthrottle_loopback(self.settings, starts)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one spider: scrapy crawl news (or navigation)")
        assert self.crawler_process is not None
        assert self.settings is not None
        crawler = self._create_crawler(args[0])
        if self.unthrottled:
            log.info("every start URL is on this machine: no politeness delay "
                     "(-s DOWNLOAD_DELAY=1 or -s OSCE_LOOPBACK_FAST=0 to keep it)")
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

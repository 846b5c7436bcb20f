"""Spidermon's extension, logging through the spider's logger.

Spidermon 1.27 writes its results with ``Spider.log()``, which Scrapy 2.19 deprecates:
every crawl would end with a ScrapyDeprecationWarning in its log.  This subclass runs
the same suites with a result that logs through ``spider.logger``; everything else
(settings, suites, actions) is Spidermon's own.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider
from spidermon.contrib.scrapy.extensions import Spidermon
from spidermon.contrib.scrapy.runners import (
    LOG_MESSAGE_HEADER,
    SpiderMonitorResult,
    SpiderMonitorRunner,
)


class LoggerResult(SpiderMonitorResult):
    def log(self, msg: str, level: int = logging.DEBUG) -> None:
        self.spider.logger.log(level, "[%s] %s", LOG_MESSAGE_HEADER, msg)


class LoggerRunner(SpiderMonitorRunner):
    def create_result(self) -> LoggerResult:
        return LoggerResult(self.spider)


class Monitoring(Spidermon):
    """Spidermon (``SPIDERMON_*`` settings), its results logged without deprecation."""

    def _run_suites(self, spider: Spider, suites: list[Any]) -> None:
        data = self._generate_data_for_spider(spider)
        for suite in suites:
            LoggerRunner(spider=spider).run(suite, **data)

"""Spider middleware: a sitemap the parser read only in part is said out loud
(``osce/skipped/broken_sitemap``)."""

from __future__ import annotations

import contextlib
import logging
import re

from lxml import etree
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response

log = logging.getLogger(__name__)


def _stats(crawler: Crawler, key: str) -> None:
    if crawler.stats:
        crawler.stats.inc_value(key)


_SITEMAP_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b")


class SitemapCheckMiddleware:
    """Log and count a sitemap the parser could read only in part.

    Scrapy's sitemap parser recovers from errors by stopping: a sitemap cut short, or
    one whose entities would expand past libxml2's amplification limit (the "billion
    laughs"), yields the URLs before the fault and silently none after it.  This reads
    the sitemap once more, with the same parser options, only to say so.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SitemapCheckMiddleware:
        return cls(crawler)

    def process_spider_input(self, response: Response) -> None:
        if isinstance(response, HtmlResponse) or not _SITEMAP_ROOT.search(response.body[:65536]):
            return
        parser = etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False,
                                 no_network=True)
        with contextlib.suppress(etree.XMLSyntaxError):   # what was read is enough
            etree.fromstring(response.body, parser)
        fatal = [e for e in parser.error_log if e.level == etree.ErrorLevels.FATAL]
        if fatal:
            log.warning("sitemap %s is broken at line %d (%s): URLs after it are not crawled",
                        response.url, fatal[0].line, fatal[0].message)
            _stats(self.crawler, "osce/skipped/broken_sitemap")


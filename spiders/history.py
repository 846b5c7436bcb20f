"""``scrapy crawl history``: the site's past from web archives.

Asks the archive's capture index (Wayback CDX API, or Common Crawl's index server) for
the news addresses under every language prefix, chooses one capture a page (the latest
200 capture up to ``until``; with ``-a captures=all`` the first of each distinct
content), fetches the capture's original bytes (Wayback's ``id_`` form, or the WARC
record's byte range) and reads it with the same page objects as the live crawl.

Resumable like the news spider: a capture whose record is written (or that gave no
page) is in the crawl state (``STATE_DIR/history.sqlite``), and a re-run skips it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES
from twisted.python.failure import Failure

from scraper.crawl import cdx
from scraper.crawl.history import CDX_BATCH, POLITE_DELAY, HistoryArgs, read_warc_record
from scraper.crawl.state import CrawlState, open_state
from scraper.extract.archive import Capture as PageCapture
from scraper.extract.document import Document, NotHTML
from scraper.extract.items import PageRecord
from scraper.extract.pages import NewsPage
from spiders.base import OsceSpider


class HistorySpider(OsceSpider):
    name = "history"
    args_class = HistoryArgs
    # Polite to the archives: one request at a time, never closer than the delay of the
    # archive read (POLITE_DELAY, set in from_crawler unless -s DOWNLOAD_DELAY says
    # otherwise); retries on 429/503 honour Retry-After (the project's retry middleware).
    custom_settings = {  # noqa: RUF012 (Scrapy's own attribute, read once)
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "RANDOMIZE_DOWNLOAD_DELAY": False,      # a random delay would go below the limit
        "OUTPUT_FILE": "{spider}-{run_id}.jsonl",   # one file a run; merge joins them
        "STATE_NAME": "history",
    }
    # a re-run that finds nothing new is no alarm
    expects_new_items = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args: HistoryArgs = self.parse_arguments(**kwargs)
        super().__init__(*args)
        self.scrapyd_job: str | None = kwargs.get("_job")
        self.allowed_domains = [h.removeprefix("www.") for h in self.args.hosts]
        self.state: CrawlState | None = None
        self.found: list[cdx.Capture] = []       # every index row read
        self.index_open = 0                      # index requests not yet answered
        self.dispatched = False
        self.index_failures = 0

    @property
    def keeps_versions(self) -> bool:
        return self.args.every

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> HistorySpider:
        spider: HistorySpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        delay = POLITE_DELAY[spider.args.source]
        for name in ("DOWNLOAD_DELAY", "AUTOTHROTTLE_START_DELAY"):
            if (settings.getpriority(name) or 0) <= SETTINGS_PRIORITIES["project"]:
                settings.set(name, delay, priority="spider")
        crawler.signals.connect(spider.closed_state, signal=signals.spider_closed)
        crawler.signals.connect(spider.dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    def idle(self) -> None:
        """A back-fill that could not read the whole index fetched what it found, and
        ends as failed (exit status 1): a re-run asks again and fetches the rest."""
        if self.index_failures:
            raise CloseSpider("index_incomplete")

    def dropped(self, item: Any, response: Any, exception: Exception, spider: Any) -> None:
        """A capture whose page this run wrote already (the page saved at two addresses,
        ``/uk/…`` beside its English canonical): known, so a re-run does not fetch it."""
        if self.state is not None and isinstance(item, PageRecord) and item.requested_url \
                and str(exception).startswith("duplicate"):
            self.state.record_gone(item.requested_url, "duplicate")

    # ------------------------------------------------------------------ the index
    async def start(self) -> AsyncIterator[Any]:
        if self.settings.getbool("STATE_ENABLED", True):
            self.state = open_state(self.settings)
        if self.args.source == "wayback":
            for query in self.args.queries:
                yield self.wayback_index(query)
        elif self.args.crawls:
            for request in self.commoncrawl_indexes(self.args.crawls):
                yield request
        else:
            yield self.index_request(f"{self.args.index}/collinfo.json", self.parse_collinfo)

    def index_request(self, url: str, callback: Any, **cb_kwargs: Any) -> Request:
        self.index_open += 1
        return Request(url, callback=callback, errback=self.index_failed, cb_kwargs=cb_kwargs,
                       meta={"osce_kind": "index"}, dont_filter=True)

    def wayback_index(self, query: cdx.Query, resume: str | None = None) -> Request:
        url = cdx.wayback_query(f"{self.args.archive}/cdx/search/cdx", query,
                                self.args.since_day, self.args.until_day, CDX_BATCH, resume)
        return self.index_request(url, self.parse_wayback_index, query=query)

    def parse_wayback_index(self, response: Response, query: cdx.Query) -> Iterator[Any]:
        self.index_open -= 1
        try:
            rows, resume = cdx.parse_wayback(response.text)
        except ValueError as exc:
            self.index_problem(response.url, str(exc))
            rows, resume = [], None
        self.found.extend(rows)
        self.count("index_rows", len(rows))
        if resume:
            yield self.wayback_index(query, resume)
        yield from self.dispatch_when_done()

    def parse_collinfo(self, response: Response) -> Iterator[Any]:
        self.index_open -= 1
        try:
            crawls = cdx.crawls_between(json.loads(response.text), self.args.since_day,
                                        self.args.until_day)
        except (ValueError, AttributeError, TypeError) as exc:
            self.index_problem(response.url, f"unreadable crawl list: {exc}")
            crawls = []
        self.logger.info("%d Common Crawl crawl(s) between the dates", len(crawls))
        yield from self.commoncrawl_indexes(crawls)
        yield from self.dispatch_when_done()

    def commoncrawl_indexes(self, crawls: list[str]) -> Iterator[Request]:
        for crawl in crawls:
            for query in self.args.queries:
                url = cdx.commoncrawl_query(self.args.index, crawl, query, num_pages=True)
                yield self.index_request(url, self.parse_num_pages, crawl=crawl, query=query)

    def parse_num_pages(self, response: Response, crawl: str, query: cdx.Query) -> Iterator[Any]:
        self.index_open -= 1
        pages = 0
        if response.status == 200:
            try:
                pages = cdx.parse_num_pages(response.text)
            except ValueError as exc:
                self.index_problem(response.url, str(exc))
        for page in range(pages):
            url = cdx.commoncrawl_query(self.args.index, crawl, query, page=page)
            yield self.index_request(url, self.parse_commoncrawl_index)
        yield from self.dispatch_when_done()

    def parse_commoncrawl_index(self, response: Response) -> Iterator[Any]:
        self.index_open -= 1
        rows = cdx.parse_commoncrawl(response.text) if response.status == 200 else []
        self.found.extend(rows)
        self.count("index_rows", len(rows))
        yield from self.dispatch_when_done()

    def index_failed(self, failure: Failure) -> Iterator[Any]:
        """An index request that got no answer: the crawl goes on with what it has, and
        says so (the run report counts it, the next run asks again)."""
        self.index_open -= 1
        request = failure.request  # type: ignore[attr-defined]
        self.index_problem(request.url, failure.getErrorMessage())
        yield from self.dispatch_when_done()

    def index_problem(self, url: str, why: str) -> None:
        self.logger.error("capture index %s: %s", url, why)
        self.index_failures += 1
        self.count("failed/index")

    # ------------------------------------------------------------------ the captures
    def dispatch_when_done(self) -> Iterator[Request]:
        """Once every index answer is in, the captures to fetch (not those the crawl
        state has from an earlier run)."""
        if self.index_open > 0 or self.dispatched:
            return
        self.dispatched = True
        chosen = cdx.choose(self.found, self.args.since_day, self.args.until_day,
                            every=self.args.every)
        self.found = []
        self.count("captures_chosen", len(chosen))
        if self.args.max_captures:
            chosen = chosen[:self.args.max_captures]
        keys = [self.capture_key(c) for c in chosen]
        known = self.state.known(keys) if self.state is not None and keys else {}
        for capture, key in zip(chosen, keys, strict=True):
            if key in known:
                self.count("skipped/known")
                continue
            yield self.capture_request(capture, key)

    def capture_key(self, capture: cdx.Capture) -> str:
        """The address the crawl state knows a capture by."""
        if self.args.source == "wayback":
            return f"{self.args.archive}/web/{capture.timestamp}id_/{capture.original}"
        return f"{self.args.data}/{capture.filename}#{capture.offset}+{capture.length}"

    def capture_request(self, capture: cdx.Capture, key: str) -> Request:
        meta = {"osce_kind": "news", "requested_url": key}
        if self.args.source == "wayback":
            return Request(key, callback=self.parse_capture, errback=self.capture_failed,
                           cb_kwargs={"capture": capture}, meta=meta)
        assert capture.offset is not None
        assert capture.length is not None
        last = capture.offset + capture.length - 1
        # one file holds many records: the same URL with another range is no duplicate
        return Request(key.split("#", 1)[0], callback=self.parse_capture,
                       errback=self.capture_failed, cb_kwargs={"capture": capture},
                       headers={"Range": f"bytes={capture.offset}-{last}"}, meta=meta,
                       dont_filter=True)

    def capture_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        self.logger.error("no capture from %s: %s", request.url, failure.getErrorMessage())
        self.count(f"failed/{failure.type.__name__ if failure.type else 'error'}")

    def parse_capture(self, response: Response, capture: cdx.Capture) -> Iterator[PageRecord]:
        key = response.meta["requested_url"]
        if response.status in (404, 410):
            self.skip(response, f"http_{response.status}")
            if self.state is not None:
                self.state.record_gone(key, f"http_{response.status}")
            return
        doc = self.read(response, capture)
        if doc is None:
            return
        found = doc.capture
        if found is None:
            self.skip(response, "not_a_capture")
            return
        raw = NewsPage(doc).to_item()
        raw.values.update(found.fields())
        self.count("items_extracted")
        yield PageRecord("news", raw, fetched_url=response.url, requested_url=key)

    def read(self, response: Response, capture: cdx.Capture) -> Document | None:
        """The capture as a Document that knows where it was saved."""
        if self.args.source == "wayback":
            # the raw capture's address says which page and when (a redirect to another
            # capture of it included)
            return self.document(response)
        try:
            page = read_warc_record(response.body)
            if page.status != 200:
                self.skip(response, f"http_{page.status}", f"WARC record {key_of(response)}")
                return None
            doc = Document.from_bytes(page.body, capture.original, page.headers)
        except (ValueError, NotHTML) as exc:
            self.skip(response, "not_html" if isinstance(exc, NotHTML) else "bad_warc", str(exc))
            return None
        doc.capture = PageCapture(capture.original, capture.archived_at,
                                  f"{self.args.data}/{capture.filename}", "commoncrawl")
        return doc

    def closed_state(self, reason: str) -> None:
        if self.state is not None:
            self.state.close()
            self.state = None


def key_of(response: Response) -> str:
    return str(response.meta.get("requested_url", response.url))

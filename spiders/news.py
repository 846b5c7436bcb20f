"""``scrapy crawl news``: newsroom listings → every news item.

Modes (``-a mode=``): ``full`` (default) requests every listed item; ``incremental``
requests only items the crawl state does not know, and stops paginating at the first
listing page whose items are all known, unless the listing's previous walk did not
end cleanly (a crash in a first crawl must not strand the older pages).  Item
requests that a crash or a dead worker left unanswered are asked for first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Generator, Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.spiders import SitemapSpider
from twisted.python.failure import Failure

from scraper.crawl.args import NewsArgs
from scraper.crawl.state import CrawlState, node_key, open_state
from scraper.extract.dates import parse_date
from scraper.extract.items import PageRecord
from scraper.extract.pages import ListingPage, NewsPage
from scraper.extract.sanitize import body_html
from spiders.base import OsceSpider

# an incremental run writes its new records to a file of its own
PER_RUN_OUTPUT = "{spider}-{run_id}.jsonl"
# distributed mode: listing pages before items in the shared queue, so that the page
# feeding every worker does not wait behind the items of the one before
LISTINGS_FIRST = 1_000_000


class NewsSpider(OsceSpider, SitemapSpider):
    name = "news"
    args_class = NewsArgs

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args: NewsArgs = self.parse_arguments(**kwargs)
        # item pages only, when discovering from the sitemap (SitemapSpider.__init__
        # compiles the rules, so they are set before it runs)
        self.sitemap_rules = [(r"/\d+/?$", "parse_item")]
        super().__init__(*args)
        self.scrapyd_job: str | None = kwargs.get("_job")   # Scrapyd's id for this run
        self.allowed_domains = [h.removeprefix("www.") for h in self.args.hosts]
        self.sitemap_urls = [urljoin(u, "/sitemap.xml") for u in self.args.start_urls]
        self.state: CrawlState | None = None
        self.walked: set[str] = set()          # start URLs whose listing this run finished
        self.resumed: dict[str, bool] = {}     # start URL -> was its last walk complete?
        self.asked: set[str] = set()           # item URLs requested by this run
        self.asked_nodes: set[str] = set()     # and their nodes (language prefix + node id)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if spider.incremental and \
                (settings.getpriority("OUTPUT_FILE") or 0) <= SETTINGS_PRIORITIES["project"]:
            settings.set("OUTPUT_FILE", PER_RUN_OUTPUT, priority="spider")
        crawler.signals.connect(spider.opened_state, signal=signals.spider_opened)
        crawler.signals.connect(spider.closed_state, signal=signals.spider_closed)
        return spider

    @property
    def incremental(self) -> bool:
        return self.args.mode == "incremental"

    @property
    def distributed(self) -> bool:
        settings = getattr(self, "settings", None)
        return bool(settings and settings.getbool("OSCE_DISTRIBUTED"))

    @property
    def expects_new_items(self) -> bool:
        """A full crawl that writes nothing means the site changed; an incremental one
        that writes nothing means nothing was published, and a distributed worker that
        writes nothing may have been left nothing to do by the others."""
        return not self.incremental and not self.distributed

    # ------------------------------------------------------------------ start
    def opened_state(self) -> None:
        """The crawl state is opened with the spider: in distributed mode a worker that
        does not make the start requests (spiders/distributed.py) needs it too."""
        settings = getattr(self, "settings", None)   # none when built outside a crawler
        if self.state is None and settings is not None and \
                settings.getbool("STATE_ENABLED", True):
            self.state = open_state(settings)

    async def start(self) -> AsyncIterator[Any]:
        self.opened_state()
        if self.state is not None and self.incremental:
            pending = self.state.pending()
            if pending:
                self.logger.info("%d item request(s) left unanswered by an earlier run: "
                                 "asking again", len(pending))
            for url in pending:
                self.asked.add(url)
                if (key := node_key(url)) is not None:
                    self.asked_nodes.add(key)
                yield self.item_request(url, listing=None, again=True)
        if self.args.discover == "sitemap":
            async for request in super().start():
                yield request
            return
        for url in self.args.start_urls:
            if self.state is not None:
                self.resumed[url] = self.state.listing_complete(url)
                # until this run ends cleanly, the listing counts as not walked
                self.state.set_listing_complete(url, False)
            yield self.listing_request(url, start=url, page_no=1,
                                       resumed=self.resumed.get(url, False))

    def listing_request(self, url: str, start: str, page_no: int,
                        resumed: bool = False) -> Request:
        # ``resumed`` travels with the walk: another worker may parse the next page
        return Request(url, callback=self.parse_listing,
                       cb_kwargs={"start": start, "page_no": page_no, "resumed": resumed},
                       meta={"osce_kind": "listing"},
                       priority=(LISTINGS_FIRST if self.distributed else 0) - page_no)

    def item_request(self, url: str, listing: str | None, again: bool = False) -> Request:
        return Request(url, callback=self.parse_item, errback=self.item_failed,
                       dont_filter=again,
                       meta={"osce_kind": "news", "listing": listing, "requested_url": url})

    def item_failed(self, failure: Failure) -> None:
        """An item request that got no page.  Refused ones (robots.txt, an off-site
        redirect) are given up for good; a network failure stays pending, for the next
        run to ask again."""
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            if self.state is not None:
                self.state.record_gone(request.meta.get("requested_url", request.url), "refused")
            self.count("skipped/refused")
            return
        self.logger.error("no page for %s: %s", request.url, failure.getErrorMessage())
        self.count(f"failed/{failure.type.__name__ if failure.type else 'error'}")

    # ------------------------------------------------------------------ listings
    def parse_listing(self, response: Response, start: str, page_no: int,
                      resumed: bool = False) -> Iterator[Any]:
        doc = self.document(response)
        if doc is None:
            return
        page = ListingPage(doc)
        entries = page.entries()
        self.count("listing_pages")
        if not entries:
            self.skip(response, "listing_without_entries")
        dates = [parse_date(e.get("issued_on"), page.language) for e in entries]
        wanted = []
        for entry, date in zip(entries, dates, strict=True):
            if self.wanted(date):
                wanted.append(entry["url"])
            else:
                self.count("skipped/outside_date_range")
        new = yield from self.item_requests(wanted, listing=response.url)
        nxt = page.next_page
        if nxt is None:
            self.walked.add(start)
            return
        if self.args.max_pages and page_no >= self.args.max_pages:
            self.logger.info("max_pages=%d reached at %s", self.args.max_pages, response.url)
            return
        if self.incremental and wanted and not new and resumed:
            self.logger.info("every item of %s is known: stopping (incremental)", response.url)
            self.walked.add(start)
            return
        known = [d for d in dates if d]
        if self.args.since and known and all(dt.date.fromisoformat(d) < self.args.since
                                             for d in known):
            self.logger.info("listing %s is older than since=%s: stopping", response.url,
                             self.args.since)
            return
        yield self.listing_request(nxt.value, start, page_no + 1, resumed)

    def item_requests(self, urls: list[str], listing: str) -> Generator[Request, None, int]:
        """Requests for the listed items this run needs; returns how many are new."""
        known: dict[str, str] = {}
        if self.incremental and self.state is not None and urls:
            known = self.state.known(urls)
        refresh_after = None
        if self.args.refresh_days is not None:
            refresh_after = (dt.datetime.now(dt.UTC)
                             - dt.timedelta(days=self.args.refresh_days)).isoformat()
        chosen, new, twins = [], 0, []
        for url in urls:
            if url in self.asked:       # listed twice (two pages, two listings)
                continue
            first_seen = known.get(url)
            key = node_key(url)
            if first_seen is None and key is not None and key in self.asked_nodes:
                # the same node at another address (/node/N and its alias): one fetch;
                # recording the item answers this address too (state.record_item)
                twins.append(url)
                self.count("skipped/same_node")
                continue
            if first_seen is None:
                new += 1
                chosen.append((url, False))
            elif refresh_after is not None and first_seen >= refresh_after:
                chosen.append((url, True))   # a late correction may have come since
                self.count("refreshed")
            else:
                self.count("skipped/known")
        self.asked.update(url for url, _ in chosen)
        self.asked_nodes.update(k for url, _ in chosen if (k := node_key(url)))
        # pending until answered, in every mode: the next run re-asks what a crash or a
        # dead worker left unanswered, and an item's second address (/node/N beside its
        # alias) is recorded when it is written
        if self.state is not None and chosen:
            self.state.add_pending([url for url, _ in chosen])
        if self.state is not None and twins:
            self.state.add_twins(twins)
        for url, again in chosen:
            yield self.item_request(url, listing=listing, again=again)
        return new

    def sitemap_filter(self, entries: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Sitemap discovery skips known items in incremental mode, like listings do."""
        batch = list(entries)
        known: dict[str, str] = {}
        if self.incremental and self.state is not None:
            known = self.state.known(e["loc"] for e in batch if e.get("loc"))
        for entry in batch:
            if entry.get("loc") in known:
                self.count("skipped/known")
                continue
            yield entry

    def wanted(self, date: str | None) -> bool:
        if date is None:
            return True
        day = dt.date.fromisoformat(date)
        if self.args.since and day < self.args.since:
            return False
        return not (self.args.until and day > self.args.until)

    # ------------------------------------------------------------------ items
    def parse_item(self, response: Response) -> Iterator[PageRecord]:
        requested = response.meta.get("requested_url") or \
            (response.meta.get("redirect_urls") or [response.url])[0]
        doc = self.document(response)
        if doc is None:
            if self.state is not None and response.status in (404, 410):
                self.state.record_gone(requested, f"http_{response.status}")
            return
        page = NewsPage(doc)
        raw = page.to_item()
        if self.settings.getbool("BODY_HTML"):
            raw.values["body_html"] = body_html(page)   # sanitized; off unless asked for
        self.count("items_extracted")
        yield PageRecord("news", raw, fetched_url=response.url, requested_url=requested)

    def closed_state(self, reason: str) -> None:
        if self.state is None:
            return
        if reason == "finished":
            for start in self.walked:
                self.state.set_listing_complete(start, True)
        self.state.close()
        self.state = None

"""``scrapy crawl news``: newsroom listings → every news item."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar
from urllib.parse import urljoin

from scrapy import Request
from scrapy.http import Response
from scrapy.spiders import SitemapSpider

from scraper.dates import parse_date
from scraper.pages import ListingPage, NewsPage
from spiders.args import NewsArgs
from spiders.base import OsceSpider


class NewsSpider(OsceSpider, SitemapSpider):
    name = "news"
    args_class = NewsArgs
    # item pages only, when discovering from the sitemap
    sitemap_rules: ClassVar[list[tuple[str, str]]] = [(r"/\d+/?$", "parse_item")]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args: NewsArgs = self.parse_arguments(**kwargs)
        super().__init__(*args)
        self.allowed_domains = [h.removeprefix("www.") for h in self.args.hosts]
        self.start_hosts = set(self.args.hosts)
        self.sitemap_urls = [urljoin(u, "/sitemap.xml") for u in self.args.start_urls]

    async def start(self) -> AsyncIterator[Any]:
        if self.args.discover == "sitemap":
            async for request in super().start():
                yield request
            return
        for url in self.args.start_urls:
            yield self.listing_request(url, page_no=1)

    def listing_request(self, url: str, page_no: int) -> Request:
        return Request(url, callback=self.parse_listing, cb_kwargs={"page_no": page_no},
                       meta={"osce_kind": "listing"}, priority=-page_no)

    def parse_listing(self, response: Response, page_no: int) -> Iterator[Any]:
        doc = self.document(response)
        if doc is None:
            return
        page = ListingPage(doc)
        entries = page.entries()
        self.count("listing_pages")
        if not entries:
            self.skip(response, "listing_without_entries")
        dates = [parse_date(e.get("issued_on"), page.language) for e in entries]
        for entry, date in zip(entries, dates, strict=True):
            if not self.wanted(date):
                self.count("skipped/outside_date_range")
                continue
            yield from self.item_requests(entry["url"], listing=response.url)
        nxt = page.next_page
        if nxt is None:
            return
        if self.args.max_pages and page_no >= self.args.max_pages:
            self.logger.info("max_pages=%d reached at %s", self.args.max_pages, response.url)
            return
        known = [d for d in dates if d]
        if self.args.since and known and all(dt.date.fromisoformat(d) < self.args.since
                                             for d in known):
            self.logger.info("listing %s is older than since=%s: stopping", response.url,
                             self.args.since)
            return
        yield self.listing_request(nxt.value, page_no + 1)

    def item_requests(self, url: str, listing: str) -> Iterator[Request]:
        yield Request(url, callback=self.parse_item, meta={"osce_kind": "news",
                                                           "listing": listing})

    def wanted(self, date: str | None) -> bool:
        if date is None:
            return True
        day = dt.date.fromisoformat(date)
        if self.args.since and day < self.args.since:
            return False
        return not (self.args.until and day > self.args.until)

    def parse_item(self, response: Response) -> Iterator[dict[str, Any]]:
        doc = self.document(response)
        if doc is None:
            return
        page = NewsPage(doc)
        item = page.to_item()
        item["_kind"] = "news"
        item["_fetched_url"] = response.url
        self.count("items_extracted")
        yield item


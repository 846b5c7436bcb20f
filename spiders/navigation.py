"""``scrapy crawl navigation``: the site menu (and the section pages it links to)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response

from scraper.crawl.args import NavigationArgs
from scraper.extract import urls
from scraper.extract.items import PageRecord
from scraper.extract.pages import NavigationPage
from scraper.extract.pages.fields import RawRecord
from spiders.base import OsceSpider


class NavigationSpider(OsceSpider):
    name = "navigation"
    args_class = NavigationArgs

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args: NavigationArgs = self.parse_arguments(**kwargs)
        super().__init__(*args)
        self.scrapyd_job: str | None = kwargs.get("_job")   # Scrapyd's id for this run
        self.allowed_domains = [h.removeprefix("www.") for h in self.args.hosts]
        self.pages_requested = 0
        # every page repeats the site menu: each entry is written once, each page fetched once
        self.written: set[str] = set()
        self.requested: set[str] = set()

    async def start(self) -> AsyncIterator[Any]:
        for url in self.args.start_urls:
            self.pages_requested += 1
            self.requested.add(urls.canonical(url))
            yield Request(url, callback=self.parse, cb_kwargs={"depth": 0},
                          meta={"osce_kind": "navigation"})

    def parse(self, response: Response, depth: int = 0, **kwargs: Any) -> Iterator[Any]:
        doc = self.document(response)
        if doc is None:
            return
        entries = NavigationPage(doc).entries()
        self.count("navigation_pages")
        for entry in entries:
            if entry["url"] not in self.written:
                self.written.add(entry["url"])
                raw = RawRecord({**entry, "source_url": response.url})
                yield PageRecord("navigation", raw, fetched_url=response.url)
        if depth >= self.args.max_depth:
            return
        for entry in entries:
            url = entry["url"]
            if url in self.requested or not any(urls.same_site(url, s)
                                                for s in self.args.start_urls):
                continue
            if self.args.max_pages and self.pages_requested >= self.args.max_pages:
                return
            self.pages_requested += 1
            self.requested.add(url)
            yield Request(url, callback=self.parse, cb_kwargs={"depth": depth + 1},
                          meta={"osce_kind": "navigation"})

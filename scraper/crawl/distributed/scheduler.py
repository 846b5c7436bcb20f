"""The shared scheduler of distributed mode: scrapy-redis's, fitted to Scrapy 2.19 and
to a crawl that ends (spiders/distributed.py says what it adds and why)."""

from __future__ import annotations

import json
import logging
import time
import warnings
from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, ScrapyDeprecationWarning
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.scheduler import Scheduler

from scraper.crawl.distributed.runner import DEFAULT_PREFIX, keys
from scraper.crawl.run import worker_id

log = logging.getLogger(__name__)


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler, fitted to Scrapy 2.19 and to a crawl that ends."""

    crawler: Crawler
    spider: Spider
    max_idle: float = 0.0
    poll: float = 0.1
    seeds_key: str = ""
    busy_key: str = ""
    crawl_key: str = ""
    worker: str = ""
    crawl: str | None = None      # the crawl this worker took part in (None: none yet)
    checked = 0.0
    retired = False               # a later crawl was enqueued: this worker leaves
    idle_since: float | None = None
    touched = 0.0
    start: AsyncIterator[Any] | None = None
    seeding = False
    feeding: Any = None           # the Deferred of _feed(), kept referenced
    seeded: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        import redis

        try:
            scheduler: SharedScheduler = cls.from_settings(crawler.settings)
        except redis.RedisError as exc:
            raise RuntimeError(f"cannot reach Redis at {crawler.settings.get('REDIS_URL')}: "
                               f"{exc}") from exc
        settings = crawler.settings
        scheduler.crawler = crawler
        scheduler.stats = crawler.stats
        scheduler.max_idle = settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE", 0.0)
        scheduler.poll = settings.getfloat("OSCE_REDIS_POLL_INTERVAL", 0.1)
        k = keys(crawler.spidercls.name or "spider",
                 settings.get("OSCE_REDIS_PREFIX") or DEFAULT_PREFIX)
        scheduler.seeds_key, scheduler.busy_key, scheduler.crawl_key = k.seeds, k.busy, k.crawl
        scheduler.worker = worker_id(crawler)
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        for busy in (signals.response_received, signals.item_scraped, signals.request_scheduled):
            crawler.signals.connect(scheduler.touch, signal=busy)
        return scheduler

    def open(self, spider: Spider) -> None:
        # scrapy-redis says "Resuming crawl" through Spider.log(), deprecated in Scrapy
        # 2.19; the line below reports the same queue length through our own logger
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated",
                                    category=ScrapyDeprecationWarning)
            super().open(spider)
        engine = self.crawler.engine
        # the heartbeat is the engine's poll of a scheduler that had nothing (5 s)
        if hasattr(engine, "_SLOT_HEARTBEAT_INTERVAL"):
            engine._SLOT_HEARTBEAT_INTERVAL = self.poll
        else:   # pragma: no cover - a later Scrapy
            log.warning("this Scrapy has no engine heartbeat setting: an idle worker "
                        "looks at the shared queue only every few seconds")
        self.idle_since = time.monotonic()
        log.info("distributed worker: queue %s (%d requests waiting), seed at %s, closing "
                 "after %s s with nothing to do", self.queue.key, len(self.queue),
                 self.seeds_key, self.max_idle or "never")

    # ------------------------------------------------------------------ queue
    def enqueue_request(self, request: Request) -> bool:
        # the fingerprint is recorded even for dont_filter requests (see the module doc)
        if self.df.request_seen(request) and not request.dont_filter:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        if self.retired or self.left_for_another_crawl():
            return None
        request: Request | None = self.queue.pop(0)    # never a blocking pop
        if request is not None:
            if self.crawl is None:          # this worker joins the crawl under way
                self.crawl, self.checked = self.current_crawl() or "", time.monotonic()
            self.idle_since = None
            self.touch()
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
        elif self.seeding or self.downloading():
            self.touch()    # slow downloads send no signal, yet their pages may feed the queue
        return request

    def downloading(self) -> bool:
        """Whether this worker has requests in its downloader (robots.txt, slow pages)."""
        engine = getattr(self, "crawler", None) and self.crawler.engine
        return bool(engine and engine.downloader.active)

    def current_crawl(self) -> str | None:
        raw = self.server.get(self.crawl_key)
        return raw.decode() if isinstance(raw, bytes) else raw

    def left_for_another_crawl(self, every: float = 1.0) -> bool:
        """Whether ``osce-scraper enqueue`` started another crawl since this worker took
        part in one (looked up at most every ``every`` seconds).  Such a worker takes no
        more requests: its spider remembers the other crawl (what it asked for, which
        listing it walked), and its files are that crawl's."""
        now = time.monotonic()
        if self.crawl is None or now - self.checked < every:
            return self.retired
        self.checked = now
        current = self.current_crawl() or ""
        if current != self.crawl:
            log.info("another crawl was enqueued (%s): this worker, of crawl %s, leaves it "
                     "to workers started for it", current, self.crawl)
            self.retired = True
        return self.retired

    # ------------------------------------------------------------------ seed
    def adopt_start(self, start: AsyncIterator[Any]) -> None:
        """The spider's start requests, to be run only by the worker that pops the seed."""
        self.start = start
        self.try_seed()

    def try_seed(self) -> bool:
        """Pop the seed and make the start requests, if this worker has not taken part
        in a crawl yet."""
        if self.start is None or self.seeding or self.retired or self.crawl is not None:
            return False
        raw = self.server.lpop(self.seeds_key)
        if raw is None:
            return False
        try:
            seed = json.loads(raw)
        except ValueError:
            seed = {}
        self.crawl = str(seed.get("crawl") or "")
        self.checked = time.monotonic()
        log.info("took the seed of crawl %s (enqueued %s by %s): making the start requests",
                 self.crawl, seed.get("enqueued_at", "?"), seed.get("by", "?"))
        self.idle_since = None
        self.seeding = True
        self.feeding = deferred_from_coro(self._feed())
        return True

    async def _feed(self) -> None:
        start, self.start = self.start, None
        assert start is not None
        count = 0
        try:
            async for thing in start:
                if isinstance(thing, Request):
                    assert self.crawler.engine is not None
                    self.crawler.engine.crawl(thing)
                    count += 1
                else:
                    log.error("start() gave an item, which distributed mode cannot pass on: %r",
                              thing)
        except Exception:
            log.exception("the start requests failed after %d; closing this worker", count)
            if self.crawler.engine is not None:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="start_error"))
        finally:
            self.seeded = count
            self.seeding = False
            if self.stats:
                self.stats.set_value("osce/distributed/seeded", count)
        log.info("%d start requests in the shared queue", count)

    # ------------------------------------------------------------------ closing
    def touch(self) -> None:
        """Tell the other workers this one is at work (a key that expires after
        MAX_IDLE_TIME_BEFORE_CLOSE): while it does, none of them closes, since what
        this one parses may feed the queue."""
        now = time.monotonic()
        if self.max_idle > 0 and now - self.touched >= min(0.5, self.max_idle / 4):
            self.touched = now
            self.server.set(self.busy_key, self.worker, px=max(1, int(self.max_idle * 1000)))

    def spider_idle(self) -> None:
        """Nothing in flight here and nothing queued: take the seed, wait, or close."""
        if self.retired or self.left_for_another_crawl():
            return                       # closes now
        if self.seeding or self.try_seed() or self.has_pending_requests():
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if self.max_idle <= 0 or now - self.idle_since < self.max_idle:
            raise DontCloseSpider
        busy = self.server.get(self.busy_key)
        if isinstance(busy, bytes):
            busy = busy.decode("utf-8", "replace")
        if busy is not None and busy != self.worker:
            raise DontCloseSpider       # another worker was at work a moment ago
        log.info("nothing to do here for %.1f s, the shared queue empty and no worker at "
                 "work: closing", now - self.idle_since)

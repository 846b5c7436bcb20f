"""Distributed mode: this process is one worker of a crawl shared through Redis.

``-s OSCE_DISTRIBUTED=1 -s REDIS_URL=redis://…`` is the whole switch: the add-on
below (listed in ADDONS by scraper/settings.py, idle otherwise) sets scrapy-redis's
scheduler and duplicate filter, keeps the queue when a worker closes
(``SCHEDULER_PERSIST``), shares the crawl state and the record keys through the same
Redis, and gives each worker files of its own (``{worker}`` in their names).  A
settings switch rather than a settings module, because Scrapyd can pass settings to
a job but cannot change its settings module.

What our scheduler (a small subclass of scrapy-redis's) adds for Scrapy 2.19 and for
a crawl that must end:

* an idle worker asks the queue again every ``OSCE_REDIS_POLL_INTERVAL`` seconds (the
  engine's heartbeat, 5 s otherwise: a worker would sit out while another one fetches
  the listing page that feeds everybody);
* a worker closes once it has had nothing to do for ``MAX_IDLE_TIME_BEFORE_CLOSE``
  seconds (scrapy-redis's setting, which its spider class measures from the start
  of the process; 0 waits for ever);
* the seed of ``osce-scraper enqueue``: the first idle worker to pop it runs the
  spider's ``start()`` into the shared queue (:class:`SeedMiddleware` holds it back
  from the engine); the other workers never run it;
* stats without the deprecated ``spider`` argument; no blocking pop on the reactor
  thread (``SCHEDULER_IDLE_BEFORE_CLOSE`` is ignored); a request that bypasses the
  filter (``dont_filter``, such as an item left pending by a dead worker and asked
  for again) still marks its URL as seen, so another worker reaching it through a
  listing does not fetch it twice.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.scheduler import Scheduler

from scraper.distributed import DEFAULT_PREFIX, keys

log = logging.getLogger(__name__)

SCHEDULER = f"{__name__}.SharedScheduler"
SEED_MIDDLEWARE = f"{__name__}.SeedMiddleware"
LOCAL_DEDUPE = "pipelines.dedupe.DedupePipeline"
SHARED_DEDUPE = "pipelines.dedupe.SharedDedupePipeline"
# every worker writes files of its own, or two workers in one OUTPUT_DIR would append
# to one file (and set aside each other's lines as cut)
WORKER_FILES = {"OUTPUT_FILE": "{spider}-{run_id}-{worker}.jsonl",
                "OUTPUT_REJECTS_FILE": "rejects-{worker}.jsonl"}


class DistributedAddon:
    """Turns ``OSCE_DISTRIBUTED=1`` into scrapy-redis's settings and ours."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.getbool("OSCE_DISTRIBUTED"):
            return
        redis_url = settings.get("REDIS_URL")
        if not redis_url:
            raise ValueError("OSCE_DISTRIBUTED=1 needs REDIS_URL=redis://host:port/db, the "
                             "Redis server every worker of the crawl shares")
        prefix = settings.get("OSCE_REDIS_PREFIX") or DEFAULT_PREFIX
        spider_key = f"{prefix}:%(spider)s"
        for name, value in {
            "SCHEDULER": SCHEDULER,
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            "SCHEDULER_QUEUE_KEY": f"{spider_key}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{spider_key}:dupefilter",
            "SCHEDULER_SERIALIZER": "scraper.requestjson",
            # a worker that closes leaves the queue and the filter to the others (and to
            # workers started later); osce-scraper enqueue clears them for the next crawl
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_FLUSH_ON_START": False,
        }.items():
            settings.set(name, value, "addon")
        # the crawl state every worker reads and writes: what was written, what is pending
        if settings.getbool("STATE_ENABLED", True) and not settings.get("STATE_REDIS_URL"):
            settings.set("STATE_REDIS_URL", redis_url,
                         max(settings.getpriority("STATE_REDIS_URL") or 0,
                             SETTINGS_PRIORITIES["project"]))
        for name, default in WORKER_FILES.items():
            value = str(settings.get(name) or "")
            if "{worker}" in value:
                continue
            if (settings.getpriority(name) or 0) >= SETTINGS_PRIORITIES["cmdline"]:
                raise ValueError(f"{name}={value!r}: in distributed mode each worker needs a "
                                 "file of its own: put {worker} in the name")
            # above the spider's own per-run name (spiders/news.py), which has no {worker}
            settings.set(name, default, "spider")
        pipelines = settings["ITEM_PIPELINES"]
        order = pipelines.get(LOCAL_DEDUPE)
        if order is not None:
            pipelines[LOCAL_DEDUPE] = None
            pipelines[SHARED_DEDUPE] = order
        # next to the engine: it gets the start requests after every other middleware
        settings["SPIDER_MIDDLEWARES"][SEED_MIDDLEWARE] = 10


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler, fitted to Scrapy 2.19 and to a crawl that ends."""

    crawler: Crawler
    spider: Spider
    max_idle: float = 0.0
    poll: float = 0.25
    seeds_key: str = ""
    idle_since: float | None = None
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
        scheduler.poll = settings.getfloat("OSCE_REDIS_POLL_INTERVAL", 0.25)
        name = crawler.spidercls.name or "spider"
        scheduler.seeds_key = keys(name, settings.get("OSCE_REDIS_PREFIX") or
                                   DEFAULT_PREFIX).seeds
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        return scheduler

    def open(self, spider: Spider) -> None:
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
        import os
        if os.environ.get("XBOOST") and request.meta.get("osce_kind") == "listing":
            request = request.replace(priority=request.priority + 1000)
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        request: Request | None = self.queue.pop(0)    # never a blocking pop
        if request is not None:
            self.idle_since = None
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
        return request

    # ------------------------------------------------------------------ seed
    def adopt_start(self, start: AsyncIterator[Any]) -> None:
        """The spider's start requests, to be run only by the worker that pops the seed."""
        self.start = start
        self.try_seed()

    def try_seed(self) -> bool:
        if self.start is None or self.seeding:
            return False
        raw = self.server.lpop(self.seeds_key)
        if raw is None:
            return False
        try:
            seed = json.loads(raw)
        except ValueError:
            seed = {}
        log.info("took the seed (enqueued %s by %s): making the start requests",
                 seed.get("enqueued_at", "?"), seed.get("by", "?"))
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
    def spider_idle(self) -> None:
        """Nothing in flight here and nothing queued: take the seed, wait, or close."""
        if self.seeding or self.try_seed() or self.has_pending_requests():
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if self.max_idle <= 0 or now - self.idle_since < self.max_idle:
            raise DontCloseSpider
        log.info("nothing to do for %.1f s and the shared queue is empty: closing",
                 now - self.idle_since)


class SeedMiddleware:
    """Hands the spider's start requests to :class:`SharedScheduler` instead of the engine."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedMiddleware:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        engine = self.crawler.engine
        scheduler = getattr(engine, "scheduler", None) or engine._slot.scheduler  # type: ignore[union-attr]
        if isinstance(scheduler, SharedScheduler):
            scheduler.adopt_start(start)
            return
        async for thing in start:       # not distributed after all: pass everything on
            yield thing

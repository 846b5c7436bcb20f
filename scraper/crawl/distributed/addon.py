"""Distributed mode: this process is one worker of a crawl shared through Redis.

``-s OSCE_DISTRIBUTED=1 -s REDIS_URL=redis://…`` is the whole switch: the add-on
below (listed in ADDONS by scraper/settings.py, idle otherwise) sets scrapy-redis's
scheduler and duplicate filter, keeps the queue when a worker closes
(``SCHEDULER_PERSIST``), shares the crawl state and the record keys through the same
Redis, and gives each worker files of its own (``{worker}`` in their names).  A
settings switch rather than a settings module, because Scrapyd can pass settings to
a job but cannot change its settings module.

What our scheduler (scraper/redis_scheduler.py, a small subclass of scrapy-redis's)
adds for Scrapy 2.19 and for a crawl that must end:

* an idle worker asks the queue again every ``OSCE_REDIS_POLL_INTERVAL`` seconds (the
  engine's heartbeat, 5 s otherwise: a worker would sit out while another one fetches
  the listing page that feeds everybody);
* a worker closes once it has had nothing to do for ``MAX_IDLE_TIME_BEFORE_CLOSE``
  seconds, and no other worker has been at work for as long (scrapy-redis's setting,
  which its spider class measures from the start of the process, whatever happened
  since; 0 waits for ever): a queue empty for a moment is not the end of the crawl,
  while another worker parses the listing page that will fill it;
* the seed of ``osce-scraper enqueue``: the first idle worker to pop it runs the
  spider's ``start()`` into the shared queue (:class:`SeedMiddleware` holds it back
  from the engine); the other workers never run it.  A worker takes part in one crawl
  only: when another one is enqueued, it takes no more requests and closes;
* stats without the deprecated ``spider`` argument; no blocking pop on the reactor
  thread (``SCHEDULER_IDLE_BEFORE_CLOSE`` is ignored); a request that bypasses the
  filter (``dont_filter``, such as an item left pending by a dead worker and asked
  for again) still marks its URL as seen, so another worker reaching it through a
  listing does not fetch it twice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from scrapy.crawler import Crawler
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from scraper.crawl.distributed.runner import DEFAULT_PREFIX

SCHEDULER = "scraper.crawl.distributed.scheduler.SharedScheduler"
SEED_MIDDLEWARE = f"{__name__}.SeedMiddleware"
LOCAL_DEDUPE = "pipelines.dedupe.DedupePipeline"
SHARED_DEDUPE = "scraper.crawl.distributed.dedupe.SharedDedupePipeline"
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
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise ValueError("OSCE_DISTRIBUTED=1 needs scrapy-redis: pip install "
                             "'osce-scraper[distributed]'") from None
        prefix = settings.get("OSCE_REDIS_PREFIX") or DEFAULT_PREFIX
        spider_key = f"{prefix}:%(spider)s"
        for name, value in {
            "SCHEDULER": SCHEDULER,
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            "SCHEDULER_QUEUE_KEY": f"{spider_key}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{spider_key}:dupefilter",
            "SCHEDULER_SERIALIZER": "scraper.crawl.distributed.requestjson",
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


class SeedMiddleware:
    """Hands the spider's start requests to :class:`SharedScheduler` instead of the engine."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedMiddleware:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        engine = self.crawler.engine
        # Scrapy 2.19 names the scheduler; before, it is the engine slot's
        scheduler = getattr(engine, "scheduler", None) or engine._slot.scheduler  # type: ignore[union-attr]
        if hasattr(scheduler, "adopt_start"):
            scheduler.adopt_start(start)
            return
        async for thing in start:       # not distributed after all: pass everything on
            yield thing

"""Distributed crawls: worker processes sharing scrapy-redis's queue and duplicate filter
and the crawl state in a real Redis (started here, on 127.0.0.1), against a 600-item
copy of the site (bench/distributed.py crawls 2,000 items with 1, 2 and 4 workers).
Together the workers write every item once; a worker killed with SIGKILL loses only
what it held, and an incremental re-run brings it back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import redis
from scrapy import Request
from scrapy.settings import Settings
from scrapy.utils.request import request_from_dict

from scraper.crawl.distributed import requestjson
from scraper.crawl.distributed.addon import DistributedAddon
from scraper.crawl.distributed.runner import enqueue, keys
from scraper.crawl.distributed.state import RedisState
from scraper.devsite.server import (
    FaultMode,
    Mode,
    Reply,
    RunningSite,
    Site,
    SiteRequest,
    Slow,
    serving,
)
from scraper.devsite.services import redis_server
from scraper.devsite.sitegen import build_site, expected_records
from scraper.output.jsonl import read_jsonl
from tests.crawling import SMALL_DESIGNS, UNTHROTTLED, cli, small_site

# enough for both workers to take part and for a kill to fall mid-crawl; each item costs
# a worker's CPU, so no more (the suite's budget); the small copy's designs, repeated
ITEMS = 150
IDLE_CLOSE = "2"      # seconds with nothing to do before a worker closes
TIMEOUT = 180.0


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "site"
    build_site(root, items=ITEMS, designs=SMALL_DESIGNS)
    return root


@pytest.fixture(scope="module")
def small() -> Iterator[RunningSite]:
    with serving(small_site()) as running:
        yield running


@pytest.fixture(scope="module")
def site(big_site: Path) -> Iterator[RunningSite]:
    with serving(big_site) as running:
        yield running


@pytest.fixture
def fresh_redis(redis_url: str) -> str:
    redis.Redis.from_url(redis_url).flushdb()
    return redis_url


def _env() -> dict[str, str]:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}


def start_worker(site: RunningSite, redis_url: str, workdir: Path, name: str,
                 mode: str) -> subprocess.Popen[bytes]:
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *UNTHROTTLED,
           "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
           "-a", f"start_url={site.url}/press-releases", "-a", f"mode={mode}",
           "-s", "OSCE_DISTRIBUTED=1", "-s", f"REDIS_URL={redis_url}",
           "-s", f"MAX_IDLE_TIME_BEFORE_CLOSE={IDLE_CLOSE}", "-s", f"OSCE_WORKER_ID={name}",
           "-s", f"OUTPUT_DIR={workdir / 'data'}", "-s", "LOG_LEVEL=INFO",
           "-s", f"USER_AGENT=test-worker-{name}",
           # a worker's share of the items is no sample of the site (the dead worker's
           # pages are contiguous): the whole crawl's coverage is what crawl-distributed
           # checks, so a worker here watches no field
           "-s", "OSCE_COVERAGE_THRESHOLDS={}",
           "-s", f"LOG_FILE={workdir / f'{name}.log'}"]
    return subprocess.Popen(cmd, cwd=workdir, env=_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def finish(proc: subprocess.Popen[bytes], log: Path) -> None:
    try:
        proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail(f"worker did not finish: {log.read_text('utf-8')[-3000:]}")
    assert proc.returncode == 0, log.read_text("utf-8")[-3000:]


def written(workdir: Path, running: bool = False) -> dict[Path, list[tuple[str, str]]]:
    """The records in each worker file: (url, language) of every complete line.

    ``running``: the workers are still writing, so each file's last line may be one
    they have not finished yet."""
    out: dict[Path, list[tuple[str, str]]] = {}
    for path in sorted((workdir / "data").glob("news-*.jsonl")):
        lines = list(read_jsonl(path))
        settled = lines[:-1] if running else lines
        # only a killed worker's last line may be cut; every other line is a record
        assert all(line.record is not None or line.cut for line in settled), path
        out[path] = [(line.record["url"], line.record["language"])
                     for line in lines if line.record is not None]
    return out


def merged(workdir: Path, files: list[Path]) -> list[dict[str, Any]]:
    """``osce-scraper merge`` of ``files`` (oldest first) into ``workdir/news.jsonl``."""
    out = workdir / "news.jsonl"
    proc = cli("merge", "-o", str(out), *map(str, files), workdir=workdir)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def lines_written(workdir: Path) -> int:
    """Complete lines in the worker files so far: a cheap count to poll (``written`` parses
    every record)."""
    return sum(path.read_bytes().count(b"\n")
               for path in (workdir / "data").glob("news-*.jsonl"))


def reports(workdir: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((workdir / "data" / "runs")
                                                              .glob("*.json"))]


class InHand(Mode):
    """Item pages answered a little late, so that a worker has requests in hand, and
    which worker (User-Agent) asked for each."""

    name = "in-hand"

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.asked: Counter[str] = Counter()

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        answer = site.reply(request)
        if "press-releases" in request.path or request.path == "/robots.txt":
            return answer
        with self.lock:
            self.asked[request.headers.get("user-agent", "")] += 1
        return replace(answer, delay=0.1)

    def in_hand(self, worker: str, written: int) -> int:
        """Item pages ``worker`` asked for and has not written (yet)."""
        with self.lock:
            return self.asked[f"test-worker-{worker}"] - written


# --------------------------------------------------------------------------- crawls
def test_two_workers_write_every_item_exactly_once(site: RunningSite, big_site: Path,
                                                   fresh_redis: str, tmp_path: Path) -> None:
    expected = {r["url"] for r in expected_records("news", site.url, big_site)}
    assert len(expected) >= ITEMS
    started = cli("enqueue", "--redis-url", fresh_redis, workdir=tmp_path)
    assert started.returncode == 0, started.stderr
    workers = [start_worker(site, fresh_redis, tmp_path, f"w{i}", "full") for i in (1, 2)]
    for i, proc in enumerate(workers, 1):
        finish(proc, tmp_path / f"w{i}.log")

    files = written(tmp_path)
    assert len(files) == 2                                  # one file per worker
    assert all(files.values()), {p.name: len(v) for p, v in files.items()}   # both worked
    counts = Counter(key for records in files.values() for key in records)
    assert {url for url, _ in counts} == expected
    assert max(counts.values()) == 1                        # nobody wrote an item twice
    assert {r["url"] for r in merged(tmp_path, list(files))} == expected
    assert [r["finish_reason"] for r in reports(tmp_path)] == ["finished", "finished"]
    for i in (1, 2):          # scrapy-redis under Scrapy 2.19: nothing deprecated or broken
        log = (tmp_path / f"w{i}.log").read_text("utf-8")
        for bad in ("Traceback", "] ERROR:", "DeprecationWarning"):
            assert bad not in log, f"w{i}: {bad}"

    server = redis.Redis.from_url(fresh_redis)
    k = keys("news")
    assert server.zcard(k.queue) == 0
    assert server.exists(k.dupefilter)                      # SCHEDULER_PERSIST
    assert server.llen(k.seeds) == 0                        # one worker took the seed


def test_a_worker_killed_mid_crawl_is_made_good_by_an_incremental_rerun(
        site: RunningSite, big_site: Path, fresh_redis: str, tmp_path: Path) -> None:
    expected = {r["url"] for r in expected_records("news", site.url, big_site)}
    enqueue(fresh_redis)
    first = tmp_path / "first"
    site.server.mode = mode = InHand()
    try:
        workers = {name: start_worker(site, fresh_redis, first, name, "full")
                   for name in ("a", "b")}
        deadline = time.monotonic() + TIMEOUT
        victim = ""
        while not victim:
            assert time.monotonic() < deadline, "the crawl made no progress"
            assert all(p.poll() is None for p in workers.values()), "a worker ended early"
            time.sleep(0.05)
            if lines_written(first) < ITEMS // 3:
                continue
            share = {path.stem.rsplit("-", 1)[1]: len(v)
                     for path, v in written(first, running=True).items()}
            if sum(share.values()) < ITEMS // 3:
                continue
            # a worker dies with requests in hand (asked for, not written)
            victim = next((name for name in workers
                           if mode.in_hand(name, share.get(name, 0)) >= 5), "")
        survivor = next(name for name in workers if name != victim)
        workers[victim].send_signal(signal.SIGKILL)
        workers[victim].wait()
        finish(workers[survivor], first / f"{survivor}.log")
    finally:
        site.server.mode = Mode()
    after_kill = {url for records in written(first).values() for url, _ in records}
    assert after_kill < expected                            # what the dead worker held is lost

    enqueue(fresh_redis)
    rerun = tmp_path / "rerun"
    again = [start_worker(site, fresh_redis, rerun, name, "incremental") for name in ("c", "d")]
    for proc, name in zip(again, ("c", "d"), strict=True):
        finish(proc, rerun / f"{name}.log")

    everything = {**written(first), **written(rerun)}
    assert {url for records in everything.values() for url, _ in records} == expected
    # the re-run fetched what was missing, not the crawl again: an item is written twice
    # only if the kill fell between writing its line and recording it (one at most)
    counts = Counter(key for records in everything.values() for key in records)
    assert sum(n - 1 for n in counts.values()) <= 1, counts.most_common(3)
    records = merged(tmp_path, list(everything))
    assert sorted(r["url"] for r in records) == sorted(expected)   # nothing duplicated


def test_crawl_distributed_runs_the_workers_and_merges_their_files(
        small: RunningSite, fresh_redis: str, tmp_path: Path) -> None:
    """``make crawl-distributed``'s command, on the small offline copy."""
    out = tmp_path / "out"
    proc = cli("crawl-distributed", "--workers", "2", "--redis-url", fresh_redis,
               "--start-url", f"{small.url}/press-releases", "--output-dir", str(out),
               "--", *UNTHROTTLED, "-s", f"MAX_IDLE_TIME_BEFORE_CLOSE={IDLE_CLOSE}",
               workdir=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(list(out.glob("news-*.jsonl"))) == 2
    assert len(list((out / "logs").glob("*.log"))) == 2
    records = [json.loads(line) for line in (out / "news.jsonl").read_text("utf-8").splitlines()]
    # the page robots.txt disallows (/internal/899998) is not among them
    assert sorted(r["url"] for r in records) == \
        sorted(r["url"] for r in expected_records("news", small.url, small_site()))


def test_a_worker_checks_every_request_it_takes_while_robots_txt_is_slow(
        small: RunningSite, fresh_redis: str, tmp_path: Path) -> None:
    """A worker's first requests come from the shared queue in a batch, and all of them
    wait for robots.txt (slow here, as on a loaded machine): each one is checked, not
    only the first to wait (Scrapy 2.19's RobotsTxtMiddleware let the others through)."""
    disallowed = f"{small.url}/internal/899998"
    # requests a dead worker left unanswered, asked for again first, in one batch; the
    # disallowed one is not the first to wait for robots.txt (equal priorities leave the
    # shared queue in URL order: items whose paths sort before it come first)
    items = sorted(urlsplit(r["url"]).path
                   for r in expected_records("news", small.url, small_site()))
    before = [path for path in items if path < "/internal/"][:2]
    after = next(path for path in items if path > "/internal/")
    assert len(before) == 2
    RedisState(fresh_redis).add_pending([*(f"{small.url}{path}" for path in before),
                                         disallowed, f"{small.url}{after}"])
    enqueue(fresh_redis)
    mark = small.log.mark()
    small.server.mode = FaultMode({"/robots.txt": Slow(seconds=1.0)})
    try:
        finish(start_worker(small, fresh_redis, tmp_path, "w", "incremental"),
               tmp_path / "w.log")
    finally:
        small.server.mode = Mode()
    asked = small.log.paths(mark)
    assert asked.count("/robots.txt") == 1
    assert "/internal/899998" not in asked
    assert before[1] in asked
    assert after in asked
    [report] = reports(tmp_path)
    assert report["failures"]["by_kind"]["robots_forbidden"] == 1, report["failures"]
    assert disallowed not in RedisState(fresh_redis).pending()   # given up for good


# --------------------------------------------------------------------------- pieces
def test_queued_requests_are_json_and_come_back_whole() -> None:
    request = Request("http://127.0.0.1/x?a=1", method="POST", body=b"\x00\xff",
                      headers={"X-Raw": b"\xc3\xa9"}, priority=-3, dont_filter=True,
                      meta={"osce_kind": "news", "redirect_urls": ["http://a/"],
                            "$odd": {1: "one"}},
                      cb_kwargs={"start": "http://a/", "page_no": 2, "resumed": True})
    data = requestjson.dumps(request.to_dict())
    assert b"pickle" not in data
    assert json.loads(data)
    back = request_from_dict(requestjson.loads(data))
    assert (back.url, back.method, back.body, back.priority, back.dont_filter) == \
        (request.url, request.method, request.body, request.priority, request.dont_filter)
    assert back.headers.getlist("X-Raw") == [b"\xc3\xa9"]
    assert back.meta == request.meta
    assert back.cb_kwargs == request.cb_kwargs
    with pytest.raises(TypeError):
        requestjson.dumps(Request("http://a/", meta={"thing": object()}).to_dict())


def _distributed_settings(**overrides: Any) -> Settings:
    settings = Settings()
    settings.setmodule("scraper.crawl.settings", priority="project")
    settings.setdict({"OSCE_DISTRIBUTED": True, "REDIS_URL": "redis://127.0.0.1:1/0",
                      **overrides}, priority="cmdline")
    DistributedAddon().update_settings(settings)
    return settings


def test_the_switch_sets_scrapy_redis_up_and_gives_each_worker_its_files() -> None:
    settings = _distributed_settings()
    assert settings["SCHEDULER"] == "scraper.crawl.distributed.scheduler.SharedScheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST")
    assert settings["STATE_REDIS_URL"] == "redis://127.0.0.1:1/0"
    assert "{worker}" in settings["OUTPUT_FILE"]
    assert "{worker}" in settings["OUTPUT_REJECTS_FILE"]
    pipelines = settings.getwithbase("ITEM_PIPELINES")
    assert pipelines["scraper.crawl.distributed.dedupe.SharedDedupePipeline"] == 300
    assert pipelines["pipelines.dedupe.DedupePipeline"] is None
    with pytest.raises(ValueError, match="worker"):
        _distributed_settings(OUTPUT_FILE="news.jsonl")
    with pytest.raises(ValueError, match="REDIS_URL"):
        _distributed_settings(REDIS_URL="")
    off = Settings()
    off.setmodule("scraper.crawl.settings", priority="project")
    DistributedAddon().update_settings(off)
    assert off["SCHEDULER"] == Settings()["SCHEDULER"]      # off: nothing changes


def test_enqueue_starts_a_new_crawl(fresh_redis: str) -> None:
    server = redis.Redis.from_url(fresh_redis)
    k = keys("news")
    server.zadd(k.queue, {b"left over": 1})
    server.sadd(k.dupefilter, "fp")
    server.sadd(k.records, "r")
    server.set("osce:state:keep", "1")
    assert enqueue(fresh_redis) == 1
    assert not server.exists(k.queue, k.dupefilter, k.records)
    assert server.llen(k.seeds) == 1
    assert server.get("osce:state:keep") == b"1"            # the crawl state stays


def test_a_worker_leaves_when_another_crawl_is_enqueued(fresh_redis: str) -> None:
    from scraper.crawl.distributed.scheduler import SharedScheduler

    k = keys("news")
    worker = SharedScheduler(server=redis.Redis.from_url(fresh_redis))
    worker.crawl_key = k.crawl
    enqueue(fresh_redis)
    enqueue(fresh_redis)
    assert not worker.left_for_another_crawl(every=0)     # a fresh worker takes any crawl
    worker.crawl = worker.current_crawl()                 # it took part in this one
    assert not worker.left_for_another_crawl(every=0)
    enqueue(fresh_redis)
    assert worker.left_for_another_crawl(every=0)
    assert worker.next_request() is None                  # and takes nothing more


def test_a_worker_with_downloads_in_flight_keeps_telling_it_is_at_work(fresh_redis: str) -> None:
    """A robots.txt or a page that takes longer than MAX_IDLE_TIME_BEFORE_CLOSE sends no
    signal; the other workers must still see this one at work, or they close early."""
    from types import SimpleNamespace

    from scraper.crawl.distributed.scheduler import SharedScheduler

    k = keys("news")
    server = redis.Redis.from_url(fresh_redis)
    worker = SharedScheduler(server=server)
    worker.crawl_key, worker.busy_key, worker.worker, worker.max_idle = k.crawl, k.busy, "w1", 2.0
    worker.queue = SimpleNamespace(pop=lambda timeout=0: None)
    downloader = SimpleNamespace(active=set())
    worker.crawler = SimpleNamespace(engine=SimpleNamespace(downloader=downloader))
    assert worker.next_request() is None
    assert server.get(k.busy) is None                     # nothing in flight: not at work
    downloader.active.add("robots.txt")
    assert worker.next_request() is None
    assert server.get(k.busy) == b"w1"
    assert 0 < server.pttl(k.busy) <= 2000


def test_a_worker_joining_a_crawl_under_way_warns_of_nothing_deprecated(
        fresh_redis: str) -> None:
    """scrapy-redis says "Resuming crawl" through Spider.log(), deprecated in Scrapy 2.19:
    the second worker of every distributed crawl opens on a queue with requests in it."""
    import warnings
    from types import SimpleNamespace

    from scrapy import Spider

    from scraper.crawl.distributed.scheduler import SharedScheduler

    settings = _distributed_settings(REDIS_URL=fresh_redis)
    spider = Spider("news")
    spider.settings = settings

    def worker() -> SharedScheduler:
        scheduler = SharedScheduler.from_settings(settings)
        scheduler.crawler = SimpleNamespace(engine=SimpleNamespace(_SLOT_HEARTBEAT_INTERVAL=5.0))
        scheduler.stats = None
        return scheduler

    first = worker()
    first.open(spider)
    first.enqueue_request(Request("http://127.0.0.1/a"))
    second = worker()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        second.open(spider)
    assert len(second.queue) == 1

"""A crawl run by several worker processes, on one machine or many, through scrapy-redis.

The workers are ordinary ``osce-scraper crawl news`` processes with
``-s OSCE_DISTRIBUTED=1 -s REDIS_URL=…`` (spiders/distributed.py switches them over):
they share scrapy-redis's request queue and duplicate filter, and the crawl state.
Two commands drive them:

``osce-scraper enqueue``
    starts a crawl: clears what the last crawl left in Redis (its queue, its
    duplicate filter, its record keys) and pushes one seed.  The first worker to pop
    the seed runs the spider's own start (the listing, and in incremental mode the
    item requests an earlier crawl left unanswered) into the shared queue; the others
    take their requests from there.  Workers started before the seed wait for it.

``osce-scraper crawl-distributed`` (``make crawl-distributed``)
    enqueue, start N workers here, wait for them, merge their files into
    ``OUTPUT_DIR/news.jsonl``.

Every worker gets the same spider arguments (``-a start_url=…``, ``mode``, ``since``):
any worker may parse any listing page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper.crawl.runner import new_run_id, read_report
from scraper.exitcodes import Exit
from scraper.output.merge import merge

DEFAULT_PREFIX = "osce"


@dataclass(frozen=True)
class Keys:
    """Where one spider's distributed crawl lives in Redis."""

    queue: str        # scrapy-redis request queue (a sorted set by priority)
    dupefilter: str   # scrapy-redis request fingerprints
    seeds: str        # the seed osce-scraper enqueue pushes (a list)
    records: str      # record keys written by this crawl's workers (a set)
    busy: str         # a worker at work lately (expires after MAX_IDLE_TIME_BEFORE_CLOSE)
    crawl: str        # the id of the crawl enqueued last


def keys(spider: str, prefix: str = DEFAULT_PREFIX) -> Keys:
    base = f"{prefix}:{spider}"
    return Keys(f"{base}:requests", f"{base}:dupefilter", f"{base}:seed", f"{base}:records",
                f"{base}:busy", f"{base}:crawl")


def _redis(url: str) -> Any:
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)


def redis_problem(url: str) -> str | None:
    """Why the Redis server at ``url`` cannot be used, or None."""
    import redis

    try:
        _redis(url).ping()
    except (redis.RedisError, ValueError) as exc:
        return f"cannot reach Redis at {url}: {exc}"
    return None


def enqueue(redis_url: str, spider: str = "news", prefix: str = DEFAULT_PREFIX) -> int:
    """Start a crawl: clear the last one's queue, filter and record keys, push one seed.

    Returns how many requests of an unfinished crawl were thrown away (their items
    are still pending in the crawl state: an incremental crawl asks for them again).
    """
    server = _redis(redis_url)
    k = keys(spider, prefix)
    kind = server.type(k.queue)
    kind = kind.decode() if isinstance(kind, bytes) else str(kind)
    left = {"zset": server.zcard, "list": server.llen}.get(kind, lambda _key: 0)(k.queue)
    crawl = f"{new_run_id()}-{secrets.token_hex(4)}"
    seed = json.dumps({"crawl": crawl, "by": socket.gethostname(),
                       "enqueued_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    pipe = server.pipeline(transaction=True)
    pipe.delete(k.queue, k.dupefilter, k.records, k.seeds, k.busy)
    pipe.set(k.crawl, crawl)      # workers of an earlier crawl see it and leave
    pipe.rpush(k.seeds, seed)
    pipe.execute()
    return int(left)


def cmd_enqueue(args: argparse.Namespace) -> int:
    problem = redis_problem(args.redis_url)
    if problem:
        print(f"osce-scraper: {problem}", file=sys.stderr)
        return Exit.FAILED
    left = enqueue(args.redis_url, args.spider, args.prefix)
    k = keys(args.spider, args.prefix)
    print(f"enqueued a {args.spider} crawl at {k.seeds}"
          + (f" ({left} queued requests of an unfinished crawl dropped)" if left else "")
          + f"; start workers with -s OSCE_DISTRIBUTED=1 -s REDIS_URL={args.redis_url}")
    return Exit.OK


# ---------------------------------------------------------------- workers on this machine
def worker_command(spider: str, redis_url: str, *scrapy_args: str,
                   prefix: str = DEFAULT_PREFIX) -> list[str]:
    """``osce-scraper crawl SPIDER`` as one worker of the crawl in Redis."""
    return [sys.executable, "-m", "scraper.cli.main", "crawl", spider,
            "-s", "OSCE_DISTRIBUTED=1", "-s", f"REDIS_URL={redis_url}",
            "-s", f"OSCE_REDIS_PREFIX={prefix}", *scrapy_args]


def _worst(codes: list[int]) -> int:
    """One exit status for the lot: a bad argument, nothing fetched, a failure, an alarm."""
    for status in (Exit.USAGE, Exit.NOTHING_FETCHED, Exit.FAILED, Exit.ALARM):
        if status in codes:
            return status
    return Exit.FAILED if any(codes) else Exit.OK


def run_distributed(workers: int, redis_url: str, output_dir: Path, *,
                    start_urls: list[str] | None = None, mode: str = "full",
                    scrapy_args: list[str] | None = None, spider: str = "news",
                    prefix: str = DEFAULT_PREFIX) -> int:
    problem = redis_problem(redis_url)
    if problem:
        print(f"osce-scraper: {problem}", file=sys.stderr)
        return Exit.FAILED
    output_dir.mkdir(parents=True, exist_ok=True)
    left = enqueue(redis_url, spider, prefix)
    if left:
        print(f"dropped {left} queued requests of an unfinished crawl")
    stamp = new_run_id()
    common = [*(["-a", "start_url=" + ",".join(start_urls)] if start_urls else []),
              "-a", f"mode={mode}", "-s", f"OUTPUT_DIR={output_dir}", *(scrapy_args or [])]
    procs: list[tuple[str, subprocess.Popen[bytes]]] = []
    try:
        for i in range(1, workers + 1):
            run_id = f"{stamp}-{i}"
            log = output_dir / "logs" / f"{run_id}.log"
            log.parent.mkdir(parents=True, exist_ok=True)
            cmd = worker_command(spider, redis_url, *common, "-s", f"OSCE_RUN_ID={run_id}",
                                 "-s", f"LOG_FILE={log}", prefix=prefix)
            procs.append((run_id, subprocess.Popen(cmd)))
            print(f"worker {i}: run {run_id}, log {log}")
        codes = [proc.wait() for _, proc in procs]
    except KeyboardInterrupt:
        for _, proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        for _, proc in procs:
            proc.wait()
        return 130
    for i, ((run_id, _), code) in enumerate(zip(procs, codes, strict=True)):
        report = read_report(output_dir, run_id) or {}
        written = (report.get("items") or {}).get("written", "?")
        print(f"run {run_id}: exit {code}, {report.get('finish_reason', 'no report')}, "
              f"{written} records written to {report.get('output_file')}")
        # each worker's field coverage measured its share only, a sample that may be
        # small: that monitor is the whole crawl's (below); the others stand
        if code == Exit.ALARM and set(report.get("alarm") or []) <= {"Field coverage"}:
            codes[i] = Exit.OK
    crawled = sorted(output_dir.glob(f"{spider}-{stamp}-*.jsonl"))
    # a full crawl's dataset is this crawl's files; an incremental one adds to every
    # earlier run's (names start with the run id, a UTC time: sorted is oldest first)
    files = sorted(output_dir.glob(f"{spider}-*.jsonl")) if mode == "incremental" else crawled
    target = output_dir / f"{spider}.jsonl"
    if files:
        result = merge(files, target, report=_say)
        print(result.summary() if not result.error else
              f"osce-scraper: merge failed, {target} unchanged: {result.error}")
        if result.error or result.skipped:
            codes.append(Exit.FAILED)
    elif mode != "incremental":
        print(f"osce-scraper: no worker wrote a file in {output_dir}", file=sys.stderr)
        codes.append(Exit.FAILED)
    alarm = coverage_alarm(crawled, spider, expect_records=mode != "incremental")
    if alarm:
        print(f"osce-scraper: coverage alarm: {', '.join(alarm)}", file=sys.stderr)
        codes.append(Exit.ALARM)
    return _worst(codes)


def coverage_alarm(files: list[Path], kind: str, expect_records: bool) -> list[str]:
    """The watched fields (scraper/settings.py OSCE_COVERAGE_THRESHOLDS) whose share in
    these files' records is below its threshold, as each run report measures it."""
    from scraper.crawl.settings import OSCE_COVERAGE_THRESHOLDS
    from scraper.output.coverage import Coverage
    from scraper.output.jsonl import read_jsonl
    from scraper.output.schema import KINDS

    if kind not in KINDS:
        return []
    coverage = Coverage(kind)
    for path in files:
        for line in read_jsonl(path):
            if line.record is not None:
                coverage.add(line.record)
    if not coverage.records and not expect_records:
        return []
    return coverage.below({f: t for f, t in OSCE_COVERAGE_THRESHOLDS.items()
                           if f in KINDS[kind]})


def cmd_crawl_distributed(args: argparse.Namespace) -> int:
    if args.workers < 1:
        print("osce-scraper: --workers must be at least 1", file=sys.stderr)
        return Exit.USAGE
    extra = list(args.scrapy_args)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    return run_distributed(args.workers, args.redis_url, Path(args.output_dir),
                           start_urls=args.start_url or None, mode=args.mode,
                           scrapy_args=extra, spider=args.spider, prefix=args.prefix)


def register(sub: Any) -> None:
    env_url = os.environ.get("REDIS_URL")
    p = sub.add_parser("enqueue", help="start a distributed crawl: one seed for its workers",
                       description="Clears what the last crawl left in Redis (request queue, "
                       "duplicate filter) and pushes the seed; the first worker to take it "
                       "makes the start requests from its own spider arguments.")
    p.add_argument("--redis-url", required=env_url is None, default=env_url,
                   help="redis://host:port/db (default: $REDIS_URL)")
    p.add_argument("--spider", default="news")
    p.add_argument("--prefix", default=DEFAULT_PREFIX, help="OSCE_REDIS_PREFIX of the workers")
    p.set_defaults(func=cmd_enqueue)

    p = sub.add_parser("crawl-distributed",
                       help="enqueue, run N workers here, merge their files",
                       description="Extra arguments after -- go to every worker's 'scrapy "
                       "crawl' (-a, -s).  Exit status: the worst of the workers' (see crawl).")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--redis-url", required=env_url is None, default=env_url,
                   help="redis://host:port/db (default: $REDIS_URL)")
    p.add_argument("--start-url", action="append", metavar="URL",
                   help="listing to start from (default: the spider's)")
    p.add_argument("--mode", choices=("full", "incremental"), default="full")
    p.add_argument("--output-dir", default="data")
    p.add_argument("--spider", default="news")
    p.add_argument("--prefix", default=DEFAULT_PREFIX)
    p.add_argument("scrapy_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_crawl_distributed)


def _say(message: str) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr)

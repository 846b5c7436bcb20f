"""5. Distributed crawl: 1, 2 and 4 worker processes sharing one Redis (scrapy-redis's
queue and duplicate filter, the crawl state), full crawl of the 2,000-item copy on the
loopback server with politeness off, next to the one-process crawl without Redis.

Measured from ``osce-scraper enqueue`` to the last record written by any worker: the
workers' wait before closing (``MAX_IDLE_TIME_BEFORE_CLOSE``) is left out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench import Section, Target, rate, ratio
from bench.common import SMALL, UNTHROTTLED, full_crawl, project_env, served, session
from pipelines.jsonl import read_jsonl
from scraper.distributed import enqueue

ORDER = 50
WORKERS = (1, 2, 4)
IDLE_CLOSE = 2.0
TIMEOUT = 900.0


@dataclass
class Distributed:
    workers: int
    seconds: float                  # enqueue to the last record written
    written: list[int]              # records per worker
    duplicates: int                 # records written by more than one worker
    cpu: float                      # user + system seconds of all workers
    server_cpu: float               # this process meanwhile (the loopback server)
    returncodes: list[int]

    @property
    def total(self) -> int:
        return sum(self.written)


def crawl(workers: int, redis_url: str, url: str, workdir: Path) -> Distributed:
    import redis

    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    redis.Redis.from_url(redis_url).flushdb()        # no crawl state: a first, full crawl
    own = os.times()
    started, started_at = time.monotonic(), time.time()
    enqueue(redis_url)
    procs = []
    for i in range(workers):
        cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *UNTHROTTLED,
               "-a", f"start_url={url}/press-releases",
               "-s", "OSCE_DISTRIBUTED=1", "-s", f"REDIS_URL={redis_url}",
               "-s", f"MAX_IDLE_TIME_BEFORE_CLOSE={IDLE_CLOSE}", "-s", f"OSCE_WORKER_ID=w{i}",
               "-s", f"OUTPUT_DIR={workdir / 'data'}", "-s", f"LOG_FILE={workdir / f'w{i}.log'}"]
        procs.append(subprocess.Popen(cmd, cwd=workdir, env=project_env(),
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
    cpu, codes = 0.0, []
    deadline = started + TIMEOUT
    for proc in procs:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        codes.append(proc.returncode)
        cpu += usage.ru_utime + usage.ru_stime
    now = os.times()
    files = sorted((workdir / "data").glob("news-*.jsonl"))
    seconds = max((f.stat().st_mtime for f in files), default=time.time()) - started_at
    keys: Counter[tuple[str, str]] = Counter()
    written = []
    for path in files:
        records = [line.record for line in read_jsonl(path) if line.record is not None]
        written.append(len(records))
        keys.update((r["url"], r["language"]) for r in records)
    return Distributed(workers, seconds, written, sum(n - 1 for n in keys.values() if n > 1),
                       cpu, (now.user - own.user) + (now.system - own.system), codes)


def run() -> Section:
    if shutil.which("redis-server") is None:
        return Section("Distributed crawl (scrapy-redis)", ["skipped"],
                       [["redis-server is not installed: scripts/ensure-services.sh"]])
    from tests.services import redis_server

    baseline = full_crawl(SMALL)
    site = served(SMALL)
    root = session().root
    results: list[Distributed] = []
    (root / "redis").mkdir(exist_ok=True)
    with redis_server(root / "redis") as redis_url:
        for n in WORKERS:
            results.append(crawl(n, redis_url, site.url, root / f"distributed-{n}"))
    one = results[0].seconds
    base_rate = baseline.written / baseline.elapsed if baseline.elapsed else 0.0
    rows = [["1 process, no Redis", f"{baseline.elapsed:.1f}", rate(base_rate), "",
             f"{baseline.process.cpu:.1f}", str(baseline.written)]]
    for r in results:
        rows.append([f"{r.workers} worker{'s' if r.workers > 1 else ''}", f"{r.seconds:.1f}",
                     rate(r.total / r.seconds if r.seconds else 0.0),
                     ratio(one / r.seconds) if r.seconds else "",
                     f"{r.cpu:.1f}", " + ".join(map(str, r.written))])
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    notes = [
        (f"{SMALL:,} items; every worker with the crawl benchmark's settings "
        "(16 concurrent requests, no delay); seconds from `osce-scraper enqueue` to the "
        f"last record written (the {IDLE_CLOSE:g} s each worker then waits before closing "
        "is left out); CPU: the workers' user + system seconds."),
        (f"This machine has {cores} usable cores, and the loopback server (in the benchmark's "
        f"own process: {max(r.server_cpu for r in results):.1f} CPU s at most) and Redis share "
        "them with the workers: the extraction is CPU-bound, so more workers than cores "
        "cannot go faster here.  Against the real site a worker waits on the network and "
        "its politeness delay, and workers on several machines add up."),
        ("The newsroom is a chain: the next listing page is known only once the previous "
        "one is parsed, and each gives 10 items.  Listing pages go first in the shared "
        "queue, but a worker parses the page behind the items it already holds."),
        ("The CPU cost of going through Redis (queue, filter, crawl state, record keys) is "
        "the difference between the one-worker and the one-process rows."),
    ]
    targets = [Target(f"distributed, {r.workers} worker{'s' if r.workers > 1 else ''}",
                      f"{SMALL:,} items, each written once, every worker exits 0",
                      f"{r.total:,} written, {r.duplicates} twice, exits {r.returncodes}",
                      r.total == baseline.written and r.duplicates == 0
                      and not any(r.returncodes))
               for r in results]
    return Section("Distributed crawl (scrapy-redis): 1, 2 and 4 workers",
                   ["run", "seconds", "items/s", "speed-up vs 1 worker", "CPU s",
                    "records per worker"], rows, notes, targets)

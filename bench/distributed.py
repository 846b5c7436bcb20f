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
from scraper.crawl.distributed.runner import enqueue
from scraper.output.jsonl import read_jsonl

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
    cpu_wait: float | None          # seconds the workers were ready to run but had no core
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
    cpu, codes = 0.0, [0] * workers
    waited: dict[int, float | None] = {}
    deadline = started + TIMEOUT
    running = dict(enumerate(procs))
    while running:
        for i, proc in list(running.items()):
            waited[i] = _runqueue_wait(proc.pid, waited.get(i))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if not pid and time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
            if pid:
                proc.returncode = codes[i] = os.waitstatus_to_exitcode(status)
                cpu += usage.ru_utime + usage.ru_stime
                del running[i]
        time.sleep(0.1)
    now = os.times()
    files = sorted((workdir / "data").glob("news-*.jsonl"))
    seconds = max((f.stat().st_mtime for f in files), default=time.time()) - started_at
    keys: Counter[tuple[str, str]] = Counter()
    written = []
    for path in files:
        records = [line.record for line in read_jsonl(path) if line.record is not None]
        written.append(len(records))
        keys.update((r["url"], r["language"]) for r in records)
    known = [w for w in waited.values() if w is not None]
    return Distributed(workers, seconds, written, sum(n - 1 for n in keys.values() if n > 1),
                       cpu, sum(known) if len(known) == workers else None,
                       (now.user - own.user) + (now.system - own.system), codes)


def _runqueue_wait(pid: int, last: float | None) -> float | None:
    """Seconds the process has waited for a CPU so far (Linux's schedstat), else ``last``."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return last


def run() -> Section:
    if shutil.which("redis-server") is None:
        return Section("Distributed crawl (scrapy-redis)", ["skipped"],
                       [["redis-server is not installed: scripts/ensure-services.sh"]])
    from scraper.devsite.services import redis_server

    baseline = full_crawl(SMALL)
    site = served(SMALL)
    root = session().root
    results: list[Distributed] = []
    (root / "redis").mkdir(exist_ok=True)
    with redis_server(root / "redis") as redis_url:
        for n in WORKERS:
            results.append(crawl(n, redis_url, site.url, root / f"distributed-{n}"))
    one = results[0].seconds
    # process start to exit, as the workers' (which include their start-up too)
    base = baseline.process.wall
    rows = [["1 process, no Redis", f"{base:.1f}", rate(baseline.written / base), "",
             f"{baseline.process.cpu:.1f}", "", str(baseline.written)]]
    for r in results:
        rows.append([f"{r.workers} worker{'s' if r.workers > 1 else ''}", f"{r.seconds:.1f}",
                     rate(r.total / r.seconds if r.seconds else 0.0),
                     ratio(one / r.seconds) if r.seconds else "",
                     f"{r.cpu:.1f}", "" if r.cpu_wait is None else f"{r.cpu_wait:.1f}",
                     " + ".join(map(str, r.written))])
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    server_cpu = max(r.server_cpu for r in results)
    notes = [
        (f"{SMALL:,} items, every worker with the crawl benchmark's settings (16 concurrent "
         "requests, no delay). Seconds: from `osce-scraper enqueue` to the last record "
         f"written, the workers' start-up included (the {IDLE_CLOSE:g} s each then waits "
         "before closing is not); for the one process, from its start to its exit. CPU: "
         "user + system seconds of the crawling processes; waiting for a core: how long "
         "the workers were ready to run while every core was busy (Linux schedstat)."),
        (f"This machine has {cores} usable cores, shared by the workers, Redis and the "
         f"loopback server (in the benchmark's own process, {server_cpu:.1f} CPU s at most), "
         "and by whatever else runs (see the load average above). Extraction is CPU-bound: "
         "more workers than free cores cannot go faster here. Against the real site a "
         "worker mostly waits on the network and its politeness delay, and workers on "
         "several machines add up."),
        ("The newsroom is a chain: the next listing page is known only once the one before "
         "is parsed, and each gives 10 items. Listing pages go first in the shared queue, "
         "but a worker parses one behind the pages it already holds (up to its "
         "concurrency), so the chain, not the workers, can set the pace."),
        ("What going through Redis costs (queue, filter, crawl state, record keys): the CPU "
         "seconds of one worker against those of the one process."),
    ]
    targets = [Target(f"distributed, {r.workers} worker{'s' if r.workers > 1 else ''}",
                      f"{SMALL:,} items, each written once, every worker exits 0",
                      f"{r.total:,} written, {r.duplicates} twice, exits {r.returncodes}",
                      r.total == baseline.written and r.duplicates == 0
                      and not any(r.returncodes))
               for r in results]
    return Section("Distributed crawl (scrapy-redis): 1, 2 and 4 workers",
                   ["run", "seconds", "items/s", "speed-up vs 1 worker", "CPU s",
                    "waiting for a core, s", "records per worker"], rows, notes, targets)

"""What the crawl benchmarks share: the scaled copies of the site, the loopback server
serving them, and full crawls measured once per session (crawl, memory and
incremental all read the same runs).

Everything lives in one temporary directory that is removed when the process exits.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scraper.devsite.server import RunningSite, serving
from scraper.devsite.sitegen import build_site

SMALL = 2_000
LARGE = 20_000
NEW_ITEMS = 50

# politeness off: the server is on this machine (design of issue 6)
UNTHROTTLED = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
               "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
               "-s", "ROBOTSTXT_OBEY=True", "-s", "LOG_LEVEL=INFO"]
CRAWL_TIMEOUT = 900.0

_STAT = re.compile(r"^\s*[{ ]'([^']+)': (-?\d+(?:\.\d+)?)[,}]?\s*$", re.M)


REPO = Path(__file__).resolve().parent.parent


class _Session:
    """The session's temporary directory and the servers it keeps open.

    ``BENCH_KEEP=DIR`` keeps the copies, crawl logs, state and output in DIR instead.
    """

    def __init__(self) -> None:
        self.stack = contextlib.ExitStack()
        keep = os.environ.get("BENCH_KEEP")
        if keep:
            self.root = Path(keep).resolve()
            self.root.mkdir(parents=True, exist_ok=True)
        else:
            self.root = Path(self.stack.enter_context(
                tempfile.TemporaryDirectory(prefix="osce-bench-")))
        atexit.register(self.stack.close)


@cache
def session() -> _Session:
    return _Session()


@cache
def site_copy(items: int, fresh: int = 0) -> Path:
    """The offline copy scaled to ``items`` items (built once per session)."""
    out = session().root / (f"site-{items}" + (f"-fresh{fresh}" if fresh else ""))
    # some fixtures are broken on purpose: their warnings are no news here
    quiet = logging.getLogger("scraper")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        build_site(out, items=items, fresh=fresh)
    finally:
        quiet.setLevel(level)
    return out


@cache
def served(items: int) -> RunningSite:
    """The ``items`` copy on a loopback server that stays up for the whole session
    (incremental re-runs must see the same origin as the full crawl)."""
    return session().stack.enter_context(serving(site_copy(items)))


def stats_of(log_text: str) -> dict[str, float]:
    """The numeric stats Scrapy dumps at the end of a crawl (empty when it did not)."""
    _, sep, dump = log_text.partition("Dumping Scrapy stats:")
    if not sep:
        return {}
    return {k: float(v) for k, v in _STAT.findall(dump)}


@dataclass
class Process:
    """A finished child process: exit status, its log, what it cost."""

    returncode: int
    log: str
    wall: float           # seconds, start to exit
    cpu: float            # user + system seconds of the child
    peak_rss: int         # bytes (ru_maxrss of this child alone)
    parent_cpu: float     # CPU seconds this process spent meanwhile (the loopback server)

    @property
    def stats(self) -> dict[str, float]:
        return stats_of(self.log)


def measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
             timeout: float = CRAWL_TIMEOUT) -> Process:
    """Run ``cmd`` and measure it: ``os.wait4`` gives the rusage of this one child,
    so its peak RSS is its own, not the session's largest child's."""
    log_path = cwd / f"log-{time.monotonic_ns()}.txt"
    own = os.times()
    started = time.monotonic()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)   # reaped: tell Popen
    now = os.times()
    scale = 1 if sys.platform == "darwin" else 1024       # ru_maxrss: bytes / KiB
    return Process(proc.returncode, log_path.read_text("utf-8", errors="replace"), wall,
                   usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale,
                   (now.user - own.user) + (now.system - own.system))


def project_env() -> dict[str, str]:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}


def bench_env() -> dict[str, str]:
    """For ``python -m bench.…`` children started outside the checkout."""
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{path}" if path else str(REPO)}


@dataclass
class CrawlRun:
    """One ``scrapy crawl news`` against a served copy, with what it cost."""

    items: int
    process: Process
    requests: list[str]        # what the server was asked (path + query), in order
    workdir: Path

    @property
    def stats(self) -> dict[str, float]:
        return self.process.stats

    @property
    def ok(self) -> bool:
        return self.process.returncode == 0 and bool(self.stats)

    @property
    def pages(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def elapsed(self) -> float:
        return self.stats.get("elapsed_time_seconds") or self.process.wall

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed else 0.0

    @property
    def written(self) -> int:
        return int(self.stats.get("osce/written/news", 0))

    @property
    def errors(self) -> int:
        """ERROR lines the crawl logged (a failing signal handler only logs)."""
        return sum(1 for line in self.process.log.splitlines() if "] ERROR:" in line)

    def state_items(self) -> int | None:
        """Items the crawl state (SQLite in the workdir) knows after the run."""
        path = self.workdir / "state" / "crawl.sqlite"
        if not path.exists():
            return None
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(db.execute("SELECT COUNT(*) FROM items").fetchone()[0])
        finally:
            db.close()

    def failure(self) -> str:
        tail = "\n".join(self.process.log.splitlines()[-15:])
        return f"crawl of {self.items} items exited {self.process.returncode}:\n{tail}"


def crawl(site: RunningSite, items: int, workdir: Path, *args: str) -> CrawlRun:
    """The full news crawl (every pipeline, JSONL written) with politeness off; state and
    output in ``workdir``, so a later run there is incremental against this one."""
    workdir.mkdir(parents=True, exist_ok=True)
    mark = site.log.mark()
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *UNTHROTTLED,
           "-s", f"STATE_DIR={workdir / 'state'}", "-s", f"OUTPUT_DIR={workdir / 'data'}",
           "-a", f"start_url={site.url}/press-releases", *args]
    process = measured(cmd, workdir, project_env())
    return CrawlRun(items, process, site.log.targets(mark), workdir)


@cache
def full_crawl(items: int) -> CrawlRun:
    """The full crawl of the ``items`` copy (once per session; its state is kept).

    ``mode=incremental`` on an empty state, as a scheduled crawl's first run: it fetches
    everything, like ``mode=full``, and also notes each item request as pending until
    answered, so the state knows every address it asked for (an item listed at two
    addresses is written once; ``mode=full`` remembers only the address written).
    """
    site = served(items)
    return crawl(site, items, session().root / f"crawl-{items}", "-a", "mode=incremental")

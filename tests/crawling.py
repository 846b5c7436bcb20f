"""Running a real crawl in a child process, as a user would, and reading what it did."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper.devsite.server import LoggedRequest, RunningSite

# The small offline copy: a spread of this many news designs and their variants (about
# fifty items on five newsroom pages, every trap).  For the tests of the crawl's own
# workings (incremental runs, crashes, archives, monitors, workers), which need a site;
# every design is crawled once, whole, by tests/e2e/test_crawl_site.py.
SMALL_DESIGNS = 24


def small_site() -> Path:
    """The small offline copy (built once per state of the fixtures, like the whole)."""
    from scraper.devsite.sitegen import site_dir

    return site_dir(designs=SMALL_DESIGNS)


# the loopback server is on this machine: no politeness delays
UNTHROTTLED = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
               "-s", "ROBOTSTXT_OBEY=True"]
_STAT = re.compile(r"^\s*[{ ]'([^']+)': (\d+)[,}]?\s*$", re.M)


@dataclass
class Crawl:
    returncode: int
    stderr: str
    records: list[dict[str, Any]]       # what was exported, internal "_" keys dropped
    requests: list[LoggedRequest]       # what the server was asked during the crawl
    output_dir: Path
    seconds: float = 0.0                # wall time of the child process
    peak_rss_kib: int = 0               # the child's peak resident memory (ru_maxrss)

    @property
    def stats(self) -> dict[str, int]:
        """The integer stats Scrapy dumps at the end of a crawl."""
        _, sep, dump = self.stderr.partition("Dumping Scrapy stats:")
        assert sep, "the crawl did not dump its stats"
        return {k: int(v) for k, v in _STAT.findall(dump)}

    def targets(self) -> list[str]:
        return [r.target for r in self.requests]


def _env() -> dict[str, str]:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}


FETCH_FIELDS = ("fetched_at", "run_id")


def without_fetch(record: dict[str, Any]) -> dict[str, Any]:
    """The record less what differs at every fetch (time, run), after checking that a
    crawl filled both: what two crawls of the same pages must agree on."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record.get("fetched_at") or ""), record
    assert record.get("run_id"), record
    return {k: v for k, v in record.items() if k not in FETCH_FIELDS}


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def scrapy_crawl(site: RunningSite, spider: str, workdir: Path, *args: str) -> Crawl:
    """``scrapy crawl SPIDER`` against the site with politeness off; output in ``workdir``."""
    feed = workdir / "feed.jsonl"
    output_dir = workdir / "data"
    mark = site.log.mark()
    started = time.monotonic()
    returncode, stderr, peak = _run_measured(
        [sys.executable, "-m", "scrapy", "crawl", spider, *UNTHROTTLED,
         "-s", f"OUTPUT_DIR={output_dir}", "-O", str(feed), *args], workdir, timeout=120)
    records = []
    if feed.exists():
        records = [_public(json.loads(line)) for line in feed.read_text("utf-8").splitlines()
                   if line.strip()]
    return Crawl(returncode, stderr, records, site.log.entries(mark), output_dir,
                 round(time.monotonic() - started, 2), peak)


def _hwm_kib(pid: int) -> int:
    """The process's own peak resident memory (VmHWM), 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _run_measured(cmd: list[str], cwd: Path, timeout: float) -> tuple[int, str, int]:
    """Run ``cmd``; its exit status, standard error and peak memory in KiB.

    The peak is the child's own high-water mark (``VmHWM``), read while it runs: Linux
    starts it afresh at exec, whereas ``ru_maxrss`` from wait4 would include the size of
    this test process at the fork, whatever the crawl itself used.
    """
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=_env(), stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        deadline = time.monotonic() + timeout
        while proc.poll() is None:
            peak = max(peak, _hwm_kib(proc.pid))
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise subprocess.TimeoutExpired(cmd, timeout)
            time.sleep(0.02)
        err.seek(0)
        return proc.returncode, err.read().decode("utf-8", "replace"), peak


def cli(*args: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    """``osce-scraper ARGS`` in a child process."""
    return subprocess.run([str(Path(sys.executable).parent / "osce-scraper"), *args], cwd=workdir,
                          env=_env(),
                          capture_output=True, text=True, timeout=120, check=False)

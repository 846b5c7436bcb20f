"""1c. Re-extraction from a WARC archive on one core and on every core.

The news fixtures, marked as in :mod:`bench.extraction` so that no page repeats, are
archived as a crawl archives them (:class:`scraper.crawl.warc.WarcArchive`, rotated
files), then ``reextract`` rebuilds the dataset with ``--jobs 1`` and ``--jobs N``:
reading the archive, extraction, validation, deduplication and writing, all timed by
the wall clock.  The command runs as a user runs it, in a process of its own, start-up
included.  The outputs must be identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import Section, Target, mib, rate, ratio
from bench.common import project_env
from bench.extraction import MIN_PAGES, fixture_pages, marked
from scraper.crawl.warc import WarcArchive
from scraper.extract.parallel import usable_cores

ORDER = 11
TARGET_SHARE = 0.8        # N cores give at least 0.8 · N × one core's rate
BIGGER = 5                # the memory check: 5× the archive, the same peak RSS
ROUNDS = 3                # each setting twice, alternating; the faster counts


def _archive(directory: Path, passes: int) -> tuple[list[Path], int]:
    pages = fixture_pages()
    archive = WarcArchive(directory, prefix="bench", max_size=2 * 2**20)   # rotated
    n = 0
    for k in range(1, passes + 1):
        for page in pages:
            body, url, headers = marked(page, k)
            archive.write(f"{url}?pass={k}", 200, "OK",
                          list((headers or {"Content-Type": "text/html; charset=utf-8"}).items()),
                          body, "GET", [], kind="news")
            n += 1
    archive.close()
    return sorted(directory.glob("bench-*.warc.gz")), n


COMMAND = [str(Path(sys.executable).parent / "osce-scraper"), "reextract"]


@dataclass
class Run:
    wall: float        # seconds, start to exit
    main_peak: int     # bytes: the command's own peak RSS (VmHWM)
    worker_peak: int   # bytes: the largest worker's (0 when none was seen)
    waited: float      # seconds the command and its workers were ready but had no core


def _reextract(files: list[Path], output: Path, jobs: int) -> Run:
    """``osce-scraper reextract --jobs N``: wall clock, and the peak RSS of the command
    and of its largest worker, read from /proc while it runs (``ru_maxrss`` would count
    the benchmark's own size, which a child inherits at fork)."""
    cmd = [*COMMAND, "--jobs", str(jobs), "-o", str(output), *map(str, files)]
    peaks: dict[int, int] = {}
    waits: dict[int, float] = {}
    started = time.monotonic()
    with subprocess.Popen(cmd, cwd=output.parent, env=project_env(),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        while proc.poll() is None:
            for pid in [proc.pid, *_descendants(proc.pid)]:
                peaks[pid] = max(peaks.get(pid, 0), _peak_rss(pid))
                waits[pid] = max(waits.get(pid, 0.0), _runqueue_wait(pid))
            time.sleep(0.05)
        errors = proc.stderr.read() if proc.stderr else b""
    wall = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"reextract --jobs {jobs} exited {proc.returncode}: "
                           f"{errors[-500:].decode(errors='replace')}")
    main = peaks.pop(proc.pid, 0)
    return Run(wall, main, max(peaks.values(), default=0), sum(waits.values()))


def _descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (the forkserver and its workers)."""
    out: list[int] = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in map(int, children):
        out += [child, *_descendants(child)]
    return out


def _runqueue_wait(pid: int) -> float:
    """Seconds ``pid`` has waited for a core so far (Linux schedstat), else 0."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _peak_rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def run() -> Section:
    cores = usable_cores()
    passes = -(-MIN_PAGES // len(fixture_pages()))
    with tempfile.TemporaryDirectory(prefix="osce-bench-reextract-") as tmp:
        root = Path(tmp)
        files, pages = _archive(root / "archive", passes)
        seconds: dict[int, float] = {}
        rss: dict[int, int] = {}
        waited: dict[int, float] = {}
        workers: dict[int, int] = {}
        outputs: dict[int, bytes] = {}
        written: dict[int, int] = {}
        for _ in range(ROUNDS):
            for jobs in sorted({1, cores}):
                out = root / f"jobs{jobs}.jsonl"
                proc = _reextract(files, out, jobs)
                if proc.wall < seconds.get(jobs, float("inf")):
                    seconds[jobs], waited[jobs] = proc.wall, proc.waited
                rss[jobs] = max(rss.get(jobs, 0), proc.main_peak)
                workers[jobs] = max(workers.get(jobs, 0), proc.worker_peak)
                outputs[jobs] = out.read_bytes()
                written[jobs] = len(outputs[jobs].splitlines())
        size = sum(f.stat().st_size for f in files)
        big_files, big_pages = _archive(root / "big", passes * BIGGER)
        big = _reextract(big_files, root / "big.jsonl", cores)
        big_written = len((root / "big.jsonl").read_bytes().splitlines())
    one = pages / seconds[1]
    rows = [[f"`reextract --jobs {jobs}`", f"{pages:,}", f"{written[jobs]:,}",
             f"{seconds[jobs]:.1f}", rate(pages / seconds[jobs]),
             ratio(pages / seconds[jobs] / one), f"{waited[jobs]:.1f}", mib(rss[jobs]),
             mib(workers[jobs]) if workers[jobs] else "–"] for jobs in sorted(seconds)]
    rows.append([f"`reextract --jobs {cores}`, {BIGGER}× the archive", f"{big_pages:,}",
                 f"{big_written:,}",
                 f"{big.wall:.1f}", rate(big_pages / big.wall),
                 ratio(big_pages / big.wall / one), f"{big.waited:.1f}", mib(big.main_peak),
                 mib(big.worker_peak) if big.worker_peak else "–"])
    section = Section("1c. Re-extraction from WARC, one core and every core",
                      ["run", "archived pages", "records written", "seconds", "pages/s",
                       "vs --jobs 1", "waiting for a core, s", "peak RSS, the command",
                       "peak RSS, largest worker"],
                      rows)
    same = outputs[1] == outputs[cores]
    section.notes.append(
        f"{len(files)} WARC files ({size / 2**20:.1f} MiB gzip), every news fixture × "
        f"{pages // len(fixture_pages())} passes, each pass marked as in section 1 and at an "
        f"address of its own ({written[1]:,} records: the other pages are the same canonical "
        f"address again, older versions). Wall-clock seconds of the command (start-up, "
        f"reading, extraction, validation, deduplication, writing) of `osce-scraper "
        f"reextract --jobs N -o OUT archive/*.warc.gz`, the fastest of {ROUNDS} rounds, "
        f"load average {os.getloadavg()[0]:.1f} at the end: other work on the {cores} cores "
        "counts here. Waiting for a core: how long the command and its workers were "
        "ready to run while every core was busy (Linux schedstat, summed), the measure "
        "of that other work.")
    section.notes.append(
        f"Memory: {BIGGER}× the pages, peak RSS of the command {mib(big.main_peak)} "
        f"against {mib(rss[cores])}, of its largest worker {mib(big.worker_peak)} against "
        f"{mib(workers[cores])} (VmHWM read from /proc every 50 ms): pages are read, "
        "handed over and written a few batches at a time (at most 4 batches of 8 pages "
        "per worker in flight), records wait on disk, and what stays in memory is one "
        "key and one file offset per distinct record. Each worker holds one batch; what a "
        "worker gains with more pages is its text-keyed caches filling up (bounded LRU, "
        "see the memory section).")
    section.notes.append(
        "The records written on every core are " + ("identical, byte for byte, to those "
        "written on one." if same else "**not** those written on one: a bug."))
    share = pages / seconds[cores] / one / cores if cores > 1 else 1.0
    met = same and share >= TARGET_SHARE
    section.targets.append(Target(
        f"reextract on {cores} cores vs one", f"≥ {TARGET_SHARE * cores:.1f}× one core",
        ratio(pages / seconds[cores] / one), met,
        "" if met else f"({share:.0%} of {cores}×): the workers share the cores with the "
        "main process (reading the archive, writing) and with whatever else runs here: "
        f"they waited {waited[cores]:.1f} s for a core in a {seconds[cores]:.1f} s run"))
    return section

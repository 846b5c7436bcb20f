"""``osce-scraper demo``: both spiders against the offline copy of the site, one command.

Serves the offline copy (built from ``fixtures/`` when they changed) on 127.0.0.1 (a
free port) from a thread, crawls the newsroom and the site menu with politeness off,
stops the server whatever happens, and prints what was written. ``--live`` runs the same
crawls against www.osce.org with the polite defaults, as a scheduled crawl would (``make
crawl``): the news crawl is incremental and archived as WARC, each run writes its own
file, and the runs are merged into ``OUTPUT_DIR/news.jsonl``. ``osce-scraper crawl``
checks first that the site answers, so without a network it stops within seconds and
points here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from scraper.crawl.runner import run_crawl
from scraper.devsite.server import serving
from scraper.devsite.sitegen import site_dir
from scraper.exitcodes import Exit
from scraper.output.merge import merge

# the offline copy is on this machine: no delay, no throttling; robots.txt still rules
UNTHROTTLED = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
               "-s", "ROBOTSTXT_OBEY=True"]
SPIDERS = ("news", "navigation")
LIVE_NEWSROOM = "https://www.osce.org/press-releases"
LIVE_HOME = "https://www.osce.org/"


# a scheduled crawl: only what is new, every response archived
SCHEDULED = ["-a", "mode=incremental", "-s", "WARC_ENABLED=1"]


def crawl_args(spider: str, start_url: str, output_dir: Path, polite: bool) -> list[str]:
    args = ["-a", f"start_url={start_url}", "-s", f"OUTPUT_DIR={output_dir}"]
    if not polite:
        # a crawl of a hundred local pages: Scrapy's per-request DEBUG lines would bury
        # the warnings and the summary
        args += [*UNTHROTTLED, "-s", "LOG_LEVEL=INFO"]
    elif spider == "news":
        args += SCHEDULED
    return args


def merge_runs(output_dir: Path) -> int:
    """Every incremental run's file, oldest first, into one deduplicated news.jsonl."""
    runs = sorted(output_dir.glob("news-*.jsonl"))
    if not runs:
        return Exit.OK
    result = merge(runs, output_dir / "news.jsonl", report=_say)
    print(result.summary() if not result.error else
          f"osce-scraper: merge failed, news.jsonl unchanged: {result.error}")
    return Exit.FAILED if result.error or result.skipped else Exit.OK


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 0


def summary(output_dir: Path, statuses: dict[str, int], seconds: float) -> str:
    out = [f"osce-scraper demo: finished in {seconds:.1f} s"]
    for spider in SPIDERS:
        path = output_dir / f"{spider}.jsonl"
        status = statuses.get(spider)
        state = "not run" if status is None else "ok" if status == Exit.OK \
            else f"exit status {status}"
        out.append(f"  {spider:<11} {_lines(path):>5} records  {path}  ({state})")
    rejects = output_dir / "rejects.jsonl"
    if rejects.exists():
        out.append(f"  {'rejects':<11} {_lines(rejects):>5} records  {rejects}")
    runs = output_dir / "runs"
    if runs.is_dir():
        out.append(f"  run reports: {runs}/")
    return "\n".join(out)


def run(output_dir: Path, site: Path | None = None, live: bool = False) -> int:
    """Crawl the newsroom, then the menu; the worst exit status of the two."""
    started = time.monotonic()
    output_dir.mkdir(parents=True, exist_ok=True)
    statuses: dict[str, int] = {}
    if live:
        starts = {"news": LIVE_NEWSROOM, "navigation": LIVE_HOME}
        for spider in SPIDERS:
            statuses[spider] = run_crawl(spider, crawl_args(spider, starts[spider],
                                                            output_dir, polite=True))
            if statuses[spider] == Exit.FAILED:
                break   # unreachable or broken: the menu crawl would fail the same way
            if spider == "news":
                statuses["merge"] = merge_runs(output_dir)
    else:
        with serving(site or site_dir()) as running:
            print(f"osce-scraper demo: offline copy of www.osce.org at {running.url}/",
                  flush=True)
            starts = {"news": f"{running.url}/press-releases", "navigation": f"{running.url}/"}
            for spider in SPIDERS:
                statuses[spider] = run_crawl(spider, crawl_args(spider, starts[spider],
                                                                output_dir, polite=False))
            print(f"osce-scraper demo: the server answered {len(running.log)} requests; "
                  "stopped", flush=True)
    print(summary(output_dir, statuses, time.monotonic() - started))
    return max(statuses.values(), default=Exit.OK)


def cmd_demo(args: argparse.Namespace) -> int:
    site = Path(args.site) if args.site else None
    if not args.live and site is not None and not (site / "_routes.json").exists():
        print(f"osce-scraper: demo: {site} is not a built site; run "
              "'osce-scraper build-site'", file=sys.stderr)
        return 2
    return run(Path(args.output_dir), site, live=args.live)


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="crawl the offline copy of the site (no network needed)",
                       description="Serves the offline copy on 127.0.0.1, crawls the news "
                       "and the site menu into OUTPUT_DIR and prints a summary.")
    p.add_argument("--output-dir", default="data", help="where the records go (default "
                   "%(default)s)")
    p.add_argument("--site", default=None, help="a site built by 'build-site --out DIR' "
                   "(default: the offline copy of the fixtures)")
    p.add_argument("--live", action="store_true",
                   help="crawl www.osce.org instead, with the polite defaults")
    p.set_defaults(func=cmd_demo)


def _say(message: str) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr)

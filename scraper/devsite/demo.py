"""``osce-scraper demo``: both spiders against the offline copy of the site, one command.

Serves the offline copy (built from ``fixtures/`` when they changed) on 127.0.0.1 (a
free port) from a thread, crawls the newsroom and the site menu with politeness off,
stops the server whatever happens, and prints what was written.  The demo keeps to
folders of its own (``data/demo/``, ``state/demo/``, ``logs/demo/``) so that loopback
URLs never reach the live dataset or crawl state; each run writes its own file and the
dataset is rebuilt by merge, so a second demo gives the same records as the first.
``--live`` runs the same crawls against www.osce.org with the polite defaults, as a
scheduled crawl would (``make crawl``): the news crawl is incremental and archived as
WARC, into ``data/``, ``state/`` and ``logs/``.  The crawl checks first that the site
answers, so without a network it stops within seconds and points here.
"""

from __future__ import annotations

import argparse
import errno
import sys
import time
from pathlib import Path
from typing import Any

from scraper.crawl.runner import run_crawl
from scraper.devsite.server import serving
from scraper.devsite.sitegen import site_dir
from scraper.exitcodes import Exit

SPIDERS = ("news", "navigation")
LIVE_NEWSROOM = "https://www.osce.org/press-releases"
LIVE_HOME = "https://www.osce.org/"


# a scheduled crawl: only what is new, every response archived
SCHEDULED = ["-a", "mode=incremental", "-s", "WARC_ENABLED=1"]


# where each kind of run keeps its files: the demo's loopback URLs stay apart
LIVE_DIRS = {"output": Path("data"), "state": Path("state"), "logs": Path("logs")}
DEMO_DIRS = {"output": Path("data/demo"), "state": Path("state/demo"), "logs": Path("logs/demo")}
# One port for every demo: a page without a canonical link is recorded at its loopback
# address, so a demo on another port would add a second copy of it to the dataset.
DEMO_PORT = 8731


def crawl_args(spider: str, start_url: str, output_dir: Path, polite: bool,
               state_dir: Path | None = None) -> list[str]:
    # the offline copy is on this machine: the crawl command drops the politeness delay
    # on its own (OSCE_LOOPBACK_FAST)
    args = ["-a", f"start_url={start_url}", "-s", f"OUTPUT_DIR={output_dir}"]
    if state_dir is not None:
        args += ["-s", f"STATE_DIR={state_dir}"]
    if polite and spider == "news":
        args += SCHEDULED
    return args


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


def _worst(statuses: dict[str, int]) -> int:
    """One status for both crawls: a bad argument, nothing fetched, a failure, an alarm."""
    for status in (Exit.USAGE, Exit.NOTHING_FETCHED, Exit.FAILED, Exit.ALARM):
        if status in statuses.values():
            return status
    return Exit.OK


def run(output_dir: Path | None = None, site: Path | None = None, live: bool = False,
        state_dir: Path | None = None, log_dir: Path | None = None,
        port: int = DEMO_PORT) -> int:
    """Crawl the newsroom, then the menu; the worst exit status of the two."""
    dirs = LIVE_DIRS if live else DEMO_DIRS
    output_dir = output_dir or dirs["output"]
    state_dir = state_dir or dirs["state"]
    log_dir = log_dir or dirs["logs"]
    started = time.monotonic()
    output_dir.mkdir(parents=True, exist_ok=True)
    statuses: dict[str, int] = {}
    if live:
        starts = {"news": LIVE_NEWSROOM, "navigation": LIVE_HOME}
        for spider in SPIDERS:
            statuses[spider] = run_crawl(spider, crawl_args(spider, starts[spider], output_dir,
                                                            polite=True, state_dir=state_dir),
                                         log_dir=log_dir)
            if statuses[spider] in (Exit.FAILED, Exit.NOTHING_FETCHED, Exit.USAGE):
                break   # unreachable or broken: the menu crawl would fail the same way
    else:
        with serving(site or site_dir(), port=port) as running:
            print(f"osce-scraper demo: offline copy of www.osce.org at {running.url}/",
                  flush=True)
            starts = {"news": f"{running.url}/press-releases", "navigation": f"{running.url}/"}
            for spider in SPIDERS:
                statuses[spider] = run_crawl(spider, crawl_args(spider, starts[spider],
                                                                output_dir, polite=False,
                                                                state_dir=state_dir),
                                             log_dir=log_dir)
            print(f"osce-scraper demo: the server answered {len(running.log)} requests; "
                  "stopped", flush=True)
    print(summary(output_dir, statuses, time.monotonic() - started))
    return _worst(statuses)


def cmd_demo(args: argparse.Namespace) -> int:
    site = Path(args.site) if args.site else None
    if not args.live and site is not None and not (site / "_routes.json").exists():
        print(f"osce-scraper: demo: {site} is not a built site; run "
              "'osce-scraper build-site'", file=sys.stderr)
        return 2
    try:
        return run(Path(args.output_dir) if args.output_dir else None, site, live=args.live,
                   state_dir=Path(args.state_dir) if args.state_dir else None, port=args.port)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        print(f"osce-scraper: demo: port {args.port} is in use (another demo?); try "
              "--port N", file=sys.stderr)
        return Exit.USAGE


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="crawl the offline copy of the site (no network needed)",
                       description="Serves the offline copy on 127.0.0.1, crawls the news "
                       "and the site menu into OUTPUT_DIR and prints a summary.")
    p.add_argument("--output-dir", default=None, help="where the records go (default "
                   "data/demo, with --live data)")
    p.add_argument("--state-dir", default=None, help="the crawl state (default state/demo, "
                   "with --live state)")
    p.add_argument("--site", default=None, help="a site built by 'build-site --out DIR' "
                   "(default: the offline copy of the fixtures)")
    p.add_argument("--port", type=int, default=DEMO_PORT, help="of the offline copy's server "
                   "(default %(default)s; keep it the same from one demo to the next)")
    p.add_argument("--live", action="store_true",
                   help="crawl www.osce.org instead, with the polite defaults")
    p.set_defaults(func=cmd_demo)


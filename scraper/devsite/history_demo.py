"""``make demo-history``: a back-fill from the local web archive of the offline site.

Serves the local archive (:mod:`scraper.devsite.archive`) on 127.0.0.1, back-fills the
news from its Wayback Machine and from its Common Crawl (every capture that changed
too), merges both into ``OUTPUT_DIR/history.jsonl`` (the latest capture of each page)
and ``OUTPUT_DIR/history-versions.jsonl`` (with each page's earlier contents), and
prints what came out.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from scraper.crawl.runner import run_crawl
from scraper.devsite.archive import archive_serving
from scraper.exitcodes import Exit
from scraper.output.merge import merge


def _records(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    except OSError:
        return []


# the local archive is on this machine: no politeness delay (the real archives get the
# history spider's polite defaults)
UNTHROTTLED = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0"]


def run(output_dir: Path) -> int:
    started = time.monotonic()
    output_dir.mkdir(parents=True, exist_ok=True)
    statuses = {}
    with archive_serving() as running:
        archive = running.server.mode.archive    # type: ignore[attr-defined]
        print(f"osce-scraper demo-history: local web archive at {running.url}/ "
              f"({len(archive.snapshots)} captures of the offline site)", flush=True)
        services = {"wayback": ["-a", f"archive={running.url}"],
                    "commoncrawl": ["-a", f"index={running.url}", "-a", f"data={running.url}"]}
        for source, where in services.items():
            statuses[source] = run_crawl("history", [
                "-a", f"source={source}", *where, "-a", "captures=all", *UNTHROTTLED,
                "-s", "LOG_LEVEL=WARNING", "-s", f"OUTPUT_DIR={output_dir}",
                "-s", f"STATE_DIR={output_dir / 'state'}"])
    # every run's file, oldest first: a re-run fetches only what the earlier ones lack
    runs = sorted(output_dir.glob("history-2*.jsonl"))
    latest = merge(runs, output_dir / "history.jsonl")
    versions = merge(runs, output_dir / "history-versions.jsonl", versions=True)
    pages = _records(output_dir / "history.jsonl")
    by_source: dict[str, int] = {}
    for record in pages:
        by_source[record.get("source", "live")] = by_source.get(record.get("source",
                                                                           "live"), 0) + 1
    print(f"osce-scraper demo-history: finished in {time.monotonic() - started:.1f} s")
    for source, status in statuses.items():
        print(f"  back-fill from {source:<12} exit status {status}")
    print(f"  {output_dir / 'history.jsonl'}: {latest.kept} pages, the latest capture of "
          f"each ({', '.join(f'{n} from {s}' for s, n in sorted(by_source.items()))})")
    print(f"  {output_dir / 'history-versions.jsonl'}: {versions.kept} records, "
          f"{versions.versions} of them earlier versions of a page that changed")
    if pages:
        sample = pages[0]
        print(f"  e.g. {sample['url']} captured {sample['archived_at']} "
              f"({sample['archive_url']})")
    return max(statuses.values(), default=Exit.OK)


def cmd_demo_history(args: argparse.Namespace) -> int:
    return run(Path(args.output_dir))


def register(sub: Any) -> None:
    p = sub.add_parser("demo-history", help="back-fill from a local web archive of the "
                       "offline site (no network needed)",
                       description=__doc__.split("\n\n")[1] if __doc__ else None)
    # its own folder, like the demo's: records of a local archive never reach live data
    p.add_argument("--output-dir", default="data/demo-history", help="where the records go "
                   "(default %(default)s)")
    p.set_defaults(func=cmd_demo_history)

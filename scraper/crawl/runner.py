"""``osce-scraper crawl SPIDER [scrapy options]``: a crawl with the project's settings.

Runs ``scrapy crawl`` in a child process (the project's settings module is set, so
it works from any directory), then reads the run report the pipelines wrote and
turns it into an exit status: 0 ok, 1 the crawl failed, 3 the coverage alarm fired.
Before that it checks the spider's arguments and that the site answers
(:mod:`scraper.crawl.preflight`): 2 for a bad argument, 1 for an unreachable site.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from scraper.crawl import preflight
from scraper.exitcodes import Exit


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _setting(args: list[str], name: str, default: str) -> str:
    value = default
    for i, arg in enumerate(args):
        if arg in ("-s", "--set") and i + 1 < len(args) and args[i + 1].startswith(name + "="):
            value = args[i + 1].split("=", 1)[1]
        elif arg.startswith(f"--set={name}="):
            value = arg.split("=", 2)[2]
    return value


def run_crawl(spider: str, scrapy_args: list[str], env: dict[str, str] | None = None) -> int:
    run_id = _setting(scrapy_args, "OSCE_RUN_ID", "") or new_run_id()
    output_dir = Path(_setting(scrapy_args, "OUTPUT_DIR", "data"))
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"OSCE_RUN_ID={run_id}",
           *scrapy_args]
    child_env = {**os.environ, **(env or {})}
    child_env.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.crawl.settings")
    problem = preflight.check(spider, scrapy_args, child_env["SCRAPY_SETTINGS_MODULE"])
    if problem:
        print(f"osce-scraper: {problem.message}", file=sys.stderr)
        return problem.status
    proc = subprocess.run(cmd, env=child_env, check=False)
    report = read_report(output_dir, run_id)
    return exit_status(proc.returncode, report)


def read_report(output_dir: Path, run_id: str) -> dict[str, Any] | None:
    path = output_dir / "runs" / f"{run_id}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def exit_status(returncode: int, report: dict[str, Any] | None) -> int:
    if returncode != 0:
        return Exit.FAILED
    if report is None:
        print("osce-scraper: the crawl wrote no run report", file=sys.stderr)
        return Exit.FAILED
    if report.get("finish_reason") not in ("finished", "closespider_itemcount",
                                            "closespider_pagecount"):
        print(f"osce-scraper: crawl ended: {report.get('finish_reason')}", file=sys.stderr)
        return Exit.FAILED
    if report.get("alarm"):
        print(f"osce-scraper: coverage alarm: {', '.join(report['alarm'])}", file=sys.stderr)
        return Exit.ALARM
    return Exit.OK


def register(sub: Any) -> None:
    p = sub.add_parser("crawl", help="run a spider with the project's settings",
                       description="Extra arguments go to 'scrapy crawl' (-a, -s, -O …). "
                       "Exit status: 0 ok, 1 failed or site unreachable, 2 bad argument, "
                       "3 coverage alarm.")
    p.add_argument("spider", help="news or navigation")
    p.add_argument("scrapy_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=lambda a: run_crawl(a.spider, a.scrapy_args))

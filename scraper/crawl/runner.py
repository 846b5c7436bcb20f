"""``osce-scraper crawl SPIDER [scrapy options]``: a crawl with the project's settings.

Runs ``scrapy crawl`` (the project's command, :mod:`scraper.crawl.commands.crawl`) in a
child process with the project's settings module (so it works from any directory), a
run id, and the full log in ``logs/<spider>-<run id>.log``.  The terminal gets a
progress display, the child's one-line reason when it stops, and its summary; the exit
status is the child's, the same as ``scrapy crawl``'s (:mod:`scraper.exitcodes`).
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

from scraper.exitcodes import Exit
from scraper.output.paths import UnsafePath, safe_name

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


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


def crawl_command(spider: str, scrapy_args: list[str], run_id: str, log_file: Path, *,
                  quiet: bool = False, log_level: str | None = None) -> list[str]:
    """The child's command line: our settings first, the user's after (theirs win)."""
    ours = ["-s", f"OSCE_RUN_ID={run_id}", "-s", f"LOG_FILE={log_file}",
            "-s", f"PROGRESS_DISPLAY={'off' if quiet else 'terminal'}"]
    if quiet:
        ours += ["-s", "OSCE_SUMMARY=0"]
    if log_level:
        ours += ["-s", f"LOG_LEVEL={log_level}"]
    return [sys.executable, "-m", "scrapy", "crawl", spider, *ours, *scrapy_args]


def run_crawl(spider: str, scrapy_args: list[str], env: dict[str, str] | None = None, *,
              quiet: bool = False, log_level: str | None = None,
              log_dir: Path = Path("logs")) -> int:
    run_id = _setting(scrapy_args, "OSCE_RUN_ID", "") or new_run_id()
    try:
        safe_name(run_id)
        safe_name(spider)
    except UnsafePath as exc:
        print(f"osce-scraper: bad setting: OSCE_RUN_ID or spider: {exc}", file=sys.stderr)
        return Exit.USAGE
    log_file = Path(_setting(scrapy_args, "LOG_FILE", "") or
                    log_dir / f"{spider}-{run_id}.log").absolute()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    child_env = {**os.environ, **(env or {})}
    child_env.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.crawl.settings")
    cmd = crawl_command(spider, scrapy_args, run_id, log_file, quiet=quiet, log_level=log_level)
    code = subprocess.run(cmd, env=child_env, check=False).returncode
    # a child killed by a signal: the shell's 128 + N (130 for Ctrl-C), not Python's -N
    return 128 - code if code < 0 else code


def read_report(output_dir: Path, run_id: str) -> dict[str, Any] | None:
    path = output_dir / "runs" / f"{run_id}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _own_options(scrapy_args: list[str], args: argparse.Namespace) -> list[str]:
    """``--quiet``, ``--log-level`` and ``--log-dir`` are ours wherever they stand."""
    rest: list[str] = []
    it = iter(scrapy_args)
    for arg in it:
        name, eq, value = arg.partition("=")
        if arg in ("-q", "--quiet"):
            args.quiet = True
        elif name in ("--log-level", "--log-dir"):
            setattr(args, name[2:].replace("-", "_"), value if eq else next(it, ""))
        else:
            rest.append(arg)
    return rest


def cmd_crawl(args: argparse.Namespace) -> int:
    scrapy_args = _own_options(list(args.scrapy_args), args)
    level = (args.log_level or "").upper() or None
    if level is not None and level not in LOG_LEVELS:
        print(f"osce-scraper: --log-level {args.log_level!r}: not one of "
              f"{', '.join(LOG_LEVELS)}", file=sys.stderr)
        return Exit.USAGE
    return run_crawl(args.spider, scrapy_args, quiet=args.quiet, log_level=level,
                     log_dir=Path(args.log_dir))


def register(sub: Any) -> None:
    p = sub.add_parser("crawl", help="run a spider with the project's settings",
                       description="Extra arguments go to 'scrapy crawl' (-a, -s, -O …). "
                       "The full log goes to LOG_DIR/<spider>-<run id>.log. Exit status: "
                       "0 ok, 1 failed, 2 bad argument or setting, 3 a monitor failed "
                       "(alarm), 4 nothing fetched (site unreachable).")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress and no summary; only a failure's one line")
    p.add_argument("--log-level", default=None, metavar="LEVEL",
                   help=f"of the log file: {', '.join(LOG_LEVELS)} (default INFO)")
    p.add_argument("--log-dir", default="logs", help="where the log goes (default %(default)s)")
    p.add_argument("spider", help="news or navigation")
    p.add_argument("scrapy_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_crawl)

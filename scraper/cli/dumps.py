"""``osce-scraper validate | report | merge``: commands on JSON Lines dumps."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scraper.crawl.settings import OSCE_COVERAGE_THRESHOLDS
from scraper.exitcodes import Exit
from scraper.output.html import read_runs, render, summarize
from scraper.output.jsonl import read_jsonl
from scraper.output.merge import merge
from scraper.output.schema import KINDS, check, kind_of, record_key


def _err(message: str) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr)


def _kind(record: dict[str, Any], forced: str) -> str:
    return kind_of(record) if forced == "auto" else forced


def cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.file)
    records = invalid = shown = 0
    keys: Counter[tuple[str, str | None, str | None]] = Counter()
    problems: list[str] = []
    try:
        for line in read_jsonl(path):
            records += 1
            if line.record is None:
                reasons = [str(line.error)]
            else:
                kind = _kind(line.record, args.kind)
                reasons = [str(r) for r in check(line.record, kind)]
                keys[(kind, *record_key(line.record))] += 1
            if reasons:
                invalid += 1
                if shown < args.max_errors:
                    shown += 1
                    problems.extend(f"line {line.number}: {r}" for r in reasons)
    except OSError as exc:
        _err(f"{path}: cannot read: {exc.strerror or exc}")
        return Exit.USAGE
    print(f"{path}: {records} records: {records - invalid} valid, {invalid} invalid")
    for problem in problems:
        print(f"  {problem}")
    if invalid > shown:
        print(f"  … and {invalid - shown} more invalid records (--max-errors)")
    duplicates = sum(n - 1 for n in keys.values() if n > 1)
    if duplicates:
        print(f"{duplicates} records repeat the URL and language of an earlier one "
              "(osce-scraper merge keeps the newest)")
    return Exit.FAILED if invalid else Exit.OK


def cmd_report(args: argparse.Namespace) -> int:
    path = Path(args.file)
    output = Path(args.output) if args.output else path.with_suffix(".html")
    unreadable = 0

    def records() -> Any:
        nonlocal unreadable
        for line in read_jsonl(path):
            if line.record is None:
                unreadable += 1
                _err(f"{path}: line {line.number} left out of the report: {line.error}")
            else:
                yield line.record

    try:
        summary = summarize(records())
    except OSError as exc:
        _err(f"{path}: cannot read: {exc.strerror or exc}")
        return Exit.USAGE
    # the runs of the spiders that made this dump (runs/ holds every spider's reports)
    runs = [r for r in read_runs(Path(args.runs) if args.runs else path.parent / "runs")
            if r.get("kind") in summary.kinds or "kind" not in r]
    page = render(summary, path.name, runs=runs, thresholds=OSCE_COVERAGE_THRESHOLDS)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    print(f"wrote {output} ({len(page.encode('utf-8')) / 1024:.0f} KiB, "
          f"{summary.records} records{f', {unreadable} unreadable lines' if unreadable else ''})")
    return Exit.OK


def cmd_merge(args: argparse.Namespace) -> int:
    result = merge([Path(f) for f in args.files], Path(args.output), report=_err,
                   versions=args.versions)
    if result.error:
        _err(f"merge failed, {args.output} unchanged: {result.error}")
        return Exit.FAILED
    print(result.summary())
    return Exit.FAILED if result.skipped else Exit.OK


def register(sub: Any) -> None:
    p = sub.add_parser("validate", help="check a JSON Lines dump against the schema",
                       description="Exit status: 0 every record valid, 1 some invalid, "
                       "2 the file cannot be read.")
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("--kind", choices=("auto", *KINDS), default="auto",
                   help="record type (default: told by each record's keys)")
    p.add_argument("--max-errors", type=int, default=100, metavar="N",
                   help="list the reasons of at most N invalid records (default 100)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("report", help="write a self-contained HTML report on a dump")
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("-o", "--output", metavar="OUT.html",
                   help="where to write the page (default: FILE.html beside the dump)")
    p.add_argument("--runs", metavar="DIR",
                   help="the run reports to chart (default: runs/ beside the dump)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("merge", help="several dumps into one, one record per URL and language",
                       description="Records are keyed by canonical URL and language; of "
                       "several with one key the one fetched last (fetched_at) wins; one "
                       "without a fetch time counts as older, and between equal times the "
                       "later dump (give them oldest first) and the later line win.  A "
                       "record of the live site wins over one read from a web archive (the "
                       "history spider), and of captures the latest wins.  A line that is "
                       "not a valid record is skipped and named on stderr; exit status 1 "
                       "when any was.")
    p.add_argument("files", nargs="+", metavar="FILE.jsonl")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl",
                   help="the merged dataset (replaced whole when done; may be one of the inputs)")
    p.add_argument("--versions", action="store_true",
                   help="also keep the earlier versions of a page read from web archives: "
                   "each distinct content once, its first capture (told apart by archived_at)")
    p.set_defaults(func=cmd_merge)

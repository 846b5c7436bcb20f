"""``osce-scraper validate | report | merge``: commands on JSON Lines dumps."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pipelines.html import render, summarize
from pipelines.jsonl import JsonLinesWriter, Line, read_jsonl
from pipelines.schema import KINDS, check, kind_of, record_key
from scraper.items import ordered

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


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
        return EXIT_UNREADABLE
    print(f"{path}: {records} records: {records - invalid} valid, {invalid} invalid")
    for problem in problems:
        print(f"  {problem}")
    if invalid > shown:
        print(f"  … and {invalid - shown} more invalid records (--max-errors)")
    duplicates = sum(n - 1 for n in keys.values() if n > 1)
    if duplicates:
        print(f"{duplicates} records repeat the URL and language of an earlier one "
              "(osce-scraper merge keeps the newest)")
    return EXIT_INVALID if invalid else EXIT_OK


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
        return EXIT_UNREADABLE
    page = render(summary, path.name)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    print(f"wrote {output} ({len(page.encode('utf-8')) / 1024:.0f} KiB, "
          f"{summary.records} records{f', {unreadable} unreadable lines' if unreadable else ''})")
    return EXIT_OK


def _merge_key(line: Line, name: str) -> tuple[str, str, str | None] | None:
    """The record's key, or None (said on stderr) for a line the merged dataset cannot take."""
    if line.record is None:
        _err(f"{name}: line {line.number} skipped: {line.error}")
        return None
    kind = kind_of(line.record)
    reasons = check(line.record, kind)
    if reasons:
        _err(f"{name}: line {line.number} skipped: " + "; ".join(map(str, reasons)))
        return None
    url, language = record_key(line.record)
    assert url is not None     # the schema requires it
    return (kind, url, language)


def cmd_merge(args: argparse.Namespace) -> int:
    """Two passes, so memory holds keys, not records: find each key's newest line, copy it."""
    inputs = [Path(f) for f in args.files]
    output = Path(args.output)
    winner: dict[tuple[str, str, str | None], tuple[int, int]] = {}
    total = skipped = cut = 0
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        for index, path in enumerate(inputs):
            for line in read_jsonl(path):
                if line.cut:
                    # a crash's remnant: the crawl state never recorded this record, so a
                    # later run fetched it again; not an error of the dataset
                    cut += 1
                    _err(f"{path}: line {line.number} left out: cut by an interrupted run")
                    continue
                total += 1
                key = _merge_key(line, str(path))
                if key is None:
                    skipped += 1
                else:
                    winner[key] = (index, line.number)
        wanted = set(winner.values())
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        with JsonLinesWriter(tmp) as writer:
            for index, path in enumerate(inputs):
                for line in read_jsonl(path):
                    if line.record is not None and (index, line.number) in wanted:
                        writer.write(ordered(line.record, KINDS[kind_of(line.record)]))
            writer.sync()
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _err(f"merge failed, {output} unchanged: {exc}")
        return EXIT_UNREADABLE
    kept = len(winner)
    print(f"merged {len(inputs)} files, {total} records: wrote {kept} to {output} "
          f"({total - skipped - kept} older or repeated versions left out"
          f"{f', {skipped} unreadable or invalid lines skipped' if skipped else ''}"
          f"{f', {cut} lines cut by interrupted runs left out' if cut else ''})")
    return EXIT_INVALID if skipped else EXIT_OK


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
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("merge", help="several dumps into one, one record per URL and language",
                       description="Records are keyed by canonical URL and language; of "
                       "several with one key the newest wins: give the dumps oldest first "
                       "(news-<run start>.jsonl names sort that way); within a dump a later "
                       "line is newer.  A line that is not a valid record is skipped and "
                       "named on stderr; exit status 1 when any was.")
    p.add_argument("files", nargs="+", metavar="FILE.jsonl")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl",
                   help="the merged dataset (replaced whole when done; may be one of the inputs)")
    p.set_defaults(func=cmd_merge)

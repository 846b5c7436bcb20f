"""The ``osce-scraper`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from scraper.extract.document import NotHTML
from scraper.extract.extraction import KINDS, Kind, extract
from scraper.extract.parallel import WorkerDied, jobs_argument, ordered_map, usable_cores


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@dataclass
class FileResult:
    """One file's extraction, made in a worker process and printed by the main one."""

    name: str
    records: list[dict[str, Any]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)     # for stderr, in order
    failed: bool = False


def extract_file(name: str, kind: Kind, url: str | None) -> FileResult:
    """Read and extract one saved page; failures become messages, never exceptions, so
    that one bad file does not stop the others."""
    path = Path(name)
    try:
        body = path.read_bytes()
    except OSError as exc:
        return FileResult(name, messages=[f"cannot read: {exc.strerror or exc}"], failed=True)
    try:
        result = extract(body, url or path.resolve().as_uri(), kind)
    except NotHTML as exc:
        return FileResult(name, messages=[f"not an HTML page ({exc})"], failed=True)
    except Exception as exc:   # a bug on one page: report it, go on with the others
        return FileResult(name, messages=[f"extraction failed: {type(exc).__name__}: {exc}"],
                          failed=True)
    messages = [f"warning: {problem}" for problem in result.problems]
    if kind == "listing" and result.next_page:
        messages.append(f"next page: {result.next_page}")
    return FileResult(name, result.records, messages)


def cmd_extract(args: argparse.Namespace) -> int:
    status = 0
    work = partial(extract_file, kind=args.kind, url=args.url)
    try:
        for result in ordered_map(work, args.files, args.jobs):
            for message in result.messages:
                print(f"osce-scraper: {result.name}: {message}", file=sys.stderr)
            for record in result.records:
                _emit(record)
            status = 1 if result.failed else status
    except WorkerDied as exc:
        print(f"osce-scraper: extract: {exc}", file=sys.stderr)
        return 1
    return status


def cmd_fixtures(args: argparse.Namespace) -> int:
    from scraper.devsite import fixtures

    if args.action == "update":
        changed = fixtures.update(args.names or None)
        for name in changed:
            print(f"updated {name}")
        print(f"{len(changed)} fixture(s) changed; review with: git diff fixtures/")
        return 0
    if not args.names:
        print("osce-scraper: fixtures record needs a URL", file=sys.stderr)
        return 2
    try:
        fx = fixtures.record(args.names[0], args.kind, args.name)
    except (OSError, ValueError) as exc:
        print(f"osce-scraper: cannot record {args.names[0]}: {exc}", file=sys.stderr)
        return 1
    print(f"recorded {fx.kind}/{fx.name}: {fx.html_path} and {fx.json_path}; "
          "review the expected record before committing")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="osce-scraper",
                                     description="Crawl and extract www.osce.org")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract saved pages to JSON Lines on stdout")
    p.add_argument("--kind", choices=KINDS, default="news")
    p.add_argument("--url", help="the page's address (links, node id); default: file:// URI")
    p.add_argument("-j", "--jobs", type=jobs_argument, default=usable_cores(),
                   help="processes extracting files, 0 for every core (default: every core, "
                   "here %(default)s); records come out in the order of the files whatever "
                   "the number")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("fixtures", help="regenerate or record regression fixtures")
    p.add_argument("action", choices=("update", "record"))
    p.add_argument("names", nargs="*", help="update: fixture names (default all); record: URL")
    p.add_argument("--kind", choices=KINDS, default="news", help="record: page type")
    p.add_argument("--name", help="record: fixture name (default from the URL)")
    p.set_defaults(func=cmd_fixtures)

    # commands defined next to the code they drive (crawl, pipelines, server) add
    # their own parsers; imported here so that 'extract' needs none of them
    from scraper.cli.commands import registrars

    for register in registrars():
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

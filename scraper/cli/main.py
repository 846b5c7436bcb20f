"""The ``osce-scraper`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scraper.extract.document import NotHTML
from scraper.extract.extraction import KINDS, extract


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        path = Path(name)
        try:
            body = path.read_bytes()
        except OSError as exc:
            print(f"osce-scraper: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        url = args.url or path.resolve().as_uri()
        try:
            result = extract(body, url, args.kind)
        except NotHTML as exc:
            print(f"osce-scraper: {name}: not an HTML page ({exc})", file=sys.stderr)
            status = 1
            continue
        for problem in result.problems:
            print(f"osce-scraper: {name}: warning: {problem}", file=sys.stderr)
        for record in result.records:
            _emit(record)
        if args.kind == "listing" and result.next_page:
            print(f"osce-scraper: {name}: next page: {result.next_page}", file=sys.stderr)
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


def version() -> str:
    """``osce-scraper X.Y.Z (Scrapy A.B.C, Python D.E.F)``: what a bug report needs."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        ours = installed("osce-scraper")
    except PackageNotFoundError:
        ours = "unknown (not installed)"
    return (f"osce-scraper {ours} (Scrapy {installed('scrapy')}, "
            f"Python {sys.version.split()[0]})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="osce-scraper",
                                     description="Crawl and extract www.osce.org")
    parser.add_argument("--version", action="version", version=version())
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract saved pages to JSON Lines on stdout")
    p.add_argument("--kind", choices=KINDS, default="news")
    p.add_argument("--url", help="the page's address (links, node id); default: file:// URI")
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

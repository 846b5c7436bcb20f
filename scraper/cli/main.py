"""The ``osce-scraper`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from scraper.exitcodes import Exit
from scraper.extract.document import Document, NotHTML
from scraper.extract.extraction import KINDS, Kind, extract_document
from scraper.extract.kind import classify, mismatch


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    status = Exit.OK
    for name in args.files:
        path = Path(name)
        try:
            body = path.read_bytes()
        except OSError as exc:
            print(f"osce-scraper: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = max(status, Exit.FAILED)
            continue
        url = args.url or path.resolve().as_uri()
        try:
            doc = Document.from_bytes(body, url)
        except NotHTML as exc:
            print(f"osce-scraper: {name}: not an HTML page ({exc})", file=sys.stderr)
            status = max(status, Exit.FAILED)
            continue
        kind = _kind_of(name, doc, args.kind, args.force)
        if kind is None:
            status = max(status, Exit.WRONG_KIND)
            continue
        result = extract_document(doc, kind)
        for problem in result.problems:
            print(f"osce-scraper: {name}: warning: {problem}", file=sys.stderr)
        for record in result.records:
            _emit(record)
        if kind == "listing" and result.next_page:
            print(f"osce-scraper: {name}: next page: {result.next_page}", file=sys.stderr)
    return int(status)


def _kind_of(name: str, doc: Document, asked: str, force: bool) -> Kind | None:
    """The kind to extract ``doc`` as, said on standard error; None (and why) when the
    page is not of the kind asked for, or of no kind at all."""
    verdict = classify(doc)
    if asked == "auto":
        if verdict.kind is None:
            print(f"osce-scraper: {name}: warning: cannot tell what page this is "
                  f"({verdict.reason}); give --kind", file=sys.stderr)
            return None
        print(f"osce-scraper: {name}: kind: {verdict.kind} ({verdict.reason})",
              file=sys.stderr)
        return verdict.kind
    kind = cast(Kind, asked)
    problem = mismatch(kind, verdict)
    if problem is None:
        return kind
    if force:
        print(f"osce-scraper: {name}: warning: {problem}; extracted as {kind} (--force)",
              file=sys.stderr)
        return kind
    print(f"osce-scraper: {name}: warning: {problem}; nothing extracted (--kind auto, or "
          f"--force to extract it as {kind} all the same)", file=sys.stderr)
    return None


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
    p.add_argument("--kind", choices=("auto", *KINDS), default="auto",
                   help="auto (default): decided from each page, and said on stderr; a "
                        "page not of the kind asked for gives a warning, no record and "
                        f"exit status {int(Exit.WRONG_KIND)}")
    p.add_argument("--force", action="store_true",
                   help="extract the kind asked for even from a page that looks like another")
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

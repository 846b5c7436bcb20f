"""The ``osce-scraper`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, cast

from scraper.exitcodes import Exit
from scraper.extract.document import Document, NotHTML
from scraper.extract.extraction import KINDS, Kind, extract_document
from scraper.extract.kind import classify, mismatch
from scraper.extract.parallel import (
    WorkerDied,
    jobs_argument,
    logged_warnings,
    ordered_map,
    usable_cores,
)


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@dataclass
class FileResult:
    """One file's extraction, made in a worker process and printed by the main one."""

    name: str
    records: list[dict[str, Any]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)     # for stderr, in order
    status: Exit = Exit.OK


def extract_file(name: str, kind: str, url: str | None, force: bool = False) -> FileResult:
    """Read and extract one saved page; failures become messages, never exceptions, so
    that one bad file does not stop the others."""
    path = Path(name)
    try:
        body = path.read_bytes()
    except OSError as exc:
        return FileResult(name, messages=[f"cannot read: {exc.strerror or exc}"],
                          status=Exit.FAILED)
    messages: list[str] = []
    try:
        with logged_warnings() as logged:
            doc = Document.from_bytes(body, url or path.resolve().as_uri())
            chosen = _kind_of(doc, kind, force, messages)
            result = extract_document(doc, chosen) if chosen is not None else None
        messages[:0] = logged
        if chosen is None or result is None:
            return FileResult(name, messages=messages, status=Exit.WRONG_KIND)
    except NotHTML as exc:
        return FileResult(name, messages=[f"not an HTML page ({exc})"], status=Exit.FAILED)
    except Exception as exc:   # a bug on one page: report it, go on with the others
        failure = f"extraction failed: {type(exc).__name__}: {exc}"
        return FileResult(name, messages=[*messages, failure], status=Exit.FAILED)
    messages += [f"warning: {problem}" for problem in result.problems]
    if chosen == "listing" and result.next_page:
        messages.append(f"next page: {result.next_page}")
    return FileResult(name, result.records, messages)


def cmd_extract(args: argparse.Namespace) -> int:
    status = Exit.OK
    work = partial(extract_file, kind=args.kind, url=args.url, force=args.force)
    try:
        for result in ordered_map(work, args.files, args.jobs):
            for message in result.messages:
                print(f"osce-scraper: {result.name}: {message}", file=sys.stderr)
            for record in result.records:
                _emit(record)
            status = max(status, result.status)
    except WorkerDied as exc:
        print(f"osce-scraper: extract: {exc}", file=sys.stderr)
        return int(Exit.FAILED)
    return int(status)


def _kind_of(doc: Document, asked: str, force: bool,
             messages: list[str]) -> Kind | None:
    """The kind to extract ``doc`` as, said in ``messages``; None (and why) when the page
    is not of the kind asked for, or of no kind at all."""
    verdict = classify(doc)
    if asked == "auto":
        if verdict.kind is None:
            messages.append(f"warning: cannot tell what page this is ({verdict.reason}); "
                            "give --kind")
            return None
        messages.append(f"kind: {verdict.kind} ({verdict.reason})")
        return verdict.kind
    kind = cast(Kind, asked)
    problem = mismatch(kind, verdict)
    if problem is None:
        return kind
    if force:
        messages.append(f"warning: {problem}; extracted as {kind} (--force)")
        return kind
    messages.append(f"warning: {problem}; nothing extracted (--kind auto, or --force to "
                    f"extract it as {kind} all the same)")
    return None


def cmd_fixtures(args: argparse.Namespace) -> int:
    from scraper.devsite import fixtures

    if args.action == "update":
        changed = fixtures.update(args.names or None)
        for name in changed:
            print(f"updated {name}")
        print(f"{len(changed)} fixture(s) changed; review with: git diff fixtures/")
        return 0
    if args.action == "score":
        return score_fixtures(args)
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


def score_fixtures(args: argparse.Namespace) -> int:
    from scraper.devsite import fixtures, scoring

    root = Path(args.names[0]) if args.names else fixtures.FIXTURES_DIR
    if len(args.names) > 1 or not root.is_dir():
        print("osce-scraper: fixtures score takes one directory laid out like fixtures/",
              file=sys.stderr)
        return 2
    result = scoring.score(root)
    for page in result.pages:
        print(page.line())
        for line in page.differences if args.verbose else []:
            print(line)
    print("TOTAL " + (result.summary() or "no pages"))
    if args.json:
        Path(args.json).write_text(json.dumps(result.as_dict(), ensure_ascii=False, indent=1)
                                   + "\n", encoding="utf-8")
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
    p.add_argument("-j", "--jobs", type=jobs_argument, default=usable_cores(),
                   help="processes extracting files, 0 for every core (default: every core, "
                   "here %(default)s); records come out in the order of the files whatever "
                   "the number")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("fixtures", help="regenerate or record regression fixtures")
    p.add_argument("action", choices=("update", "record", "score"),
                   help="update: rewrite expected records from the code; record: save a "
                        "live page; score: measure the code on a directory of pages "
                        "(a hold-out set) laid out like fixtures/")
    p.add_argument("names", nargs="*",
                   help="update: fixture names (default all); record: URL; score: the "
                        "directory (default fixtures/)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="score: show every wrong field and entry")
    p.add_argument("--json", metavar="FILE", help="score: also write the scores as JSON")
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

"""``osce-scraper export | release``: a dump as typed files and as a citable bundle."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from scraper.exitcodes import Exit
from scraper.output.export import FORMATS, Loaded, export, load_valid
from scraper.output.release import release

T = TypeVar("T")


def _err(message: str) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr)


def _skipped(name: str, lines: list[str], shown: int = 20) -> None:
    for line in lines[:shown]:
        _err(f"{name}: {line} (left out)")
    if len(lines) > shown:
        _err(f"{name}: … and {len(lines) - shown} more lines left out")


_NO_PYARROW = ("Parquet needs pyarrow, which the crawler alone does not: "
               "pip install 'osce-scraper[release]'")


def _attempt(failure: str, work: Callable[[], T]) -> T | None:
    """``work()``; None after one line on stderr when a file cannot be read or written
    (``failure``: what could not be done) or Parquet is asked for without pyarrow."""
    try:
        return work()
    except OSError as exc:
        _err(f"{failure}: {exc.strerror or exc}")
    except ModuleNotFoundError as exc:
        if exc.name != "pyarrow":
            raise
        _err(_NO_PYARROW)
    return None


def _done(source: Path, skipped: list[str], summary: str) -> int:
    """The lines left out on stderr, ``summary`` on stdout; exit status 1 when any was."""
    _skipped(str(source), skipped)
    print(summary)
    return Exit.FAILED if skipped else Exit.OK


def cmd_export(args: argparse.Namespace) -> int:
    source = Path(args.file)
    output = Path(args.output) if args.output else source.with_suffix(f".{args.format}")

    def work() -> tuple[Loaded, int]:
        loaded = load_valid(source, args.kind)
        return loaded, export(loaded.records, output, args.format, args.kind)

    done = _attempt(f"cannot export {source} to {output}", work)
    if done is None:
        return Exit.USAGE
    loaded, count = done
    return _done(source, loaded.skipped, f"wrote {output}: {count} records ({args.format})"
                 + (f", {len(loaded.skipped)} lines left out" if loaded.skipped else ""))


def cmd_release(args: argparse.Namespace) -> int:
    source = Path(args.input)
    result = _attempt(f"cannot release {source}",
                      lambda: release(source, Path(args.out_dir), version=args.version))
    if result is None:
        return Exit.USAGE
    return _done(source, result.skipped,
                 f"wrote {result.out}: {result.records} records in {len(result.files)} files "
                 f"({', '.join(result.files)}); check with: cd {result.out} && sha256sum -c "
                 "SHA256SUMS")


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="a dump as typed Parquet or flat CSV",
                       description="Columns come from the JSON Schema. Parquet keeps types "
                       "(node_id a string, issued_on a date, fetched_at a UTC timestamp, "
                       "lists as lists); CSV writes null as an empty cell and lists and "
                       "objects as JSON text. Invalid lines are left out, named on stderr "
                       "(exit status 1).")
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--kind", choices=("news", "navigation"), default="news",
                   help="record kind to export (default news)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="where to write (default FILE.parquet / FILE.csv beside the dump)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("release", help="a citable dataset bundle: data, Data Package, "
                       "codebook, quality report, CITATION.cff, SHA256SUMS")
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.add_argument("--input", default="data/news.jsonl", metavar="FILE.jsonl",
                   help="the dump to release (default data/news.jsonl)")
    p.add_argument("--version", help="the release's version (default <package version>+<date>)")
    p.set_defaults(func=cmd_release)

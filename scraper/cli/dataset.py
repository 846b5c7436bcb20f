"""``osce-scraper export | release``: a dump as typed files and as a citable bundle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scraper.exitcodes import Exit
from scraper.output.export import FORMATS, export, load_valid
from scraper.output.release import release


def _err(message: str) -> None:
    print(f"osce-scraper: {message}", file=sys.stderr)


def _skipped(name: str, lines: list[str], shown: int = 20) -> None:
    for line in lines[:shown]:
        _err(f"{name}: {line} (left out)")
    if len(lines) > shown:
        _err(f"{name}: … and {len(lines) - shown} more lines left out")


_NO_PYARROW = ("Parquet needs pyarrow, which the crawler alone does not: "
               "pip install 'osce-scraper[release]'")


def cmd_export(args: argparse.Namespace) -> int:
    source = Path(args.file)
    output = Path(args.output) if args.output else source.with_suffix(f".{args.format}")
    try:
        loaded = load_valid(source, args.kind)
        count = export(loaded.records, output, args.format, args.kind)
    except OSError as exc:
        _err(f"cannot export {source} to {output}: {exc.strerror or exc}")
        return Exit.USAGE
    except ModuleNotFoundError as exc:
        if exc.name != "pyarrow":
            raise
        _err(_NO_PYARROW)
        return Exit.USAGE
    _skipped(str(source), loaded.skipped)
    print(f"wrote {output}: {count} records ({args.format})"
          + (f", {len(loaded.skipped)} lines left out" if loaded.skipped else ""))
    return Exit.FAILED if loaded.skipped else Exit.OK


def cmd_release(args: argparse.Namespace) -> int:
    source = Path(args.input)
    try:
        result = release(source, Path(args.out_dir), version=args.version)
    except OSError as exc:
        _err(f"cannot release {source}: {exc.strerror or exc}")
        return Exit.USAGE
    except ModuleNotFoundError as exc:
        if exc.name != "pyarrow":
            raise
        _err(_NO_PYARROW)
        return Exit.USAGE
    _skipped(str(source), result.skipped)
    print(f"wrote {result.out}: {result.records} records in {len(result.files)} files "
          f"({', '.join(result.files)}); check with: cd {result.out} && sha256sum -c SHA256SUMS")
    return Exit.FAILED if result.skipped else Exit.OK


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

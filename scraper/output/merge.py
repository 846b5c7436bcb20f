"""Several JSON Lines dumps into one dataset: one record per kind, URL and language.

Two passes, so memory holds keys, not records: find each key's newest line, then copy
it.  The newest is the later file (give them oldest first: run files are named by
their start time) and, within a file, the later line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scraper.extract.items import ordered
from scraper.output.jsonl import JsonLinesWriter, Line, read_jsonl
from scraper.output.schema import KINDS, check, kind_of, record_key


@dataclass
class MergeResult:
    inputs: int
    output: Path
    total: int = 0        # complete lines read
    kept: int = 0         # records written
    skipped: int = 0      # unreadable or invalid lines
    cut: int = 0          # lines cut by an interrupted run
    error: str | None = None

    def summary(self) -> str:
        return (f"merged {self.inputs} files, {self.total} records: wrote {self.kept} to "
                f"{self.output} ({self.total - self.skipped - self.kept} older or repeated "
                "versions left out"
                f"{f', {self.skipped} unreadable or invalid lines skipped' if self.skipped else ''}"
                f"{f', {self.cut} lines cut by interrupted runs left out' if self.cut else ''})")


def _ignore(message: str) -> None:
    pass


def _merge_key(line: Line, name: str, report: Callable[[str], None],
               validate: bool = True) -> tuple[str, str, str | None] | None:
    """The record's key, or None (said on stderr) for a line the merged dataset cannot take."""
    if line.record is None:
        report(f"{name}: line {line.number} skipped: {line.error}")
        return None
    kind = kind_of(line.record)
    reasons = check(line.record, kind) if validate else []
    if reasons:
        report(f"{name}: line {line.number} skipped: " + "; ".join(map(str, reasons)))
        return None
    url, language = record_key(line.record)
    assert url is not None     # the schema requires it
    return (kind, url, language)


def merge(inputs: list[Path], output: Path,
          report: Callable[[str], None] = _ignore, validate: bool = True) -> MergeResult:
    """Merge ``inputs`` (oldest first) into ``output``, replaced whole when done (it may
    be one of the inputs); each line left out is said through ``report``.

    ``validate=False`` trusts the records' schema (a crawl's own run files, each record
    validated before it was written): the schema check is most of a merge's time."""
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
                    report(f"{path}: line {line.number} left out: cut by an interrupted run")
                    continue
                total += 1
                key = _merge_key(line, str(path), report, validate)
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
        return MergeResult(len(inputs), output, total, 0, skipped, cut, str(exc))
    return MergeResult(len(inputs), output, total, len(winner), skipped, cut)

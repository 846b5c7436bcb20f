"""Several JSON Lines dumps into one dataset: one record per kind, URL and language.

Two passes, so memory holds keys, not records: find each key's newest line, then copy
it.  The newest is the one fetched last (``fetched_at``), whatever file it is in; a
record without a fetch time (``osce-scraper extract`` output, menu entries) counts as
older than any with one, and between equal times the later file (give them oldest
first: run files are named by their start time) and, within a file, the later line win.

Records read from web archives (``source``: ``wayback``, ``commoncrawl``) and from the
live site combine: a live record wins over any capture of its page, and of captures
alone the latest (``archived_at``) wins.  With ``versions``, the captures whose content
differs from the winner's are kept too, one per distinct content (its first capture):
the page's earlier versions, told apart by ``archived_at``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scraper.extract.items import ARCHIVE_FIELDS, ordered
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
    versions: int = 0     # of ``kept``, earlier versions of a page from web archives
    error: str | None = None

    def summary(self) -> str:
        return (f"merged {self.inputs} files, {self.total} records: wrote {self.kept} to "
                f"{self.output} ({self.total - self.skipped - self.kept} older or repeated "
                "versions left out"
                f"{f', {self.skipped} unreadable or invalid lines skipped' if self.skipped else ''}"
                f"{f', {self.cut} lines cut by interrupted runs left out' if self.cut else ''}"
                f"{f'; {self.versions} earlier versions kept' if self.versions else ''})")


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


Key = tuple[str, str, str | None]
Position = tuple[int, int]          # (file index, line number)
# what is not the page's content: a version differs from another in none of these alone
_NOT_CONTENT = {"provenance", "fetched_at", "run_id", "content_hash", *ARCHIVE_FIELDS}


def content_digest(record: dict[str, object]) -> str:
    """The page's content, whatever read it and when."""
    payload = json.dumps({k: v for k, v in record.items() if k not in _NOT_CONTENT},
                         ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def fetched(record: dict[str, object]) -> float:
    """The record's fetch time as a number to compare (-inf when it has none)."""
    value = record.get("fetched_at")
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            pass
    return float("-inf")


Rank = tuple[int, str, float, int, int]


def rank(record: dict[str, object], position: Position) -> Rank:
    """Which of two records of a page wins: live over archived; of live records the one
    fetched last, then the later file and line; of captures the later one, and of two
    with one capture time (a page archived at two addresses) the one written first, so
    that re-running a back-fill never changes what an earlier run chose."""
    source = record.get("source")
    if source in (None, "live"):
        return (1, "", fetched(record), *position)
    return (0, str(record.get("archived_at") or ""), 0.0, -position[0], -position[1])


class _Choice:
    """Pass one's memory: each key's winner and, with versions, each archived content."""

    def __init__(self, versions: bool) -> None:
        self.keep_versions = versions
        self.winner: dict[Key, tuple[Rank, Position, str]] = {}
        self.archived: dict[Key, dict[str, tuple[str, Position]]] = {}

    def add(self, key: Key, record: dict[str, object], position: Position) -> None:
        digest = content_digest(record) if self.keep_versions else ""
        ranked = rank(record, position)
        if key not in self.winner or ranked > self.winner[key][0]:
            self.winner[key] = (ranked, position, digest)
        if self.keep_versions and ranked[0] == 0:
            seen = self.archived.setdefault(key, {})
            archived_at = ranked[1]
            if digest not in seen or archived_at < seen[digest][0]:
                seen[digest] = (archived_at, position)

    def wanted(self) -> tuple[set[Position], int]:
        """The lines to copy, and how many of them are earlier versions."""
        out = {position for _, position, _ in self.winner.values()}
        versions = 0
        for key, contents in self.archived.items():
            winning = self.winner[key][2]
            for digest, (_, position) in contents.items():
                if digest != winning:
                    out.add(position)
                    versions += 1
        return out, versions


def merge(inputs: list[Path], output: Path,
          report: Callable[[str], None] = _ignore, versions: bool = False,
          validate: bool = True) -> MergeResult:
    """Merge ``inputs`` (oldest first) into ``output``, replaced whole when done (it may
    be one of the inputs); each line left out is said through ``report``.  With
    ``versions``, earlier versions of a page read from web archives are kept.

    ``validate=False`` trusts the records' schema (a crawl's own run files, each record
    validated before it was written): the schema check is most of a merge's time."""
    choice = _Choice(versions)
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
                    assert line.record is not None
                    choice.add(key, line.record, (index, line.number))
        wanted, kept_versions = choice.wanted()
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
        return MergeResult(len(inputs), output, total, 0, skipped, cut, error=str(exc))
    return MergeResult(len(inputs), output, total, len(wanted), skipped, cut, kept_versions)

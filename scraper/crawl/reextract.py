"""``osce-scraper reextract archive/*.warc.gz``: rebuild a dataset from the WARC archive.

After a parser fix, the whole history is extracted again without touching the site:
the same extraction as a crawl (:func:`scraper.extract.extraction.extract`), then the same
validation, deduplication and writer as the pipelines.  For a page archived several
times, the newest response wins (files are read in name order, which is time order).

The archive is read in this process and its news pages are extracted and checked on
every core (:func:`scraper.extract.parallel.ordered_map`), results in archive order, so
the dataset is the same byte for byte whatever ``--jobs``.  Records wait in a spool
file, not in memory: what stays in memory is one key and one file offset per record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from scraper.crawl.warc import ArchivedResponse, read_responses
from scraper.exitcodes import Exit
from scraper.extract.document import NotHTML
from scraper.extract.extraction import extract
from scraper.extract.items import ordered
from scraper.extract.normalize import utc_iso
from scraper.extract.parallel import (
    WorkerDied,
    jobs_argument,
    logged_warnings,
    ordered_map,
    usable_cores,
)
from scraper.output.jsonl import JsonLinesWriter, encode
from scraper.output.schema import KINDS, Reason, check, record_key

# the archive files of a crawl: <spider>-<run id>-<file start, 20 digits>-<serial>.warc.gz
_ARCHIVE_NAME = re.compile(r"^[A-Za-z0-9_]+-(?P<run>[A-Za-z0-9._-]+)-\d{20}-\d+\.warc\.gz$")


def run_of(archive: Path) -> str | None:
    """The run id a crawl's archive file is named after (None for another name)."""
    m = _ARCHIVE_NAME.match(archive.name)
    return m["run"] if m else None


def with_fetch(record: dict[str, Any], warc_date: str | None,
               run: str | None) -> dict[str, Any]:
    """The record with the fetch metadata of the archived response: ``fetched_at`` from
    its WARC-Date (when the crawl received it; UTC to the second, ``Z``) and the run
    that archived it."""
    out = {**record, "run_id": run}
    try:
        moment = dt.datetime.fromisoformat((warc_date or "").replace("Z", "+00:00"))
    except ValueError:
        return out
    return {**out, "fetched_at": utc_iso(moment)}


@dataclass
class Outcome:
    """What became of one archived news page (made in a worker process)."""

    url: str
    record: dict[str, Any] | None = None
    reasons: list[Reason] = field(default_factory=list)
    skipped: str | None = None     # why no record: "not_html", "error"
    message: str = ""
    warnings: list[str] = field(default_factory=list)   # logged while it was read


def reextract_one(page: tuple[ArchivedResponse, str | None]) -> Outcome:
    """Extract and check one archived page (with the run that archived it); any failure
    becomes an outcome, never an exception, so that one bad page does not stop the
    archive."""
    response, run = page
    with logged_warnings() as logged:
        try:
            result = extract(response.body, response.url, "news", response.headers)
        except NotHTML as exc:
            return Outcome(response.url, skipped="not_html",
                           message=f"not an HTML page ({exc})", warnings=logged)
        except Exception as exc:   # a bug on one page: report it, go on with the others
            return Outcome(response.url, skipped="error", warnings=logged,
                           message=f"extraction failed: {type(exc).__name__}: {exc}")
    record = ordered(with_fetch(result.records[0], response.date, run), KINDS["news"])
    return Outcome(response.url, record, check(record, "news"), warnings=logged)


def _news_pages(files: Iterable[Path], counts: Counter[str]
                ) -> Iterator[tuple[ArchivedResponse, str | None]]:
    """The archived responses worth extracting, each with the run that archived it; the
    others counted as skipped."""
    for path in sorted(files):
        for response in read_responses(path):
            counts["responses"] += 1
            if response.kind != "news":
                counts[f"skipped/kind_{response.kind or 'unknown'}"] += 1
            elif response.status != 200:
                counts[f"skipped/http_{response.status}"] += 1
            else:
                yield response, run_of(path)


def reextract(files: list[Path], output: Path, rejects: Path,
              jobs: int = 1) -> Counter[str]:
    """Extract every archived news page into ``output`` on ``jobs`` processes; returns
    what happened, counted."""
    counts: Counter[str] = Counter()
    latest: dict[tuple[str | None, str | None], int] = {}   # key → offset in the spool
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=output.parent, prefix=f".{output.name}.") as spool, \
            JsonLinesWriter(rejects) as rejected:
        outcomes = ordered_map(reextract_one, _news_pages(files, counts), jobs)
        for outcome in outcomes:
            for warning in outcome.warnings:
                print(f"osce-scraper: {outcome.url}: {warning}", file=sys.stderr)
            if outcome.record is None:
                counts[f"skipped/{outcome.skipped}"] += 1
                print(f"osce-scraper: {outcome.url}: {outcome.message}", file=sys.stderr)
            elif outcome.reasons:
                counts["rejected"] += 1
                rejected.write({"kind": "news", "url": outcome.record.get("url") or outcome.url,
                                "fetched_url": outcome.url,
                                "reasons": [r.as_dict() for r in outcome.reasons],
                                "record": outcome.record})
            else:
                key = record_key(outcome.record)
                if key in latest:
                    counts["duplicates"] += 1
                # a newer version keeps the place of the first (dict order) with its text
                latest[key] = spool.seek(0, 2)
                spool.write(encode(outcome.record))
        _write(latest.values(), spool, output)
    counts["written"] = len(latest)
    if rejects.exists() and rejects.stat().st_size == 0:
        rejects.unlink()
    return counts


def _write(offsets: Iterable[int], spool: IO[bytes], output: Path) -> None:
    """The spooled records at ``offsets``, in that order, to ``output`` (atomically)."""
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.unlink(missing_ok=True)
    with JsonLinesWriter(tmp) as writer:
        for offset in offsets:
            spool.seek(offset)
            writer.write(json.loads(spool.readline()))
        writer.sync()
    tmp.replace(output)


def cmd_reextract(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"osce-scraper: reextract: no such file: {', '.join(missing)}", file=sys.stderr)
        return Exit.USAGE
    output = Path(args.output)
    try:
        counts = reextract(files, output, output.with_name("rejects-reextracted.jsonl"),
                           args.jobs)
    except WorkerDied as exc:
        print(f"osce-scraper: reextract: {exc}; {output} was left as it was", file=sys.stderr)
        return Exit.FAILED
    skipped = sum(v for k, v in counts.items() if k.startswith("skipped/"))
    print(f"re-extracted {counts['responses']} archived responses from {len(files)} files: "
          f"wrote {counts['written']} records to {output} ({counts['duplicates']} older "
          f"versions, {counts['rejected']} rejected, {skipped} skipped: "
          + (", ".join(f"{k.split('/', 1)[1]} {v}" for k, v in sorted(counts.items())
                       if k.startswith("skipped/")) or "none") + ")")
    return Exit.FAILED if counts["rejected"] or counts["skipped/error"] else Exit.OK


def register(sub: Any) -> None:
    p = sub.add_parser("reextract", help="rebuild a dataset from WARC archives, offline",
                       description="Extracts every archived news page again with the current "
                       "code, on every core. Exit status: 0 ok, 1 some records rejected or "
                       "pages failed, 2 bad arguments.")
    p.add_argument("files", nargs="+", metavar="FILE.warc.gz")
    p.add_argument("-o", "--output", default="data/news-reextracted.jsonl",
                   help="the dataset to write (default %(default)s)")
    p.add_argument("-j", "--jobs", type=jobs_argument, default=usable_cores(),
                   help="processes extracting pages, 0 for every core (default: every "
                   "core, here %(default)s); the output does not depend on it")
    p.set_defaults(func=cmd_reextract)

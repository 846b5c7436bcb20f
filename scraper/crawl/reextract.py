"""``osce-scraper reextract archive/*.warc.gz``: rebuild a dataset from the WARC archive.

After a parser fix, the whole history is extracted again without touching the site:
the same extraction as a crawl (:func:`scraper.extract.extraction.extract`), then the same
validation, deduplication and writer as the pipelines.  For a page archived several
times, the newest response wins (files are read in name order, which is time order).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scraper.crawl.warc import read_responses
from scraper.extract.document import NotHTML
from scraper.extract.extraction import extract
from scraper.extract.items import ordered
from scraper.extract.normalize import utc_iso
from scraper.output.jsonl import JsonLinesWriter
from scraper.output.schema import KINDS, check, record_key

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


def reextract(files: list[Path], output: Path, rejects: Path) -> Counter[str]:
    """Extract every archived news page into ``output``; returns what happened, counted."""
    counts: Counter[str] = Counter()
    latest: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    with JsonLinesWriter(rejects) as rejected:
        for path in sorted(files):
            for response in read_responses(path):
                counts["responses"] += 1
                if response.kind != "news":
                    counts[f"skipped/kind_{response.kind or 'unknown'}"] += 1
                    continue
                if response.status != 200:
                    counts[f"skipped/http_{response.status}"] += 1
                    continue
                try:
                    result = extract(response.body, response.url, "news", response.headers)
                except NotHTML as exc:
                    counts["skipped/not_html"] += 1
                    print(f"osce-scraper: {response.url}: not an HTML page ({exc})",
                          file=sys.stderr)
                    continue
                record = with_fetch(result.records[0], response.date, run_of(path))
                reasons = check(record, "news")
                if reasons:
                    counts["rejected"] += 1
                    rejected.write({"kind": "news", "url": record.get("url") or response.url,
                                    "fetched_url": response.url,
                                    "reasons": [r.as_dict() for r in reasons],
                                    "record": record})
                    continue
                key = record_key(record)
                if key in latest:
                    counts["duplicates"] += 1
                latest[key] = record
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.unlink(missing_ok=True)
    with JsonLinesWriter(tmp) as writer:
        for record in latest.values():
            writer.write(ordered(record, KINDS["news"]))
        writer.sync()
    tmp.replace(output)
    counts["written"] = len(latest)
    if rejects.exists() and rejects.stat().st_size == 0:
        rejects.unlink()
    return counts


def cmd_reextract(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"osce-scraper: reextract: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    output = Path(args.output)
    counts = reextract(files, output, output.with_name("rejects-reextracted.jsonl"))
    skipped = sum(v for k, v in counts.items() if k.startswith("skipped/"))
    print(f"re-extracted {counts['responses']} archived responses from {len(files)} files: "
          f"wrote {counts['written']} records to {output} ({counts['duplicates']} older "
          f"versions, {counts['rejected']} rejected, {skipped} skipped: "
          + (", ".join(f"{k.split('/', 1)[1]} {v}" for k, v in sorted(counts.items())
                       if k.startswith("skipped/")) or "none") + ")")
    return 1 if counts["rejected"] else 0


def register(sub: Any) -> None:
    p = sub.add_parser("reextract", help="rebuild a dataset from WARC archives, offline",
                       description="Extracts every archived news page again with the current "
                       "code. Exit status: 0 ok, 1 some records rejected, 2 bad arguments.")
    p.add_argument("files", nargs="+", metavar="FILE.warc.gz")
    p.add_argument("-o", "--output", default="data/news-reextracted.jsonl",
                   help="the dataset to write (default %(default)s)")
    p.set_defaults(func=cmd_reextract)

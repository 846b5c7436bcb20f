"""``osce-scraper release OUT_DIR``: a dump as a citable, self-describing dataset bundle.

The bundle holds the records three ways (``news.jsonl`` as written, ``news.parquet``
typed, ``news.csv`` flat; :mod:`scraper.output.export`), the issuing structures with
their kind and region (``structures.csv``), a Frictionless Data Package
(``datapackage.json``) whose table schema is generated from the JSON Schema, a
codebook (``codebook.md``: every field with its meaning, type, coverage and examples),
a quality report (``quality.md``), ``CITATION.cff`` and ``SHA256SUMS``
(``sha256sum -c SHA256SUMS`` verifies it).  Nothing in it depends on the machine or
the time it was made except the release date, so two releases of one dump differ
only there.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from scraper.extract.identities import load as identities
from scraper.extract.identities import read_table
from scraper.output.coverage import IDENTIFIED, Coverage, unknown
from scraper.output.export import columns, json_type, load_valid, write_csv, write_parquet
from scraper.output.schema import filled, load_schema, record_key

DATA_FILES = {"jsonl": "news.jsonl", "parquet": "news.parquet", "csv": "news.csv"}
STRUCTURES_FILE = "structures.csv"
EXAMPLES = 3          # example values per field in the codebook
EXAMPLE_MAX = 80      # characters of an example shown


@dataclass
class Release:
    out: Path
    records: int
    skipped: list[str]
    files: list[str]


# ------------------------------------------------------------------ Frictionless schema
def _frictionless_type(node: dict[str, Any]) -> dict[str, Any]:
    kind = json_type(node)
    if kind in ("array", "object", "integer", "number", "boolean"):
        return {"type": kind}
    fmt = node.get("format")
    if fmt == "date":
        return {"type": "date"}
    if fmt == "date-time":
        return {"type": "datetime"}
    return {"type": "string"}


def table_schema(kind: str = "news") -> dict[str, Any]:
    """The Frictionless Table Schema of the CSV, generated from the JSON Schema: one
    field per property, in order, with its description, type, and as constraints the
    non-nullable ``required``, the ``pattern`` of plain strings and the ``enum``."""
    schema = load_schema(kind)
    fields = []
    for name, node in columns(kind):
        entry: dict[str, Any] = {"name": name, **_frictionless_type(node)}
        if node.get("description"):
            entry["description"] = node["description"]
        constraints: dict[str, Any] = {}
        types = node.get("type", [])
        if name in schema.get("required", []) and "null" not in types:
            constraints["required"] = True
        if entry["type"] == "string" and "pattern" in node:
            # Frictionless anchors the pattern itself; the JSON Schema's ^…$ stays valid
            constraints["pattern"] = node["pattern"]
        if entry["type"] == "string" and "enum" in node:
            constraints["enum"] = [v for v in node["enum"] if v is not None]
        if constraints:
            entry["constraints"] = constraints
        fields.append(entry)
    return {"fields": fields, "missingValues": [""]}


STRUCTURE_COLUMNS = ["id", "kind", "region", "closed", "name_en", "name_ru", "name_de",
                     "name_fr", "name_it", "name_es"]


def _structures_schema() -> dict[str, Any]:
    described = {
        "id": "stable id of the structure, the value of issued_by_ids",
        "kind": "secretariat, secretariat-unit, secretary-general, institution, "
                "parliamentary-assembly, chairpersonship, decision-making-body, "
                "field-operation, special-representative or other",
        "region": "for field operations: south-eastern-europe, eastern-europe, "
                  "south-caucasus or central-asia",
        "closed": "true for a closed field operation or body",
    }
    fields: list[dict[str, Any]] = []
    for name in STRUCTURE_COLUMNS:
        entry: dict[str, Any] = {"name": name, "type": "boolean" if name == "closed"
                                 else "string"}
        entry["description"] = described.get(name) or f"official name ({name[-2:]})"
        fields.append(entry)
    fields[0]["constraints"] = {"required": True, "unique": True}
    return {"fields": fields, "missingValues": [""], "primaryKey": ["id"]}


def write_structures(path: Path) -> int:
    rows = read_table("structures")
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(STRUCTURE_COLUMNS)
        for row in rows:
            names = [(row["names"].get(lang) or [""])[0] for lang in
                     ("en", "ru", "de", "fr", "it", "es")]
            closed = "" if row.get("closed") is None else str(bool(row["closed"])).lower()
            writer.writerow([row["id"], row["kind"], row.get("region") or "", closed, *names])
    return len(rows)


# ------------------------------------------------------------------------- the bundle
def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _version() -> str:
    try:
        return metadata.version("osce-scraper")
    except metadata.PackageNotFoundError:
        return "0"


def datapackage(out: Path, name: str, version: str, today: dt.date) -> dict[str, Any]:
    def described(path: str, **extra: Any) -> dict[str, Any]:
        file = out / path
        return {"path": path, "bytes": file.stat().st_size,
                "hash": f"sha256:{_sha256(file)}", **extra}

    tabular = {"type": "table", "scheme": "file", "format": "csv", "mediatype": "text/csv",
               "encoding": "utf-8"}
    news_schema = table_schema("news")
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": name,
        "title": "OSCE news items, press releases and statements (www.osce.org)",
        "description": "News items, press releases and statements of the Organization for "
                       "Security and Co-operation in Europe in six languages, with stable "
                       "ids for issuing structures, content types and fields of work, a "
                       "key joining the language versions of a story, and fetch metadata. "
                       "See codebook.md and quality.md.",
        "version": version,
        "created": f"{today.isoformat()}T00:00:00Z",
        "licenses": [{"name": "other-at", "title": "The texts remain subject to the terms "
                      "of use of www.osce.org"}],
        "sources": [{"title": "www.osce.org", "path": "https://www.osce.org/"}],
        "resources": [
            described(DATA_FILES["csv"], name="news", title="News records (CSV)",
                      description="One record a row; lists and objects as JSON text.",
                      schema=news_schema, **tabular),
            described(STRUCTURES_FILE, name="structures",
                      title="Issuing structures (the ids of issued_by_ids)",
                      schema=_structures_schema(), **tabular),
            described(DATA_FILES["parquet"], name="news-parquet", type="file",
                      format="parquet", mediatype="application/vnd.apache.parquet",
                      description="The same records, typed (dates, timestamps, lists, "
                                  "structs, maps)."),
            described(DATA_FILES["jsonl"], name="news-jsonl", type="file", format="jsonl",
                      mediatype="application/jsonl",
                      description="The same records as JSON Lines, as the crawler writes "
                                  "them (schema/news-item.schema.json)."),
        ],
    }


def citation(title: str, version: str, today: dt.date, records: int) -> str:
    return "\n".join([
        "cff-version: 1.2.0",
        "message: If you use this dataset, please cite it as below.",
        "type: dataset",
        f'title: "{title}"',
        f"version: {version}",
        f"date-released: {today.isoformat()}",
        "authors:",
        "  - name: osce-scraper contributors",
        (f'abstract: "{records} news items, press releases and statements of the OSCE '
        'from www.osce.org, in six languages, with stable identities for issuing '
        'structures, content types and fields of work."'),
        "keywords:",
        "  - OSCE",
        "  - news",
        "  - press releases",
        "  - multilingual",
        "",
    ])


def _sums(out: Path, names: list[str]) -> None:
    lines = [f"{_sha256(out / n)}  {n}\n" for n in sorted(names)]
    (out / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def release(source: Path, out: Path, version: str | None = None,
            today: dt.date | None = None) -> Release:
    """Write the bundle of the valid news records of ``source`` into ``out``."""
    today = today or dt.datetime.now(dt.UTC).date()
    loaded = load_valid(source, "news")
    records = loaded.records
    out.mkdir(parents=True, exist_ok=True)
    version = version or f"{_version()}+{today.strftime('%Y%m%d')}"
    with (out / DATA_FILES["jsonl"]).open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    write_parquet(records, out / DATA_FILES["parquet"])
    write_csv(records, out / DATA_FILES["csv"])
    write_structures(out / STRUCTURES_FILE)
    (out / "codebook.md").write_text(codebook(records), encoding="utf-8")
    (out / "quality.md").write_text(quality(records, loaded.skipped), encoding="utf-8")
    title = "OSCE news items, press releases and statements (www.osce.org)"
    (out / "CITATION.cff").write_text(citation(title, version, today, len(records)),
                                      encoding="utf-8")
    package = datapackage(out, "osce-news", version, today)
    tmp = out / f".datapackage.json.{os.getpid()}"
    tmp.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out / "datapackage.json")
    files = [*DATA_FILES.values(), STRUCTURES_FILE, "codebook.md", "quality.md",
             "CITATION.cff", "datapackage.json"]
    _sums(out, files)
    return Release(out, len(records), loaded.skipped, [*files, "SHA256SUMS"])


# --------------------------------------------------------------------------- codebook
def _type_text(node: dict[str, Any]) -> str:
    kind = json_type(node)
    nullable = "null" in (node.get("type") or [])
    if kind == "array":
        items = node.get("items", {})
        inner = "objects" if json_type(items) == "object" else (
            "strings or nulls" if "null" in (items.get("type") or []) else "strings")
        text = f"list of {inner}"
    elif kind == "object":
        keys = ", ".join(node.get("properties", {})) or "language/field → text"
        text = f"object ({keys})"
    else:
        text = {"date": "date (YYYY-MM-DD)", "date-time": "UTC time (ISO 8601, Z)"}.get(
            node.get("format", ""), kind)
    return f"{text} or null" if nullable else text


def _example(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= EXAMPLE_MAX else text[:EXAMPLE_MAX - 1] + "…"


def codebook(records: list[dict[str, Any]]) -> str:
    """Markdown: for every field its meaning, type, coverage and up to three examples."""
    total = len(records)
    lines = ["# Codebook: OSCE news records", "",
             (f"{total} records. One section per field, in the order of the files' columns. "
             "Coverage is the share of records with a value (not null, not empty). In "
             "news.csv lists and objects are JSON text; news.parquet keeps their types."), ""]
    for name, node in columns("news"):
        values = [r.get(name) for r in records]
        have = [v for v in values if filled(v)]
        examples: list[str] = []
        for value in have:
            shown = _example(value)
            if shown not in examples:
                examples.append(shown)
            if len(examples) == EXAMPLES:
                break
        share = f"{100 * len(have) / total:.1f}% ({len(have)} of {total})" if total else "-"
        lines += [f"## `{name}`", "", node.get("description", ""), "",
                  f"- type: {_type_text(node)}", f"- coverage: {share}"]
        lines += [f"- example: `{e.replace('`', chr(39))}`" for e in examples] or [
            "- example: none in this release"]
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- quality
def _table(head: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return [*out, ""]


WATCHED = ("title", "issued_on", "content_type_id", "issued_by", "fields_of_work", "body")


def _coverage_by(records: list[dict[str, Any]], key: str, label: str) -> list[str]:
    groups: dict[str, Coverage] = {}
    for r in records:
        value = r.get(key)
        group = (value[:4] if key == "issued_on" and isinstance(value, str) else value) or "-"
        groups.setdefault(str(group), Coverage("news")).add(r)
    rows = []
    for group, cov in sorted(groups.items()):
        shares = cov.shares()
        rows.append([group, cov.records, *[f"{100 * (shares[f] or 0):.0f}%" for f in WATCHED]])
    return [f"## Coverage by {label}", "", *_table([label, "records", *WATCHED], rows)]


def quality(records: list[dict[str, Any]], skipped: list[str]) -> str:
    """Markdown: coverage by year, language and type; duplicates; unknown labels."""
    lines = ["# Quality report", "", (f"{len(records)} valid records; {len(skipped)} lines of "
             "the source dump left out (invalid or unreadable)."), ""]
    lines += _coverage_by(records, "issued_on", "year")
    lines += _coverage_by(records, "language", "language")
    lines += _coverage_by(records, "content_type_id", "type")
    keys = Counter(record_key(r) for r in records)
    hashes = Counter(r.get("content_hash") for r in records if r.get("content_hash"))
    stories = Counter(r.get("translation_key") for r in records if r.get("translation_key"))
    lines += ["## Duplicates and translations", "",
              (f"- records repeating the URL and language of another: "
              f"{sum(n - 1 for n in keys.values() if n > 1)}"),
              (f"- records identical in content to another (same content_hash): "
              f"{sum(n - 1 for n in hashes.values() if n > 1)}"),
              (f"- stories (translation_key): {len(stories)}; in more than one language: "
              f"{sum(1 for n in stories.values() if n > 1)}"), ""]
    counts: dict[str, Counter[str]] = {f: Counter() for f in IDENTIFIED}
    for r in records:
        for name, labels in unknown(r).items():
            counts[name].update(labels)
    lines += ["## Labels without an id", "",
              ("Kept as shown, with a null id; each is a row to add to "
              "scraper/extract/identities/."), ""]
    rows = [[name, label, n] for name in IDENTIFIED for label, n in counts[name].most_common()]
    lines += _table(["field", "label", "records"], rows) if rows else ["None.", ""]
    kinds = Counter(
        (identities().structure(i) or {}).get("kind", "-")
        for r in records for i in r.get("issued_by_ids") or [] if i)
    lines += ["## Issuers by kind of structure", "",
              *_table(["kind", "mentions"], [[k, n] for k, n in kinds.most_common()])]
    return "\n".join(lines)

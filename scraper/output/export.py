"""``osce-scraper export``: a dump as typed Parquet or as CSV, columns from the JSON Schema.

Both column sets are generated from ``schema/*.schema.json``, so a field added there
is exported without a change here.  Parquet keeps every type: ``node_id`` and every
other string stays a string, ``issued_on`` (and every ``format: date``) is a date,
``fetched_at`` a UTC timestamp, lists are lists, objects are structs and free-keyed
objects (``translations``, ``provenance``) are maps; pandas, pyarrow and DuckDB read
it with no arguments.  CSV has one column per field in schema order: text, dates and
times as written in the record (ISO), an empty cell for null, and every list or
object as compact JSON text (``["OSCE Secretariat", "ODIHR"]``), which
``json.loads`` (or the Frictionless ``array``/``object`` types) reads back whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.extract.parallel import batches
from scraper.output.jsonl import read_jsonl
from scraper.output.schema import check, kind_of, load_schema

FORMATS = ("parquet", "csv")


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with a local ``$ref`` merged in (the node's own keys win)."""
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = schema
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return {**target, **{k: v for k, v in node.items() if k != "$ref"}}


def json_type(node: dict[str, Any]) -> str:
    """The node's one non-null JSON type (``string``, ``array``, ``object``, …)."""
    value = node.get("type", "string")
    types = [value] if isinstance(value, str) else [t for t in value if t != "null"]
    return types[0] if types else "string"


def columns(kind: str) -> list[tuple[str, dict[str, Any]]]:
    """The record kind's fields in schema order, each with its resolved schema node."""
    schema = load_schema(kind)
    return [(name, resolve(schema, node)) for name, node in schema["properties"].items()]


# ------------------------------------------------------------------------------- Arrow
def arrow_type(schema: dict[str, Any], node: dict[str, Any]) -> Any:
    """The Arrow type of a JSON Schema node."""
    import pyarrow as pa

    node = resolve(schema, node)
    kind = json_type(node)
    if kind == "array":
        return pa.list_(arrow_type(schema, node.get("items", {})))
    if kind == "object":
        if "properties" in node:
            return pa.struct([pa.field(k, arrow_type(schema, v))
                              for k, v in node["properties"].items()])
        return pa.map_(pa.string(), arrow_type(schema, node.get("additionalProperties", {})))
    if node.get("format") == "date":
        return pa.date32()
    if node.get("format") == "date-time":
        return pa.timestamp("s", tz="UTC")
    if kind == "integer":
        return pa.int64()
    if kind == "number":
        return pa.float64()
    if kind == "boolean":
        return pa.bool_()
    return pa.string()


def arrow_schema(kind: str) -> Any:
    import pyarrow as pa

    schema = load_schema(kind)
    return pa.schema([pa.field(name, arrow_type(schema, node))
                      for name, node in schema["properties"].items()])


def _arrow_value(schema: dict[str, Any], node: dict[str, Any], value: Any) -> Any:
    """A record value in the Python form pyarrow takes for the node's Arrow type."""
    if value is None:
        return None
    node = resolve(schema, node)
    kind = json_type(node)
    if kind == "array":
        return [_arrow_value(schema, node.get("items", {}), v) for v in value]
    if kind == "object":
        if "properties" in node:
            return {k: _arrow_value(schema, sub, value.get(k))
                    for k, sub in node["properties"].items()}
        inner = node.get("additionalProperties", {})
        return [(k, _arrow_value(schema, inner, v)) for k, v in value.items()]
    if node.get("format") == "date":
        return dt.date.fromisoformat(value)
    if node.get("format") == "date-time":
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def write_parquet(records: Iterable[dict[str, Any]], path: Path, kind: str = "news",
                  batch: int = 5000) -> int:
    """Write ``records`` as Parquet in batches (memory holds one batch); returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = load_schema(kind)
    target = arrow_schema(kind)
    props = schema["properties"]
    count = 0
    with pq.ParquetWriter(path, target, compression="zstd") as writer:
        for chunk in batches(records, batch):
            rows = [{k: _arrow_value(schema, props[k], r.get(k)) for k in props} for r in chunk]
            writer.write_table(pa.Table.from_pylist(rows, schema=target))
            count += len(rows)
        if count == 0:
            writer.write_table(target.empty_table())
    return count


# --------------------------------------------------------------------------------- CSV
def csv_cell(value: Any) -> str:
    """One CSV cell: null empty, lists and objects as compact JSON, the rest as text."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def write_csv(records: Iterable[dict[str, Any]], path: Path, kind: str = "news") -> int:
    """Write ``records`` as UTF-8 CSV (RFC 4180 quoting, ``\\n`` line ends); returns the count."""
    names = [name for name, _ in columns(kind)]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        for record in records:
            writer.writerow([csv_cell(record.get(n)) for n in names])
            count += 1
    return count


# ------------------------------------------------------------------------------ reading
@dataclass
class Loaded:
    """The valid records of one kind in a dump, and what was left out and why."""

    kind: str
    records: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def load_valid(path: Path, kind: str = "news") -> Loaded:
    """Every record of ``kind`` in ``path`` that the schema accepts; each other line is
    named in ``skipped`` with its reason."""
    loaded = Loaded(kind)
    for line in read_jsonl(path):
        if line.record is None:
            loaded.skipped.append(f"line {line.number}: {line.error}")
            continue
        if kind_of(line.record) != kind:
            loaded.skipped.append(f"line {line.number}: not a {kind} record")
            continue
        reasons = check(line.record, kind)
        if reasons:
            loaded.skipped.append(f"line {line.number}: " + "; ".join(map(str, reasons)))
            continue
        loaded.records.append(line.record)
    return loaded


def export(records: list[dict[str, Any]], path: Path, fmt: str, kind: str = "news") -> int:
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = write_parquet if fmt == "parquet" else write_csv
    return writer(records, path, kind)

"""export (Parquet, CSV) and release (the citable bundle): types, flattening, validity."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from frictionless import validate

from scraper.cli.main import main
from scraper.extract.identities import read_table
from scraper.extract.items import NEWS_OPTIONAL_FIELDS
from scraper.output.export import arrow_schema, load_valid
from scraper.output.release import table_schema
from scraper.output.schema import KINDS, load_schema

DUMPS = Path(__file__).resolve().parents[2] / "fixtures" / "dumps"
NEWS = DUMPS / "news.jsonl"
RECORDS = load_valid(NEWS).records


def test_the_arrow_schema_is_generated_from_the_json_schema() -> None:
    schema = arrow_schema("news")
    assert schema.names == list(load_schema("news")["properties"])
    assert schema.field("node_id").type == pa.string()
    assert schema.field("issued_on").type == pa.date32()
    assert schema.field("fetched_at").type == pa.timestamp("s", tz="UTC")
    assert schema.field("issued_by_ids").type == pa.list_(pa.string())
    assert schema.field("fields_of_work").type == pa.list_(
        pa.struct([("label", pa.string()), ("id", pa.string())]))
    assert schema.field("translations").type == pa.map_(pa.string(), pa.string())


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "news.parquet"
    assert main(["export", str(NEWS), "--format", "parquet", "-o", str(out)]) == 0
    return out


def test_parquet_reads_back_with_types_and_values_without_arguments(parquet: Path) -> None:
    table = pq.read_table(parquet)
    assert table.num_rows == len(RECORDS) == 22
    assert table.schema.field("node_id").type == pa.string()
    assert table.schema.field("issued_on").type == pa.date32()
    rows = table.to_pylist()
    for row, record in zip(rows, RECORDS, strict=True):
        assert row["node_id"] == record["node_id"]
        assert (row["issued_on"].isoformat() if row["issued_on"] else None) == \
            record["issued_on"]
        assert row["fields_of_work"] == record["fields_of_work"]
        assert row["issued_by_ids"] == record["issued_by_ids"]
        assert dict(row["translations"]) == record["translations"]


def test_duckdb_sees_strings_dates_and_lists(parquet: Path) -> None:
    types = duckdb.sql(
        "SELECT typeof(node_id), typeof(issued_on), typeof(issued_by_ids), "
        f"typeof(fields_of_work) FROM '{parquet}' LIMIT 1").fetchall()[0]
    assert types == ("VARCHAR", "DATE", "VARCHAR[]", 'STRUCT("label" VARCHAR, id VARCHAR)[]')
    secretariat = duckdb.sql(
        f"SELECT count(*) FROM '{parquet}' WHERE list_contains(issued_by_ids, 'secretariat')"
    ).fetchall()[0]
    assert secretariat == (sum("secretariat" in r["issued_by_ids"] for r in RECORDS),)


def test_csv_has_a_column_per_field_null_empty_and_lists_as_json(tmp_path: Path) -> None:
    out = tmp_path / "news.csv"
    assert main(["export", str(NEWS), "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(load_schema("news")["properties"])
    for row, record in zip(rows, RECORDS, strict=True):
        assert row["node_id"] == record["node_id"]
        assert json.loads(row["fields_of_work"]) == record["fields_of_work"]
        assert json.loads(row["issued_by"]) == record["issued_by"]
        assert row["body"] == (record["body"] or "")          # newlines kept, quoted
        assert row["issued_on"] == (record["issued_on"] or "")


def test_export_leaves_out_invalid_lines_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.parquet"
    assert main(["export", str(DUMPS / "news-invalid.jsonl"), "--format", "parquet",
                 "-o", str(out)]) == 1
    assert pq.read_table(out).num_rows == 2
    assert "line 3: not JSON" in capsys.readouterr().err


def test_the_frictionless_schema_follows_the_json_schema() -> None:
    fields = {f["name"]: f for f in table_schema("news")["fields"]}
    assert list(fields) == [*KINDS["news"], *NEWS_OPTIONAL_FIELDS]
    assert fields["issued_on"]["type"] == "date"
    assert fields["fetched_at"]["type"] == "datetime"
    assert fields["fields_of_work"]["type"] == "array"
    assert fields["dateline"]["type"] == "object"
    assert fields["node_id"]["constraints"] == {"pattern": "^[0-9]+$"}
    assert fields["url"]["constraints"]["required"] is True


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release") / "osce-news"
    assert main(["release", str(out), "--input", str(NEWS), "--version", "1.0.0"]) == 0
    return out


def test_the_release_bundle_validates_as_a_data_package(bundle: Path) -> None:
    report = validate(str(bundle / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "type", "note"])
    rows = {task.name: task.stats.get("rows") for task in report.tasks}
    assert rows["news"] == 22
    assert rows["structures"] == len(read_table("structures"))


def test_sha256sums_verify_with_sha256sum(bundle: Path) -> None:
    listed = [line.split("  ", 1)[1] for line in
              (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()]
    assert sorted(listed) == sorted(p.name for p in bundle.iterdir() if p.name != "SHA256SUMS")
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=bundle,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_changed_file_fails_both_checks(bundle: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(bundle, copy)
    text = (copy / "news.csv").read_text(encoding="utf-8")
    (copy / "news.csv").write_text(text.replace(",2006-03-15,", ",2006-13-15,"),
                                   encoding="utf-8")
    report = validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert {e[0] for e in report.flatten(["type"])} >= {"type-error", "hash-count"}
    done = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=copy,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "news.csv: FAILED" in done.stdout


def test_codebook_quality_and_citation(bundle: Path) -> None:
    codebook = (bundle / "codebook.md").read_text(encoding="utf-8")
    for name in KINDS["news"]:
        assert f"## `{name}`" in codebook
    assert "- coverage: 100.0% (22 of 22)" in codebook
    quality = (bundle / "quality.md").read_text(encoding="utf-8")
    for section in ("Coverage by year", "Coverage by language", "Coverage by type",
                    "Duplicates", "Labels without an id", "Issuers by kind"):
        assert f"## {section}" in quality
    assert "| fields_of_work | Local self-government | 1 |" in quality
    citation = (bundle / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in citation
    assert "version: 1.0.0" in citation
    package: dict[str, Any] = json.loads((bundle / "datapackage.json").read_text("utf-8"))
    assert package["version"] == "1.0.0"

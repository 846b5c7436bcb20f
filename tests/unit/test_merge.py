"""merge keeps the record fetched last, whatever the order of the files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scraper.devsite.fixtures import load
from scraper.output.jsonl import read_jsonl
from scraper.output.merge import merge

RECORD = load("news", "cur-helsinki-climate-security").expected


def _dump(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _version(title: str, fetched_at: str | None) -> dict[str, Any]:
    return {**RECORD, "title": title, "fetched_at": fetched_at, "run_id": "r"}


def test_the_newest_fetch_wins_even_from_an_earlier_file(tmp_path: Path) -> None:
    newer = _dump(tmp_path / "b.jsonl", _version("new", "2026-03-01T10:00:00Z"))
    older = _dump(tmp_path / "a.jsonl", _version("old", "2026-01-01T10:00:00Z"))
    result = merge([newer, older], tmp_path / "out.jsonl")
    assert (result.kept, result.skipped) == (1, 0)
    (line,) = read_jsonl(tmp_path / "out.jsonl")
    assert line.record is not None
    assert line.record["title"] == "new"


def test_fractional_seconds_compare_as_times(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "a.jsonl", _version("later", "2026-01-01T10:00:00.500Z"),
                 _version("earlier", "2026-01-01T10:00:00Z"))
    merge([dump], tmp_path / "out.jsonl")
    assert [x.record["title"] for x in read_jsonl(tmp_path / "out.jsonl") if x.record] == [
        "later"]


def test_without_fetch_times_file_order_decides(tmp_path: Path) -> None:
    first = _dump(tmp_path / "a.jsonl", _version("first", None))
    second = _dump(tmp_path / "b.jsonl", _version("second", None))
    timed = _dump(tmp_path / "c.jsonl", _version("timed", "2020-01-01T00:00:00Z"))
    merge([first, second], tmp_path / "out.jsonl")
    assert [x.record["title"] for x in read_jsonl(tmp_path / "out.jsonl") if x.record] == [
        "second"]
    # a record with a fetch time is newer than one without, whatever the order
    merge([timed, first], tmp_path / "out2.jsonl")
    assert [x.record["title"] for x in read_jsonl(tmp_path / "out2.jsonl") if x.record] == [
        "timed"]

"""The JSON Lines writer: one record a line, and crash-safe under kill -9."""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraper.output.jsonl import JsonLinesWriter, read_jsonl

RECORD = {"url": "https://www.osce.org/ru/secretariat/1", "title": "Заявление «ОБСЕ» — 2025",
          "issued_by": ["Président"], "body": "a\n\nb"}


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_writes_utf8_one_record_a_line_keys_in_given_order(tmp_path: Path) -> None:
    path = tmp_path / "out" / "news.jsonl"
    with JsonLinesWriter(path) as writer:
        writer.write(RECORD)
        writer.write({"b": 1, "a": 2})
    raw = lines(path)
    assert raw[0] == (json.dumps(RECORD, ensure_ascii=False) + "\n").encode("utf-8")
    assert "Заявление «ОБСЕ»".encode() in raw[0]             # not \u-escaped
    assert raw[1] == b'{"b": 1, "a": 2}\n'
    assert writer.written == 2
    assert [line.record for line in read_jsonl(path)] == [RECORD, {"b": 1, "a": 2}]


def test_appends_to_an_existing_dump(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    for n in range(3):
        with JsonLinesWriter(path) as writer:
            writer.write({"n": n})
    assert [json.loads(x) for x in lines(path)] == [{"n": 0}, {"n": 1}, {"n": 2}]


@pytest.mark.parametrize("value", [math.nan, {1, 2}, object()])
def test_a_value_that_is_not_json_raises_before_anything_is_written(tmp_path: Path,
                                                                     value: object) -> None:
    path = tmp_path / "news.jsonl"
    with JsonLinesWriter(path) as writer:
        writer.write({"n": 1})
        with pytest.raises((TypeError, ValueError)):
            writer.write({"n": value})
        writer.write({"n": 2})
    assert lines(path) == [b'{"n": 1}\n', b'{"n": 2}\n']


def test_a_torn_last_line_is_moved_to_partial_not_appended_to(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b'{"n": 1}\n{"n": 2}\n{"n": 3, "title": "\xd0\x97\xd0')   # cut mid-character
    with JsonLinesWriter(path) as writer:
        assert writer.partial == tmp_path / "news.jsonl.partial"
        writer.write({"n": 4})
    assert lines(path) == [b'{"n": 1}\n', b'{"n": 2}\n', b'{"n": 4}\n']
    assert (tmp_path / "news.jsonl.partial").read_bytes() == b'{"n": 3, "title": "\xd0\x97\xd0'


def test_a_second_torn_line_gets_its_own_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b'{"n": 1')
    JsonLinesWriter(path).open().close()
    path.write_bytes(path.read_bytes() + b'{"n": 2}\n{"n": 3')
    JsonLinesWriter(path).open().close()
    assert path.read_bytes() == b'{"n": 2}\n'
    assert (tmp_path / "news.jsonl.partial").read_bytes() == b'{"n": 1'
    assert (tmp_path / "news.jsonl.2.partial").read_bytes() == b'{"n": 3'


def test_a_long_torn_line_is_found_across_read_chunks(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    torn = b'{"body": "' + b"x" * 200_000
    path.write_bytes(b'{"n": 1}\n' + torn)
    JsonLinesWriter(path).open().close()
    assert path.read_bytes() == b'{"n": 1}\n'
    assert (tmp_path / "news.jsonl.partial").read_bytes() == torn


@pytest.mark.parametrize("content", [None, b"", b'{"n": 1}\n', b'{"n": 1}\n{"n": 2}\n'])
def test_no_torn_line_no_partial_file(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "news.jsonl"
    if content is not None:
        path.write_bytes(content)
    with JsonLinesWriter(path) as writer:
        assert writer.partial is None
    assert path.read_bytes() == (content or b"")
    assert list(tmp_path.glob("*.partial")) == []


# drives the writer as fast as it can with large records until it is killed; records of
# ~100 KB are cut by the kill about one time in six, so both branches below get exercised
_WRITE_FOREVER = """
import sys
from pathlib import Path
from scraper.output.jsonl import JsonLinesWriter
writer = JsonLinesWriter(Path(sys.argv[1])).open()
body = "Слово и дело. " * 4000
n = 0
while True:
    writer.write({"n": n, "url": f"https://www.osce.org/x/{n}", "body": body})
    n += 1
"""


def _kill_while_writing(path: Path, min_bytes: int) -> None:
    start = path.stat().st_size if path.exists() else 0
    proc = subprocess.Popen([sys.executable, "-c", _WRITE_FOREVER, str(path)])
    try:
        deadline = time.monotonic() + 20
        while (not path.exists() or path.stat().st_size < start + min_bytes) \
                and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL


def _assert_complete_lines_valid(path: Path) -> None:
    raw = lines(path)
    complete = [x for x in raw if x.endswith(b"\n")]
    assert len(complete) >= len(raw) - 1
    numbers = [json.loads(x)["n"] for x in complete]
    assert numbers                                   # the kill came after some writes


def test_kill_9_mid_write_leaves_only_complete_lines_and_partial_only_when_torn(
        tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    for round_no in range(3):
        _kill_while_writing(path, min_bytes=2_000_000)
        _assert_complete_lines_valid(path)
        torn = not path.read_bytes().endswith(b"\n")
        tail = path.read_bytes()[path.read_bytes().rfind(b"\n") + 1:]
        before = set(tmp_path.glob("*.partial"))
        with JsonLinesWriter(path) as writer:      # the next run opens the file
            if torn:
                assert writer.partial is not None
                assert writer.partial.read_bytes() == tail
            else:
                assert writer.partial is None
                assert set(tmp_path.glob("*.partial")) == before
        assert path.read_bytes().endswith(b"\n"), f"round {round_no}"
        assert all(line.record is not None for line in read_jsonl(path))

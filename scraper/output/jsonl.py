"""JSON Lines files: one small crash-safe writer (datasets, rejects, merges) and a reader.

Crash safety: each record is encoded in full, then handed to the operating system
in one ``write`` on a file opened for appending, with no buffer in this process.
A ``kill -9`` at any moment therefore leaves every complete line in the file and
loses at most the record being written.  If that record was cut (a last line with
no newline), the next writer to open the file moves the cut bytes aside to
``<file>.partial`` instead of appending after them.  ``fsync=True`` also survives
a power cut, at the cost of a disk flush per record.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

_CHUNK = 64 * 1024


def encode(record: Mapping[str, Any]) -> bytes:
    """One line: UTF-8, non-ASCII kept as is, strict JSON (no NaN), newline-terminated."""
    return (json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def _partial_path(path: Path) -> Path:
    candidate = path.with_name(path.name + ".partial")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}.partial")
    return candidate


def set_aside_torn_line(path: Path) -> Path | None:
    """Move a last line without its newline to a ``.partial`` file; return that file.

    The cut bytes are written (and synced) to the ``.partial`` file before the data
    file is truncated, so a crash in between duplicates them rather than loses them.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    with path.open("r+b") as f:
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return None
        cut, end = 0, size
        while end > 0:
            start = max(0, end - _CHUNK)
            f.seek(start)
            i = f.read(end - start).rfind(b"\n")
            if i >= 0:
                cut = start + i + 1
                break
            end = start
        f.seek(cut)
        torn = f.read()
        partial = _partial_path(path)
        with partial.open("xb") as out:
            out.write(torn)
            out.flush()
            os.fsync(out.fileno())
        f.truncate(cut)
        f.flush()
        os.fsync(f.fileno())
    log.warning("%s ended with a cut line (%d bytes, an interrupted write): moved it to %s",
                path, len(torn), partial)
    return partial


class JsonLinesWriter:
    """Append records to a JSON Lines file, each one reaching the OS as it is written."""

    def __init__(self, path: Path, fsync: bool = False) -> None:
        self.path = path
        self.fsync = fsync
        self.written = 0
        self.partial: Path | None = None   # where a cut last line was moved at open
        self._fd: int | None = None

    def open(self) -> JsonLinesWriter:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.partial = set_aside_torn_line(self.path)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
            self._fd = os.open(self.path, flags, 0o644)
        return self

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one record as one line (raises before writing if it is not JSON)."""
        data = encode(record)
        if self._fd is None:
            self.open()
        assert self._fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        if self.fsync:
            os.fsync(self._fd)
        self.written += 1

    def sync(self) -> None:
        """Flush what was written to the disk (before renaming a finished file into place)."""
        if self._fd is not None:
            os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> JsonLinesWriter:
        return self.open()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


@dataclass
class Line:
    """One line of a dump: its number, the record (a JSON object) or why it is none."""

    number: int
    record: dict[str, Any] | None
    error: str | None = None
    cut: bool = False        # the last line of a file a crash interrupted


def read_jsonl(path: Path) -> Iterator[Line]:
    """The lines of a dump, numbered from 1; blank lines are skipped, bad ones explained."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            if not raw.endswith(b"\n"):
                yield Line(number, None, "cut line: no newline at the end of the file "
                                         "(an interrupted write)", cut=True)
                continue
            try:
                value = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield Line(number, None, f"not UTF-8: {exc.reason} at byte {exc.start}")
                continue
            except ValueError as exc:
                yield Line(number, None, f"not JSON: {exc}")
                continue
            if not isinstance(value, dict):
                yield Line(number, None, f"not a JSON object but {type(value).__name__}")
                continue
            yield Line(number, value)

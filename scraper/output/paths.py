"""Output names and paths that stay inside their directory."""

from __future__ import annotations

import re
from pathlib import Path

_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


class UnsafePath(ValueError):
    """A name with ``..``, a separator, NUL or an absolute path."""


def safe_name(name: str) -> str:
    """A single file name component, or :class:`UnsafePath`."""
    if not name or "\x00" in name or "/" in name or "\\" in name or ".." in name \
            or not _SAFE.match(name):
        raise UnsafePath(f"unsafe name {name!r}: use letters, digits, '.', '_' and '-'")
    return name


def inside(base: Path, *parts: str) -> Path:
    """``base / parts`` resolved, refused if it leaves ``base``."""
    for part in parts:
        if "\x00" in part:
            raise UnsafePath(f"NUL byte in path {part!r}")
    target = base.joinpath(*parts).resolve()
    root = base.resolve()
    if target != root and root not in target.parents:
        raise UnsafePath(f"{target} is outside {root}")
    return target

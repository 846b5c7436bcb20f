"""A spread of the fixtures, for the tests that prove two ways of working out the same
thing agree (a fast path and the walk it replaces, a capture and its original, a
hostile copy and the page): every k-th fixture of each kind, so designs, families and
languages mix as in the whole.

``OSCE_TEST_ALL_FIXTURES=1`` (``make test-all-fixtures``) takes every fixture instead;
``make test`` keeps to the spread so the suite stays within its five minutes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

ALL = os.environ.get("OSCE_TEST_ALL_FIXTURES", "") not in ("", "0")


def spread(items: Sequence[T], every: int) -> list[T]:
    """Every ``every``-th item, the first included (all of them when ALL is set)."""
    if ALL or every <= 1:
        return list(items)
    return list(items[::every])

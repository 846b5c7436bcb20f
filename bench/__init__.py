"""Benchmarks (``make bench``, ``python -m bench.run``): not part of the test suite.

Each module of this package that defines ``run() -> Section`` is one benchmark;
:mod:`bench.run` runs them all (or those named on its command line) and writes
``bench/results.md``.  A new benchmark is a new module: define ``run()`` (and
``ORDER``, an int, to place it; modules without one come after the others, by name).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Target:
    """One of the issue's targets: what was wanted, what was measured, met or not."""

    name: str
    wanted: str
    measured: str
    met: bool
    note: str = ""          # follows "met"/"missed": "by 12%: the reason"


@dataclass
class Section:
    """What a benchmark reports: a table, notes under it, and the targets it checks."""

    title: str
    columns: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    seconds: float = 0.0    # set by the runner


def rate(value: float) -> str:
    """A rate for a table: ``1,234`` or ``12.3``."""
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def ratio(value: float) -> str:
    return f"{value:.1f}×" if value < 100 else f"{value:,.0f}×"


def mib(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:,.0f} MiB"

"""Each fixture's page extracted once per test process, shared by the test modules
that compare against it (the per-field tests, the archive and hostile-page tests).

Extraction is a pure function of the page's bytes, address, kind and headers, so a
test that reads the remembered result asserts exactly what it would on a fresh one;
the remembered results are never handed out for changing (tests only compare them).
"""

from __future__ import annotations

from typing import Any

from scraper.devsite.fixtures import Fixture
from scraper.extract.extraction import Extraction

_RUNS: dict[tuple[str, str], Extraction] = {}


def run(fx: Fixture) -> Extraction:
    """``fx.run()``, once per process for each fixture."""
    key = (str(fx.html_path), fx.kind)
    if key not in _RUNS:
        _RUNS[key] = fx.run()
    return _RUNS[key]


def actual(fx: Fixture) -> dict[str, Any]:
    """``fx.actual()`` from the remembered extraction."""
    return fx.shaped(run(fx))

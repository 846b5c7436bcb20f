"""Each fixture's page extracted once per test process, shared by the test modules
that compare against it (the per-field tests, the archive and hostile-page tests).

Extraction is a pure function of the page's bytes, address, kind and headers, so a
test that reads the remembered result asserts exactly what it would on a fresh one;
the remembered results are never handed out for changing (tests only compare them).
"""

from __future__ import annotations

from typing import Any

from scraper.devsite.fixtures import Fixture
from scraper.extract.document import Document
from scraper.extract.extraction import Extraction, extract_document

_RUNS: dict[tuple[str, str], tuple[Document, Extraction]] = {}


def _ran(fx: Fixture) -> tuple[Document, Extraction]:
    key = (str(fx.html_path), fx.kind)
    if key not in _RUNS:
        # fx.run() in two steps, keeping the parsed page and the page objects it made
        doc = Document.from_bytes(fx.html_path.read_bytes(), fx.url, fx.headers)
        _RUNS[key] = (doc, extract_document(doc, fx.kind))
    return _RUNS[key]


def run(fx: Fixture) -> Extraction:
    """``fx.run()``, once per process for each fixture."""
    return _ran(fx)[1]


def document(fx: Fixture) -> Document:
    """The fixture's page as :func:`run` parsed it, its page objects already made (the
    kind check reads the same page objects again, as the command line does)."""
    return _ran(fx)[0]


def actual(fx: Fixture) -> dict[str, Any]:
    """``fx.actual()`` from the remembered extraction."""
    return fx.shaped(run(fx))

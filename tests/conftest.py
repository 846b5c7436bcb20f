"""Fixtures shared by the test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scraper.devsite.server import RunningSite, serving
from scraper.devsite.sitegen import site_dir

SITE = site_dir()   # the offline copy, built from fixtures/ when they changed

KINDS = ("unit", "e2e", "services")
# a test that asks for one of these is end to end wherever it stands
E2E_FIXTURES = frozenset({"local_site"})


# the order make test's workers take test files in (pytest-xdist, --dist loadfile
# --no-loadscope-reorder): the long crawls first, the many quick unit files last, so
# that both cores stay busy to the end instead of one finishing a crawl module alone
FIRST = ("services", "e2e", "unit")
# within that, the longest files first whatever their folder (longest processing time
# first: the last file a worker starts is a short one, so both finish together); their
# seconds on one core (make test --durations, per file), longest first
LONGEST = (
    "test_fixtures.py",       # ~130 s of CPU: every fixture extracted and its kind told once
    "test_security.py",       # ~69 s
    "test_distributed.py",    # ~55 s
    "test_sitegen.py",        # ~53 s
    "test_incremental.py",    # ~52 s
    "test_crawl_site.py",     # ~39 s
    "test_history.py",        # ~34 s
    "test_fast_paths.py",     # ~33 s
    "test_monitors.py",       # ~30 s
    "test_archive.py",        # ~25 s
    "test_terminal.py",       # ~22 s
    "test_scrapyd.py",        # ~18 s
    "test_demo.py",           # ~18 s
    "test_fuzz.py",           # ~15 s
    "test_coverage_alarm.py", # ~14 s
    "test_network_faults.py", # ~13 s
    "test_parallel.py",       # ~12 s
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """One kind marker a test: the kind of its folder (tests/unit, tests/e2e,
    tests/services), unless the test says otherwise (a Redis parameter of a unit
    table is ``services``) or asks for the running offline site (``e2e``).

    Under pytest-xdist (a worker has ``workerinput``), the LONGEST files first, then
    files by their folder's kind in FIRST order; a plain ``pytest`` keeps the collection
    order."""
    for item in items:
        if any(item.get_closest_marker(kind) for kind in KINDS):
            continue
        folder = item.path.parent.name
        kind = folder if folder in KINDS else "unit"
        if kind == "unit" and E2E_FIXTURES & set(getattr(item, "fixturenames", ())):
            kind = "e2e"
        item.add_marker(getattr(pytest.mark, kind))
    if hasattr(config, "workerinput"):
        # by folder, not by marker: a file's tests stay together (loadfile) and in order
        items.sort(key=_file_order)


def _file_order(item: pytest.Item) -> tuple[int, int]:
    name, folder = item.path.name, item.path.parent.name
    return (LONGEST.index(name) if name in LONGEST else len(LONGEST),
            FIRST.index(folder) if folder in FIRST else len(FIRST))


@pytest.fixture(scope="session")
def local_site() -> Iterator[RunningSite]:
    """The offline copy of the site (built from fixtures/) on 127.0.0.1 and a free port.

    One server for the session; a test that looks at the request log takes a
    ``log.mark()`` first (see tests/crawling.py).
    """
    with serving(SITE) as site:
        yield site

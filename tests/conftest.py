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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """One kind marker a test: the kind of its folder (tests/unit, tests/e2e,
    tests/services), unless the test says otherwise (a Redis parameter of a unit
    table is ``services``) or asks for the running offline site (``e2e``)."""
    for item in items:
        if any(item.get_closest_marker(kind) for kind in KINDS):
            continue
        folder = item.path.parent.name
        kind = folder if folder in KINDS else "unit"
        if kind == "unit" and E2E_FIXTURES & set(getattr(item, "fixturenames", ())):
            kind = "e2e"
        item.add_marker(getattr(pytest.mark, kind))


@pytest.fixture(scope="session")
def local_site() -> Iterator[RunningSite]:
    """The offline copy of the site (built from fixtures/) on 127.0.0.1 and a free port.

    One server for the session; a test that looks at the request log takes a
    ``log.mark()`` first (see tests/crawling.py).
    """
    with serving(SITE) as site:
        yield site

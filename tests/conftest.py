"""Fixtures shared by the test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scraper.localsite import RunningSite, serving
from scraper.sitegen import SITE_DIR


@pytest.fixture(scope="session")
def local_site() -> Iterator[RunningSite]:
    """The offline copy of the site (fixtures/site) on 127.0.0.1 and a free port.

    One server for the session; a test that looks at the request log takes a
    ``log.mark()`` first (see tests/crawling.py).
    """
    with serving(SITE_DIR) as site:
        yield site

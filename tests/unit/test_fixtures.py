"""Every fixture, every field: the current extraction equals the expected record.

One test a fixture, one subtest a check: a field of the record, no unexpected field,
the fixture's URL and capture date, the fields of its entries, the page's kind as
told from the page itself (read from the same page objects as the extraction, as the
command line does).  A failure names the
fixture (the test's id, ``news/NAME``) and the check (``field='title'``), with pytest's
own diff of expected and got; the other fields of that fixture are still compared.

(One test a field made pytest-xdist carry ~17,500 tests' reports to the controller,
about a minute of the suite's two cores; a subtest's report costs a third of a test's.)
"""

from __future__ import annotations

import pytest

from scraper.devsite.fixtures import Fixture, all_fixtures
from scraper.extract.items import LISTING_FIELDS, NAVIGATION_FIELDS, NEWS_FIELDS
from scraper.extract.kind import classify, mismatch
from tests import fixture_runs

FIXTURES = all_fixtures()


def _fields(fx: Fixture) -> list[str]:
    """The fields compared one by one: a news record's, or a listing's/menu's."""
    if fx.kind == "news":
        return list(NEWS_FIELDS)
    return ["entries", "next_page"] if fx.kind == "listing" else ["entries"]


def test_there_are_enough_fixtures() -> None:
    kinds = [fx.kind for fx in FIXTURES]
    assert kinds.count("news") >= 20
    assert kinds.count("listing") >= 3
    assert kinds.count("navigation") >= 2


@pytest.mark.parametrize("fx", FIXTURES, ids=[f"{f.kind}/{f.name}" for f in FIXTURES])
def test_fixture(fx: Fixture, subtests: pytest.Subtests) -> None:
    with subtests.test("has url and capture date"):
        assert fx.meta.get("url", "").startswith(("http://", "https://"))
        assert fx.meta.get("captured_on")
    if fx.kind != "news":
        with subtests.test("entries have every field"):
            fields = LISTING_FIELDS if fx.kind == "listing" else ["name", "url", "path"]
            for entry in fx.expected["entries"]:
                assert list(entry) == list(fields) if fx.kind == "listing" \
                    else set(entry) >= set(fields)
            if fx.kind == "navigation":
                assert all(set(e) <= set(NAVIGATION_FIELDS) for e in fx.expected["entries"])
    actual = fixture_runs.actual(fx)
    for field in _fields(fx):
        with subtests.test(field=field):
            assert field in fx.expected, f"{fx.name}: expected record has no {field!r}"
            assert actual[field] == fx.expected[field]
    with subtests.test("no unexpected fields"):
        assert set(actual) == set(fx.expected)
    with subtests.test("page kind"):
        # what page this is, told from the page itself (kind.py): a news item or a
        # listing is told apart; the menu is read from any page, whatever it is
        verdict = classify(fixture_runs.document(fx))
        if fx.kind == "navigation":
            assert verdict.kind is not None
            assert mismatch("navigation", verdict) is None
        else:
            assert verdict.kind == fx.kind, verdict.reason

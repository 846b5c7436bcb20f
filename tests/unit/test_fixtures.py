"""Every fixture, every field: the current extraction equals the expected record.

One test a fixture, one subtest a check: a field of the record, no unexpected field,
the fixture's URL and capture date, the fields of its entries, the page's kind as
told from the page itself (read from the same page objects as the extraction, as the
command line does).  A failure names the
fixture (the test's id, ``news/NAME``) and the check (``field='title'``), with pytest's
own diff of expected and got; the other fields of that fixture are still compared.

(One test a field made pytest-xdist carry ~17,500 tests' reports to the controller,
about a minute of the suite's two cores; a subtest's report costs a third of a test's.
So every check is made first, and only those that fail open a subtest: a fixture read
wholly right sends one report, a failing one a report for each check it fails.)
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


def _shape_problems(fx: Fixture) -> list[str]:
    """What is wrong with the fixture itself (its URL, capture date, entries' fields)."""
    problems = []
    if not (fx.meta.get("url", "").startswith(("http://", "https://"))
            and fx.meta.get("captured_on")):
        problems.append("has url and capture date")
    if fx.kind != "news":
        fields = LISTING_FIELDS if fx.kind == "listing" else ["name", "url", "path"]
        for entry in fx.expected["entries"]:
            ok = list(entry) == list(fields) if fx.kind == "listing" else (
                set(fields) <= set(entry) <= set(NAVIGATION_FIELDS))
            if not ok:
                problems.append("entries have every field")
                break
    return problems


def _kind_problem(fx: Fixture) -> str | None:
    """Why the page's kind, told from the page itself (kind.py), is not the fixture's: a
    news item or a listing is told apart; the menu is read from any page, whatever it is."""
    verdict = classify(fixture_runs.document(fx))
    if fx.kind == "navigation":
        if verdict.kind is None or mismatch("navigation", verdict) is not None:
            return f"no kind told: {verdict.reason}"
        return None
    return None if verdict.kind == fx.kind else f"{verdict.kind}: {verdict.reason}"


@pytest.mark.parametrize("fx", FIXTURES, ids=[f"{f.kind}/{f.name}" for f in FIXTURES])
def test_fixture(fx: Fixture, subtests: pytest.Subtests) -> None:
    actual = fixture_runs.actual(fx)
    fields = _fields(fx)
    wrong = [f for f in fields if f not in fx.expected or f not in actual
             or actual[f] != fx.expected[f]]
    shape = _shape_problems(fx)
    kind = _kind_problem(fx)
    if not (wrong or shape or kind) and set(actual) == set(fx.expected):
        return   # every check passed: no subtest opened (each costs a report to xdist)
    # a check that failed gets a subtest of its own, with pytest's diff
    for problem in shape:
        with subtests.test(problem):
            pytest.fail(f"{fx.name}: {problem}")
    for field in wrong:
        with subtests.test(field=field):
            assert field in fx.expected, f"{fx.name}: expected record has no {field!r}"
            assert field in actual, f"{fx.name}: the extraction gives no {field!r}"
            assert actual[field] == fx.expected[field]
    if set(actual) != set(fx.expected):
        with subtests.test("no unexpected fields"):
            assert set(actual) == set(fx.expected)
    if kind:
        with subtests.test("page kind"):
            pytest.fail(kind)

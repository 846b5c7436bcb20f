"""Every fixture, every field: the current extraction equals the expected record."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.devsite.fixtures import Fixture, all_fixtures
from scraper.extract.items import LISTING_FIELDS, NAVIGATION_FIELDS, NEWS_FIELDS
from tests import fixture_runs

FIXTURES = all_fixtures()
_ACTUAL: dict[str, dict[str, Any]] = {}


def _actual(fx: Fixture) -> dict[str, Any]:
    key = f"{fx.kind}/{fx.name}"
    if key not in _ACTUAL:
        _ACTUAL[key] = fixture_runs.actual(fx)
    return _ACTUAL[key]


def _cases() -> list[Any]:
    cases = []
    for fx in FIXTURES:
        fields = NEWS_FIELDS if fx.kind == "news" else ["entries", "next_page"] \
            if fx.kind == "listing" else ["entries"]
        for field in fields:
            cases.append(pytest.param(fx, field, id=f"{fx.kind}/{fx.name}::{field}"))
    return cases


def test_there_are_enough_fixtures() -> None:
    kinds = [fx.kind for fx in FIXTURES]
    assert kinds.count("news") >= 20
    assert kinds.count("listing") >= 3
    assert kinds.count("navigation") >= 2


@pytest.mark.parametrize(("fx", "field"), _cases())
def test_field(fx: Fixture, field: str) -> None:
    assert field in fx.expected, f"{fx.name}: expected record has no {field!r}"
    assert _actual(fx)[field] == fx.expected[field]


@pytest.mark.parametrize("fx", FIXTURES, ids=[f"{f.kind}/{f.name}" for f in FIXTURES])
def test_no_unexpected_fields(fx: Fixture) -> None:
    assert set(_actual(fx)) == set(fx.expected)


@pytest.mark.parametrize("fx", FIXTURES, ids=[f"{f.kind}/{f.name}" for f in FIXTURES])
def test_fixture_has_url_and_capture_date(fx: Fixture) -> None:
    assert fx.meta.get("url", "").startswith(("http://", "https://"))
    assert fx.meta.get("captured_on")


@pytest.mark.parametrize("fx", [f for f in FIXTURES if f.kind != "news"],
                         ids=[f"{f.kind}/{f.name}" for f in FIXTURES if f.kind != "news"])
def test_entries_have_every_field(fx: Fixture) -> None:
    fields = LISTING_FIELDS if fx.kind == "listing" else ["name", "url", "path"]
    for entry in fx.expected["entries"]:
        assert list(entry) == list(fields) if fx.kind == "listing" else set(entry) >= set(fields)
    if fx.kind == "navigation":
        assert all(set(e) <= set(NAVIGATION_FIELDS) for e in fx.expected["entries"])

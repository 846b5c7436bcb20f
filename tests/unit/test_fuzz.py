"""Fuzzing: no exception escapes a page object, every record it returns is valid.

``make test`` runs two hundred seeded cases; ``make fuzz`` runs many more
(FUZZ_CASES=100000).  A failing case prints its number, to replay alone.
"""

from __future__ import annotations

import os
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.extract import dateline, urls
from scraper.extract.dates import parse_date
from scraper.extract.document import NotHTML
from scraper.extract.extraction import KINDS, extract
from scraper.extract.text import clean, clean_block, fold, split_values
from scraper.output.schema import check
from tests.fuzzing import case

CASES = int(os.environ.get("FUZZ_CASES", "200"))
FIRST = int(os.environ.get("FUZZ_FIRST", "0"))


def test_mutated_pages_never_raise_and_records_validate() -> None:
    failures: list[str] = []
    for i in range(FIRST, FIRST + CASES):
        what, data = case(i)
        for kind in KINDS:
            try:
                result = extract(data, "https://www.osce.org/secretariat/500000", kind)
            except NotHTML:
                continue
            except Exception as exc:   # the point is that nothing escapes
                failures.append(f"case {i} ({what}, {kind}): {type(exc).__name__}: {exc}")
                continue
            schema_kind = "navigation" if kind == "navigation" else "news"
            if kind == "listing":
                bad = [r for r in result.records if not isinstance(r.get("url"), str)]
                if bad:
                    failures.append(f"case {i} ({what}, listing): entry without url")
                continue
            for record in result.records:
                reasons = check(record, schema_kind)
                if reasons:
                    failures.append(f"case {i} ({what}, {kind}): {reasons[0]}")
        if len(failures) > 5:
            break
    assert not failures, "\n".join(failures)


TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_text_helpers_are_total_and_idempotent(s: str) -> None:
    assert clean(clean(s)) == clean(s)
    assert clean_block(clean_block(s)) == clean_block(s)
    assert fold(fold(s)) == fold(s)
    parts = split_values(s)
    assert all(p == clean(p) and p for p in parts)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["en", "ru", "de", "fr", "it", "es", None, "xx"]))
def test_parse_date_never_raises_and_is_iso(s: str, lang: str | None) -> None:
    value = parse_date(s, lang)
    assert value is None or (len(value) == 10 and value[4] == "-" and value[7] == "-")
    assert parse_date(value, lang) == value if value else True


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_dateline_never_raises(s: str) -> None:
    found = dateline.find(s)
    assert found is None or (found.place and found.date_text)


URLISH = st.text(alphabet=string.printable + "éж\u00a0", max_size=120)


@settings(max_examples=300, deadline=None)
@given(URLISH, URLISH)
def test_url_helpers_never_raise(base: str, href: str) -> None:
    result = urls.absolute("https://www.osce.org/" + base, href)
    assert result is None or result == urls.canonical(result)
    nid = urls.node_id(result)
    assert nid is None or nid.isdigit()


@pytest.mark.parametrize("seed", range(3))
def test_fuzz_cases_are_reproducible(seed: int) -> None:
    assert case(seed) == case(seed)

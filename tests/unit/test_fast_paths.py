"""Every shortcut the extraction takes for speed gives what the general path gives.

The shortcuts (an ASCII fold, one scan for microdata, remembered element texts and chrome
answers) are checked here against the general code on every element and text of every
fixture page, and the fold on generated text too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.devsite.fixtures import all_fixtures
from scraper.extract.document import Document, iter_text
from scraper.extract.labels import _in_chrome
from scraper.extract.structure import in_chrome
from scraper.extract.text import clean, fold, fold_general


@cache
def documents() -> list[Document]:
    return [Document.from_bytes(fx.html_path.read_bytes(), fx.url, fx.meta.get("headers"))
            for fx in all_fixtures()]


def elements(doc: Document) -> list[Any]:
    return [el for el in doc.root.iter() if isinstance(el.tag, str)]


@given(st.text(max_size=80))
@settings(max_examples=2000, deadline=None)
def test_fold_equals_the_general_fold_on_any_text(text: str) -> None:
    assert fold.__wrapped__(text) == fold_general(text)


@given(st.text(st.characters(max_codepoint=127), max_size=80))
@settings(max_examples=2000, deadline=None)
def test_fold_equals_the_general_fold_on_ascii(text: str) -> None:
    assert fold.__wrapped__(text) == fold_general(text)


def test_fold_equals_the_general_fold_on_every_fixture_text() -> None:
    texts = {str(t) for doc in documents() for t in doc.root.xpath("//text()")}
    texts |= {t[:n] for t in texts for n in (10, 40, 80)}
    assert len(texts) > 5_000
    assert [t for t in texts if fold.__wrapped__(t) != fold_general(t)] == []


def test_microdata_from_one_scan_equals_the_query_per_property() -> None:
    for doc in documents():
        props = {el.get("itemprop") for el in doc.root.xpath("//*[@itemprop]")}
        for prop in [*props, "headline", "datePublished", "nothing"]:
            query = doc.root.xpath("//*[@itemprop=$p]", p=prop)
            assert doc.microdata(prop) == query, (doc.url, prop)


def test_remembered_element_text_equals_the_text_walk() -> None:
    for doc in documents():
        for el in elements(doc):
            walked = clean(" ".join(iter_text(el)))
            assert doc.element_text(el) == walked
            assert doc.element_text(el) == walked      # the second time from memory


def test_remembered_chrome_answers_equal_the_ancestor_walk() -> None:
    for doc in documents():
        known: dict[Any, bool] = {}
        # deepest first and then in order: answers come from memory both ways
        for el in [*reversed(elements(doc)), *elements(doc)]:
            assert _in_chrome(el, known) == in_chrome(el), (doc.url, el.tag)

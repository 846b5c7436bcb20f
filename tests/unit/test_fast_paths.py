"""Every shortcut the extraction takes for speed gives what the general path gives.

The shortcuts (an ASCII fold, one scan for microdata, remembered element texts and chrome
answers) are checked here against the general code on every element and text of every
fixture page, and the fold on generated text too; the walk of an entry's elements that
passes over refused subtrees against the ancestor check, on a snippet.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.devsite.fixtures import all_fixtures
from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.labels import _in_chrome
from scraper.extract.pages.listing_facts import elements_outside
from scraper.extract.structure import in_chrome
from scraper.extract.text import fold, fold_general
from scraper.extract.visible import NOT_RENDERED, hidden_kind, visible_text
from tests.sampling import spread


@cache
def documents() -> list[Document]:
    return [Document.from_bytes(fx.html_path.read_bytes(), fx.url, fx.meta.get("headers"))
            for fx in spread(all_fixtures(), 8)]


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
        # itemprop is a list of names ("name headline"): each names the element
        props = {name for el in doc.root.xpath("//*[@itemprop]")
                 for name in el.get("itemprop").split()}
        for prop in [*props, "headline", "datePublished", "nothing"]:
            query = doc.root.xpath(
                "//*[contains(concat(' ', normalize-space(@itemprop), ' '), $p)]",
                p=f" {prop} ")
            assert doc.microdata(prop) == query, (doc.url, prop)


def test_remembered_element_text_equals_the_text_walk() -> None:
    for doc in documents():
        for el in elements(doc):
            walked = visible_text(el)     # the walk over the element, done afresh
            assert doc.element_text(el) == walked
            assert doc.element_text(el) == walked      # the second time from memory


def test_remembered_chrome_answers_equal_the_ancestor_walk() -> None:
    for doc in documents():
        known: dict[Any, bool] = {}
        # deepest first and then in order: answers come from memory both ways
        for el in [*reversed(elements(doc)), *elements(doc)]:
            assert _in_chrome(el, known) == in_chrome(el), (doc.url, el.tag)


# the page-level metadata as it was read before the one-pass gathering: an XPath each
def _canonical(doc: Document) -> str | None:
    hrefs = doc.root.xpath("//link[contains(concat(' ', normalize-space(translate(@rel, "
                           "'CANONIAL', 'canonial')), ' '), ' canonical ')]/@href")
    return next((u for u in map(doc.absolute, map(str, hrefs)) if u), None)


def _shortlink(doc: Document) -> str | None:
    hrefs = doc.root.xpath("//link[contains(@rel, 'shortlink')]/@href")
    return next((u for u in map(doc.absolute, map(str, hrefs)) if u), None)


def _base_url(doc: Document) -> str:
    base = doc.root.xpath("//base/@href")
    return (urls.absolute(doc.url, str(base[0])) or doc.url) if base else doc.url


def _hreflang_links(doc: Document) -> list[Any]:
    return list(doc.root.xpath("//link[@hreflang and @href]"))


def _jsonld_scripts(doc: Document) -> list[Any]:
    return list(doc.root.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), "
                               "'ld+json')]"))


EDGE_CASES = """<html><head>
<base target="_top"><base href="/base/">
<link rel="Canonical" href="a"><link rel=" alternate\tCANONICAL\n" href="/b">
<link rel="canonicalx" href="/c"><link rel="canonical"><link rel="CANONICAL" href="">
<link rel="noshortlinks" href="/s"><link rel="alternate" hreflang="de">
<link rel="alternate" hreflang=" DE " href="/de">
<script type="application/LD+JSON">{"@type": "NewsArticle"}</script>
<script type="text/ld+json ">{"@type": "WebPage"}</script><script>{"@type": "x"}</script>
<title>One</title></head><body><svg><title>Two</title></svg>
<link rel="canonical" href="/in-body"></body></html>"""


def test_metadata_from_one_pass_equals_the_xpath_per_field() -> None:
    edge = Document(url="https://www.osce.org/x/y", text=EDGE_CASES)
    assert edge.canonical == "https://www.osce.org/base/a"
    for doc in [edge, *documents()]:
        assert doc.canonical == _canonical(doc), doc.url
        assert doc.shortlink == _shortlink(doc), doc.url
        assert doc.base_url == _base_url(doc), doc.url
        assert [link for link in doc.elements("link")
                if link.get("hreflang") is not None and link.get("href") is not None] \
            == _hreflang_links(doc)
        jsonld = [s for s in doc.elements("script")
                  if "ld+json" in (s.get("type") or "").translate(str.maketrans(
                      "LDJSON", "ldjson"))]
        assert jsonld == _jsonld_scripts(doc), doc.url
        assert doc.elements("title") == doc.root.xpath("//title")


def _elements_outside_by_ancestors(parts: list[Any], excluded: set[Any]) -> list[Any]:
    # the check as it was: every element's ancestors asked anew
    return [el for part in parts for el in part.iter()
            if isinstance(el.tag, str) and not any(
                x in excluded or hidden_kind(x) == NOT_RENDERED
                for x in [el, *el.iterancestors()])]


def test_elements_outside_from_one_walk_equals_the_ancestor_check() -> None:
    root = lxml.html.fromstring(
        '<div><div id="row"><p>a <b>b</b><!-- c --><span style="display:none">'
        '<i>d</i></span></p><p id="ex"><em>e</em></p><p><a>f</a></p></div>'
        '<div style="display:none" id="gone"><p>g</p></div><div id="inner"><u>h</u></div>'
        '</div>')
    row, ex, gone, inner = (root.get_element_by_id(i) for i in ("row", "ex", "gone", "inner"))
    for parts, excluded in [([row], {ex}), ([row, inner], set()), ([row, row[0]], {ex}),
                            ([gone[0], inner], set()), ([ex], {ex}), ([], set()),
                            ([row], {row})]:
        assert list(elements_outside(parts, excluded)) \
            == _elements_outside_by_ancestors(parts, excluded)
    assert [el.tag for el in elements_outside([row], {ex})] == ["div", "p", "b", "p", "a"]

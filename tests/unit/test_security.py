"""Security (issue 7): where the crawl may go, where files may be written, what records
may hold.  The crawls themselves are in tests/e2e/test_network_faults.py (hostile servers)
and at the end of this module (the body_html option)."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from scrapy.utils.test import get_crawler
from twisted.internet.error import TimeoutError as TxTimeoutError

from scraper.crawl import settings as project
from scraper.crawl.middlewares import addresses as middlewares
from scraper.crawl.middlewares.addresses import private_destination
from scraper.crawl.middlewares.failures import failure_kind
from scraper.crawl.run import output_path, run_id
from scraper.devsite import fixtures
from scraper.devsite.fixtures import all_fixtures
from scraper.devsite.server import RunningSite
from scraper.devsite.sitegen import expected_records
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.pages import NewsPage
from scraper.extract.sanitize import body_html, sanitize
from scraper.output.paths import UnsafePath
from scraper.output.schema import check
from tests import fixture_runs
from tests.crawling import scrapy_crawl, without_fetch
from tests.sampling import spread

FIXTURES = all_fixtures()
NEWS = [f for f in FIXTURES if f.kind == "news"]


# ---------------------------------------------------------------------------- addresses
def spider(start: str, allowed: list[str]) -> Any:
    """What the address policy reads of a spider: its start URLs and allowed domains."""
    return SimpleNamespace(args=SimpleNamespace(start_urls=[start]), allowed_domains=allowed)


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A resolver that knows three names; the list says which names were asked."""
    table = {"intranet.osce.org": "10.20.30.40", "cdn.osce.org": "93.184.216.34",
             "osce.org": "193.108.42.79"}
    asked: list[str] = []

    def getaddrinfo(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        asked.append(host)
        if host not in table:
            raise socket.gaierror("unknown")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (table[host], 0))]

    monkeypatch.setattr(middlewares.socket, "getaddrinfo", getaddrinfo)
    middlewares._resolves_to_private.cache_clear()
    yield asked
    middlewares._resolves_to_private.cache_clear()


LOOPBACK_START = spider("http://127.0.0.1:8000/press-releases", ["127.0.0.1"])
SITE_START = spider("https://www.osce.org/press-releases", ["osce.org"])
PRIVATE_START = spider("http://10.1.2.3:8080/press-releases", ["10.1.2.3"])


@pytest.mark.parametrize(("start", "url", "refused"), [
    # the start URL's own origin is the one private address allowed
    (LOOPBACK_START, "http://127.0.0.1:8000/secretariat/1", False),
    (PRIVATE_START, "http://10.1.2.3:8080/secretariat/1", False),
    # ... and only on its own port: a link to another service of the same machine is not
    (LOOPBACK_START, "http://127.0.0.1:6379/", True),
    (PRIVATE_START, "http://10.1.2.3:8081/", True),
    (PRIVATE_START, "http://10.1.2.4:8080/", True),
    # private, loopback, link-local, reserved, however they are written
    (SITE_START, "http://10.0.0.1/", True),
    (SITE_START, "http://192.168.1.1/", True),
    (SITE_START, "http://172.16.0.1/", True),
    (SITE_START, "http://169.254.169.254/latest/meta-data/", True),
    (SITE_START, "http://[::1]/", True),
    (SITE_START, "http://[fe80::1]/", True),
    (SITE_START, "http://[::ffff:10.0.0.1]/", True),
    (SITE_START, "http://0.0.0.0/", True),
    (SITE_START, "http://2130706433/", True),        # 127.0.0.1 as one number
    (SITE_START, "http://0x7f.1/", True),
    (SITE_START, "http://127.1/", True),
    (SITE_START, "http://localhost:8000/", True),
    (SITE_START, "http://api.localhost/", True),
    (LOOPBACK_START, "http://localhost:8000/", True),  # the start host under another name
    # public addresses are the offsite filter's business, not this one's
    (SITE_START, "https://www.osce.org/secretariat/1", False),
    (SITE_START, "http://93.184.216.34/", False),
])
def test_private_destinations_are_refused_unless_the_start_url_is_one(
        dns: list[str], start: Any, url: str, refused: bool) -> None:
    assert private_destination(url, start) is refused
    assert dns == []               # none of these needed DNS


def test_a_host_of_the_site_that_resolves_into_the_intranet_is_refused(dns: list[str]) -> None:
    assert private_destination("https://intranet.osce.org/x", SITE_START)
    assert not private_destination("https://cdn.osce.org/x", SITE_START)
    assert not private_destination("https://osce.org/x", SITE_START)
    # a host off the allowed domains is never looked up: the offsite filter drops it
    assert not private_destination("https://evil.example/x", SITE_START)
    assert dns == ["intranet.osce.org", "cdn.osce.org", "osce.org"]


@pytest.mark.parametrize(("exception", "kind"), [
    (DownloadTimeoutError("took longer than 2 s"), "timeout"),
    (TxTimeoutError(), "timeout"),
    (DownloadCancelledError("Received 2097152 bytes which is larger than download max size"),
     "size_limit"),
    (DownloadFailedError("connection lost"), "connection_error"),
    (ResponseDataLossError(), "connection_error"),
    (DownloadConnectionRefusedError(), "connection_error"),
    (ConnectionResetError(), "connection_error"),
    (ValueError("something else"), "other"),
])
def test_download_failures_are_counted_by_kind(exception: BaseException, kind: str) -> None:
    assert failure_kind(exception) == kind


def test_settings_keep_the_crawl_on_its_hosts_and_off_remote_control() -> None:
    mws = project.DOWNLOADER_MIDDLEWARES
    # the private-address check comes before the offsite filter (50) and robots.txt (100)
    assert mws["scraper.crawl.middlewares.addresses.PrivateAddressMiddleware"] < 50
    # failures are counted last, after every retry
    assert mws["scraper.crawl.middlewares.failures.FailureCountMiddleware"] == min(
        v for v in mws.values() if v is not None)
    assert mws["scrapy.downloadermiddlewares.redirect.RedirectMiddleware"] is None
    assert mws["scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware"] is None
    assert project.ROBOTSTXT_OBEY is True
    assert project.TELNETCONSOLE_ENABLED is False
    assert project.REMOTE_CONTROL_ENABLED is False
    assert {k for k, v in project.DOWNLOAD_HANDLERS.items() if v is None} >= {"file", "data"}
    assert project.DOWNLOAD_MAXSIZE <= 32 * 1024 * 1024
    assert project.BODY_HTML is False


# ---------------------------------------------------------------------------- output paths
def _crawler(**settings: Any) -> Any:
    crawler = get_crawler(Spider, {"OUTPUT_DIR": "data", "OUTPUT_FILE": "{spider}.jsonl",
                                   "OUTPUT_REJECTS_FILE": "rejects.jsonl", **settings})
    crawler.spider = Spider(name="news")
    return crawler


BAD_NAMES = ["../news.jsonl", "/etc/news.jsonl", "sub/news.jsonl", "news\x00.jsonl", "..",
             "C:\\news.jsonl"]


@pytest.mark.parametrize("setting", ["OUTPUT_FILE", "OUTPUT_REJECTS_FILE"])
@pytest.mark.parametrize("name", BAD_NAMES)
def test_output_files_stay_inside_the_output_directory(setting: str, name: str) -> None:
    with pytest.raises(UnsafePath):
        output_path(_crawler(**{setting: name}), setting)


@pytest.mark.parametrize("name", [*BAD_NAMES, "{spider}/../../x"])
def test_the_run_id_names_no_path_of_its_own(name: str) -> None:
    # the run id names runs/<id>.json and may be filled into OUTPUT_FILE
    with pytest.raises(UnsafePath):
        run_id(_crawler(OSCE_RUN_ID=name))


def test_good_names_stay_where_they_belong(tmp_path: Path) -> None:
    crawler = _crawler(OUTPUT_DIR=str(tmp_path), OSCE_RUN_ID="20250101T000000Z",
                       OUTPUT_FILE="{spider}-{run_id}.jsonl")
    assert output_path(crawler, "OUTPUT_FILE") == \
        (tmp_path / "news-20250101T000000Z.jsonl").resolve()


@pytest.mark.parametrize("kind", ["../news", "/tmp", "news\x00", "fixtures"])
def test_fixtures_record_refuses_a_kind_that_is_not_one(tmp_path: Path, kind: str) -> None:
    with pytest.raises(ValueError, match="unknown fixture kind"):
        fixtures.record("http://127.0.0.1:9/x", kind, "name", root=tmp_path)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- text only
# Markup a hostile or careless page may hold where the fields are read from.  Plain
# ASCII replacements, so they apply to every fixture whatever its encoding.
INJECTIONS = [
    # (before this tag, whatever its case: this)
    (b"<title", b'<script>alert("head")</script><style>p{color:red}</style>'),
    (b"</h1>", b'<script>alert("h1")</script><span onclick="alert(7)">!</span>'),
    (b"</p>", (b'<script>alert("p")</script><img src="x.png" onerror="alert(1)">'
               b'<a href="javascript:alert(2)" onclick="alert(3)">more</a>'
               b"<!-- <script>alert(4)</script> -->")),
    (b"</li>", (b'<iframe srcdoc="&lt;script&gt;alert(5)&lt;/script&gt;"></iframe>'
                b"<noscript><style>li{}</style></noscript>")),
    (b"</body>", (b'<script src="https://evil.example/x.js"></script>'
                  b'<template><p onclick="alert(6)">hidden</p></template>')),
]
TAG = re.compile(r"<[A-Za-z/!?]")


def poisoned(html: bytes) -> bytes:
    for tag, markup in INJECTIONS:
        html = re.sub(re.escape(tag), lambda m, markup=markup: markup + m[0], html,
                      flags=re.IGNORECASE)
    return html


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def _markup_in(records: list[dict[str, Any]]) -> list[str]:
    return [s for r in records for s in strings(r)
            if TAG.search(s) or "alert(" in s or "javascript:" in s or "onclick" in s]


# a spread of the news pages (where body text is read), listings and menus
@pytest.mark.parametrize("fx", [*spread(NEWS, 6), *spread([f for f in FIXTURES
                                                           if f.kind != "news"], 8)],
                         ids=lambda f: f"{f.kind}/{f.name}")
def test_records_carry_text_never_markup_or_scripts(fx: Any) -> None:
    body = fx.html_path.read_bytes()
    assert _markup_in(fixture_runs.run(fx).records) == [], \
        "the fixture itself has markup in a field"
    hostile = poisoned(body)
    assert hostile != body
    records = extract(hostile, fx.url, fx.kind, fx.meta.get("headers")).records
    assert _markup_in(records) == []


# ---------------------------------------------------------------------------- body_html
@pytest.mark.parametrize("markup", [
    '<p onclick="alert(1)" style="color:red">Hi</p>',
    '<p><a href="javascript:alert(1)">x</a><a href="JaVaScRiPt:alert(1)">y</a></p>',
    '<p><a href="data:text/html;base64,PHNjcmlwdD4=">x</a></p>',
    "<p>x<script>alert(1)</script></p><style>p{}</style>",
    '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<p><img src="x" onerror="alert(1)"></p><iframe src="https://evil.example/"></iframe>',
    "<!-- <script>alert(1)</script> --><p>ok</p>",
    '<form action="https://evil.example/"><input name="q"></form>',
])
def test_sanitize_leaves_no_script_handler_style_or_javascript_url(markup: str) -> None:
    clean = sanitize(markup).lower()
    for bad in ("<script", "alert(", "onerror", "onclick", "style", "javascript:", "data:",
                "<iframe", "<svg", "<math", "<img", "<form", "<input", "<!--"):
        assert bad not in clean, (markup, clean)


def test_sanitize_keeps_text_structure_and_escapes_text() -> None:
    markup = ('<h2 class="x">Facts</h2><p>A &lt;script&gt; tag, <strong>bold</strong> and '
              '<a href="https://www.osce.org/a" target="_blank">a link</a></p>'
              "<ul><li>one</li></ul><blockquote>quote</blockquote>")
    assert sanitize(markup) == (
        "<h2>Facts</h2><p>A &lt;script&gt; tag, <strong>bold</strong> and "
        '<a href="https://www.osce.org/a" rel="noopener noreferrer nofollow">a link</a></p>'
        "<ul><li>one</li></ul><blockquote>quote</blockquote>")


def test_sanitize_drops_a_controls_caption_as_the_body_field_does() -> None:
    # a share row's "Copy link" button: no words of the body (scraper.extract.blocks)
    assert sanitize('<div><a href="https://x.example/s">f</a><button type="button">'
                    "Copy link</button></div><p>Text</p>") == (
        '<div><a href="https://x.example/s" rel="noopener noreferrer nofollow">f</a></div>'
        "<p>Text</p>")


def test_body_html_leaves_out_what_no_reader_sees_as_the_body_field_does() -> None:
    # a wiki heading's hover-only permalink glyph, words for screen readers only, a
    # hidden note: none is in the body field, none in its HTML; the text after each stays
    html = ("<html><body><h1>Report title</h1><div class='content'>"
            "<h2 id='s'>Summary<a href='#s' class='wiki-anchor'>¶</a></h2>"
            "<p>The mission recorded fewer violations than in the previous period, "
            "<a href='/x.pdf'>full report<span class='sr-only'> (opens a new tab)</span></a>"
            " attached.</p><p hidden>Draft note for editors.</p>"
            "<p>Monitors visited four towns along the contact line during the week.</p>"
            "</div></body></html>").encode()
    page = NewsPage(Document.from_bytes(html, "https://www.osce.org/smm/500001"))
    out = body_html(page)
    assert page.body is not None
    assert "¶" not in page.body.value
    assert out is not None
    for gone in ("¶", "opens a new tab", "Draft note"):
        assert gone not in out
    assert "<h2>Summary</h2>" in out
    assert "full report</a> attached." in out


# a hostile copy against its page, like the test above: a spread of the news pages under
# make test, every one under make test-all-fixtures (tests/sampling.py)
@pytest.mark.parametrize("fx", spread(NEWS, 6), ids=lambda f: f.name)
def test_body_html_of_a_hostile_page_is_its_body_sanitized(fx: Any) -> None:
    doc = Document.from_bytes(poisoned(fx.html_path.read_bytes()), fx.url,
                              fx.meta.get("headers"))
    page = NewsPage(doc)
    html = body_html(page)
    if not page.body_elements():
        # no body, or a body of bare text in its container: no element to give
        assert html is None
        return
    assert html is not None
    for bad in ("<script", "alert(", "onerror", "onclick", "style", "javascript:", "<img",
                "<iframe", "<template", "<!--"):
        assert bad not in html, bad
    assert all(href.startswith(("http://", "https://", "mailto:"))
               for href in re.findall(r'href="([^"]*)"', html))
    # the same text as the body field, starting where it starts
    assert page.body is not None
    first_words = " ".join(page.body.value.split()[:3])
    # the same words in the same order, tags and white space aside (1<sup>er</sup>)
    # (entities read as the characters they stand for: 14&nbsp;ноября)
    shown = "".join(unescape(re.sub(r"<[^>]+>", "", html)).split())
    assert "".join(first_words.split()) in shown


def test_with_body_html_on_each_record_gets_it_last_and_the_rest_is_unchanged(
        local_site: RunningSite, tmp_path: Path) -> None:
    crawl = scrapy_crawl(local_site, "news", tmp_path,
                         "-a", f"start_url={local_site.url}/press-releases",
                         "-a", "max_pages=1", "-s", "BODY_HTML=1")
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert crawl.records
    expected = {r["url"]: r for r in expected_records("news", local_site.url)}
    for record in crawl.records:
        assert list(record)[-1] == "body_html"
        html = record.pop("body_html")
        assert without_fetch(record) == without_fetch(
            {**expected[record["url"]], "fetched_at": record["fetched_at"], "run_id": "r"})
        assert html.startswith("<")
        assert "<script" not in html
        assert check({**record, "body_html": html}, "news") == []
    assert "osce/rejected" not in crawl.stats

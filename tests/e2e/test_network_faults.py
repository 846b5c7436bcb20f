"""A flaky network and hostile servers (issue 7): every crawl finishes, keeps each good
page once, logs each failure with its URL and counts it by kind in the run report.

One crawl of the newsroom's first three pages meets a fault on nearly every item (the
table ``FAULTS``); a second crawl, from a sitemap, meets a "billion laughs" entity bomb
and links to other hosts and private addresses.  Both run against a loopback server of
the offline site in a fault-injecting mode (scraper/localsite.py), with a 2 s timeout
and a 0.25 s backoff base so that the whole module takes seconds.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import pytest

from pipelines.report import FAILURE_KINDS, failures
from scraper.devsite.server import (
    Content,
    Fault,
    FaultMode,
    GzipBomb,
    Redirect,
    Reset,
    Slow,
    Status,
    gzip_bomb,
    route_key,
    serving,
)
from scraper.devsite.sitegen import expected_records, load_routes, site_dir
from scraper.extract import urls
from tests.crawling import Crawl, scrapy_crawl
from tests.e2e.test_crawl_site import assert_once_each

SITE = site_dir()   # the offline copy, built from fixtures/ when they changed

ROUTES = load_routes()["routes"]
NEWSROOM = [r for r in ROUTES if r["kind"] == "listing" and r["path"].startswith("/press-releases")]
PAGES = 3                                  # newsroom pages crawled (max_pages)


def _newsroom_items() -> list[str]:
    """The items of the first PAGES newsroom pages, in order, traps left out: the faults
    go to them by position, so new fixtures (which reshuffle the copy) change nothing."""
    traps = load_routes()["traps"]
    skip = {p for v in traps.values() for p in (v if isinstance(v, list) else [v])}
    items: list[str] = []
    for page in NEWSROOM[:PAGES]:
        for path in page["lists"]:
            key = route_key(path)
            if key not in skip and key not in items:
                items.append(key)
    return items


P = _newsroom_items()
LOOP = "/loop/" + P[9].rsplit("/", 1)[1]     # where the redirect loop's first hop goes
TIMEOUT = 2.0                              # DOWNLOAD_TIMEOUT
BACKOFF = 0.25                             # OSCE_RETRY_BACKOFF_BASE: 0.25 s, then 0.5 s
TRIES = 3                                  # OSCE_RETRY_TIMES=2: the first try and two more
MAXSIZE = 1 << 20                          # DOWNLOAD_MAXSIZE: every page is far smaller
BOMB = 512 << 20                           # what the gzip bomb expands to (from 0.5 MiB)
FAULT_SETTINGS = ("-s", f"DOWNLOAD_TIMEOUT={TIMEOUT:g}", "-s", f"OSCE_RETRY_BACKOFF_BASE={BACKOFF}",
                  "-s", f"OSCE_RETRY_TIMES={TRIES - 1}", "-s", f"DOWNLOAD_MAXSIZE={MAXSIZE}",
                  # the slow answers must not hold the only two slots of the host
                  "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
PRIVATE_REDIRECTS = ("http://10.0.0.1/secretariat/1", "http://169.254.169.254/latest/meta-data/")


@dataclass(frozen=True)
class Case:
    path: str
    fault: Fault
    written: bool           # does the page end up in the dataset?


# Every item of the first three newsroom pages but the two addresses of one item, the
# item listed twice, the page robots.txt forbids and the missing page (404) has a fault.
# A fault with ``times`` clears after that many answers; without, it stays.
FAULTS = [
    Case(P[0], Status(status=503, times=2), True),
    Case(P[1], Status(status=500, times=1), True),
    Case(P[2], Status(status=502, times=1), True),
    Case(P[3], Status(status=500), False),
    Case(P[4], Status(status=429, retry_after="1", times=1), True),
    Case(P[5], Reset(after=300, times=1), True),
    Case(P[6], Reset(after=300), False),
    Case(P[7], Slow(seconds=TIMEOUT + 1, times=1), True),
    Case(P[8], Slow(seconds=TIMEOUT + 1), False),
    Case(P[9], Redirect(location=LOOP), False),
    Case(LOOP, Redirect(location=P[9]), False),
    Case(P[10], Redirect(location="http://www.example.com/news/1"), False),
    Case(P[11], Redirect(location=PRIVATE_REDIRECTS[0]), False),
    Case(P[12], Redirect(location=PRIVATE_REDIRECTS[1]), False),
    # the same server under another name: localhost is not the start host 127.0.0.1
    Case(P[13], Redirect(location="http://localhost:{port}" + P[0]), False),
    Case(P[14], GzipBomb(size=BOMB), False),
    Case(P[15], Content(body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                                     content_type="application/pdf"), False),
]
BY_PATH = {c.path: c for c in FAULTS}


def listed(pages: list[dict[str, Any]]) -> set[str]:
    return {route_key(p) for page in pages for p in page["lists"]}


@dataclass
class FaultyCrawl:
    crawl: Crawl
    url: str
    report: dict[str, Any]
    canary_touched: bool

    def statuses(self, path: str) -> list[int]:
        return [r.status for r in self.crawl.requests if r.target == path]

    def times(self, path: str) -> list[float]:
        return [r.time for r in self.crawl.requests if r.target == path]


def _planted_listing(links: list[str]) -> bytes:
    """The first newsroom page with more entries, each linking to one of ``links``."""
    page = (SITE / NEWSROOM[0]["file"]).read_bytes()
    start = page.index(b'<div class="views-row views-row-4')
    end = page.index(b'<div class="views-row views-row-5')
    row = page[start:end]
    rows = b"".join(row.replace(b"/internal/899998", link.encode())
                       .replace(b"Internal briefing note", b"Planted link %d" % i)
                    for i, link in enumerate(links))
    return page[:end] + rows + page[end:]


@contextmanager
def canary() -> Iterator[tuple[int, Callable[[], bool]]]:
    """A listening port on 127.0.0.1 that nothing may connect to, and a way to ask whether
    anything did: a refused request must not even have tried."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)

    def touched() -> bool:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return False
        conn.close()
        return True

    try:
        yield sock.getsockname()[1], touched
    finally:
        sock.close()


def run_report(crawl: Crawl) -> dict[str, Any]:
    (path,) = (crawl.output_dir / "runs").glob("*.json")
    return dict(json.loads(path.read_text("utf-8")))


def good_records(origin: str, paths: set[str], lost: set[str]) -> list[dict[str, Any]]:
    """The expected records of the items listed at ``paths``, but those in ``lost``."""
    wanted = {urls.node_id(p) for p in paths} - {urls.node_id(p) for p in lost}
    return [r for r in expected_records("news", origin) if r["node_id"] in wanted]


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultyCrawl]:
    gzip_bomb(BOMB)          # made now, so the server answers it at once
    with canary() as (port, touched):
        # links to places the crawl must not go, planted among the newsroom's entries
        links = [f"http://127.0.0.1:{port}/secretariat/1", "http://10.0.0.1/secretariat/2",
                 "http://www.example.com/secretariat/3"]
        mode = FaultMode({NEWSROOM[0]["path"]: Content(body=_planted_listing(links))})
        with serving(mode=mode) as site:
            site_port = site.url.rsplit(":", 1)[1]
            for case in FAULTS:
                fault = case.fault
                if isinstance(fault, Redirect):
                    fault = replace(fault, location=fault.location.format(port=site_port))
                mode.faults[route_key(case.path)] = fault
            crawl = scrapy_crawl(site, "news", tmp_path_factory.mktemp("faults"),
                                 "-a", f"start_url={site.url}{NEWSROOM[0]['path']}",
                                 "-a", f"max_pages={PAGES}", *FAULT_SETTINGS)
            yield FaultyCrawl(crawl, site.url, run_report(crawl), touched())


def test_the_crawl_finishes_and_writes_every_good_page_once(faulty: FaultyCrawl) -> None:
    crawl = faulty.crawl
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert "Spider closed (finished)" in crawl.stderr
    assert "Traceback" not in crawl.stderr
    lost = {c.path for c in FAULTS if not c.written}
    good = good_records(faulty.url, listed(NEWSROOM[:PAGES]), lost)
    assert len(good) >= 12
    assert_once_each(crawl.records, good)
    # and the run report says so
    assert faulty.report["items"]["written"] == len(good)


def test_5xx_is_retried_with_a_growing_backoff_until_it_succeeds(faulty: FaultyCrawl) -> None:
    assert faulty.statuses(P[0]) == [503, 503, 200]
    first, second, third = faulty.times(P[0])
    assert second - first >= BACKOFF
    assert third - second >= 2 * BACKOFF
    assert faulty.statuses(P[1]) == [500, 200]
    assert faulty.statuses(P[2]) == [502, 200]
    retried = faulty.report["failures"]["retried"]
    assert (retried["HTTP 503"], retried["HTTP 502"]) == (2, 1)
    assert f"retrying {faulty.url}{P[0]} in 0.5 s (try 2 of 2): HTTP 503" \
        in faulty.crawl.stderr


def test_5xx_that_never_clears_is_given_up_and_counted(faulty: FaultyCrawl) -> None:
    path = P[3]
    assert faulty.statuses(path) == [500] * TRIES
    assert f"gave up on {faulty.url}{path} after {TRIES} tries (HTTP 500)" in faulty.crawl.stderr
    assert faulty.report["failures"]["final_status"] == {"404": 1, "500": 1}
    assert faulty.report["failures"]["gave_up"]["HTTP 500"] == 1


def test_429_waits_as_long_as_retry_after_says(faulty: FaultyCrawl) -> None:
    path = P[4]
    assert faulty.statuses(path) == [429, 200]
    first, second = faulty.times(path)
    assert second - first >= 1.0          # Retry-After: 1, not the 0.25 s backoff
    assert f"retrying {faulty.url}{path} in 1.0 s (try 1 of 2): HTTP 429" in faulty.crawl.stderr


def test_a_connection_reset_mid_body_is_retried_and_counted_when_it_persists(
        faulty: FaultyCrawl) -> None:
    assert faulty.statuses(P[5]) == [200, 200]   # cut, then whole
    assert faulty.statuses(P[6]) == [200] * TRIES
    assert (f"gave up on {faulty.url}{P[6]} after {TRIES} tries "
            "(ResponseDataLossError)") in faulty.crawl.stderr
    assert faulty.report["failures"]["by_kind"]["connection_error"] == 1


def test_an_answer_slower_than_the_timeout_is_retried_then_counted_as_a_timeout(
        faulty: FaultyCrawl) -> None:
    assert len(faulty.statuses(P[7])) == 2
    assert len(faulty.statuses(P[8])) == TRIES
    assert (f"gave up on {faulty.url}{P[8]} after {TRIES} tries "
            "(DownloadTimeoutError)") in faulty.crawl.stderr
    assert faulty.report["failures"]["by_kind"]["timeout"] == 1
    assert faulty.report["failures"]["retried"]["DownloadTimeoutError"] == TRIES


def test_a_redirect_loop_is_stopped_at_its_first_repeat(faulty: FaultyCrawl) -> None:
    assert faulty.statuses(P[9]) == [302]
    assert faulty.statuses(LOOP) == [302]
    assert (f"redirect loop: {faulty.url}{LOOP} leads back to "
            f"{faulty.url}{P[9]}") in faulty.crawl.stderr


def test_redirects_to_another_host_or_a_private_address_are_refused_before_connecting(
        faulty: FaultyCrawl) -> None:
    refusals = {
        P[10]: ("http://www.example.com/news/1", "another host"),
        P[11]: (PRIVATE_REDIRECTS[0], "a private or loopback address"),
        P[12]: (PRIVATE_REDIRECTS[1], "a private or loopback address"),
        P[13]: (faulty.url.replace("127.0.0.1", "localhost")
                                       + P[0], "a private or loopback address"),
    }
    for path, (target, why) in refusals.items():
        assert faulty.statuses(path) == [302]
        assert f"redirect from {faulty.url}{path} to {target} not followed: {why}" \
            in faulty.crawl.stderr
    assert faulty.report["failures"]["redirect_refused"] == {"another_host": 1,
                                                             "private_address": 3}
    # every request the crawler made reached this server: none went to another address
    assert faulty.crawl.stats["downloader/request_count"] == len(faulty.crawl.requests)


def test_newsroom_links_to_other_hosts_or_ports_are_never_requested(
        faulty: FaultyCrawl) -> None:
    # the listing page object keeps only entries on the newsroom's own host; the planted
    # port on this host was never connected to
    assert not faulty.canary_touched
    assert faulty.crawl.stats["downloader/request_count"] == len(faulty.crawl.requests)


def test_a_gzip_bomb_is_refused_with_memory_bounded(faulty: FaultyCrawl) -> None:
    path = P[14]
    assert faulty.statuses(path) == [200]                 # asked once: never retried
    assert f"Ignored response <200 {faulty.url}{path}> because its body" in faulty.crawl.stderr
    assert faulty.report["failures"]["by_kind"]["size_limit"] == 1
    # the bomb expands to 512 MiB; the whole crawl process peaks below half of that
    # (a plain crawl of the site: about 100 MiB)
    assert len(gzip_bomb(BOMB)) < MAXSIZE < BOMB
    assert faulty.crawl.peak_rss_kib * 1024 < BOMB // 2, faulty.crawl.peak_rss_kib


def test_the_run_report_counts_every_failure_by_kind(faulty: FaultyCrawl) -> None:
    report = faulty.report["failures"]
    assert list(report["by_kind"]) == list(FAILURE_KINDS)
    assert report["by_kind"] == {
        "robots_forbidden": 1,     # /internal/899998
        "offsite": 0,              # planted links never reach Scrapy: the listing drops them
        "private_address": 0,
        "timeout": 1,
        "connection_error": 1,
        "size_limit": 1,
        "redirect_refused": 4,
        "redirect_loop": 1,
        "http_4xx": 1,             # the newsroom's missing page
        "http_5xx": 1,
        "not_html": 1,             # a PDF where an item should be
        "broken_sitemap": 0,
        "other": 0,
    }
    assert report["total"] == 12
    assert report["gave_up"] == {"DownloadTimeoutError": 1, "HTTP 500": 1,
                                 "ResponseDataLossError": 1}
    assert f"skipped {faulty.url}{P[15]} (not_html)" in faulty.crawl.stderr


# ---------------------------------------------------------------------------- sitemap
def billion_laughs(urls_before: list[str], urls_after: list[str]) -> bytes:
    """A sitemap whose entity, if expanded, would be 3 GB of "lol", between two lists of
    URLs."""
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">'
        for i in range(1, 10)]
    locs = [f"<url><loc>{u}</loc></url>" for u in urls_before]
    locs.append("<url><loc>http://127.0.0.1/news/&lol9;/1</loc></url>")
    locs += [f"<url><loc>{u}</loc></url>" for u in urls_after]
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE urlset [\n'
            + "\n".join(entities) + "\n]>\n"
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(locs) + "\n</urlset>\n").encode()


@pytest.fixture(scope="module")
def sitemap_crawl(tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[tuple[Crawl, str, dict[str, Any], bool]]:
    with canary() as (port, touched):
        mode = FaultMode()
        with serving(mode=mode) as site:
            before = [f"{site.url}{P[0]}", f"{site.url}{P[1]}",
                      # another host, the cloud metadata address, another port of this one
                      "http://www.example.com/secretariat/1",
                      "http://169.254.169.254/secretariat/2",
                      f"http://127.0.0.1:{port}/secretariat/3"]
            after = [f"{site.url}{P[4]}"]
            mode.faults["/sitemap.xml"] = Content(body=billion_laughs(before, after),
                                                  content_type="application/xml")
            crawl = scrapy_crawl(site, "news", tmp_path_factory.mktemp("sitemap"),
                                 "-a", f"start_url={site.url}/press-releases",
                                 "-a", "discover=sitemap")
            yield crawl, site.url, run_report(crawl), touched()


def test_a_sitemap_entity_bomb_is_not_expanded_and_the_crawl_goes_on(
        sitemap_crawl: tuple[Crawl, str, dict[str, Any], bool]) -> None:
    crawl, url, report, _ = sitemap_crawl
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert crawl.targets()[:2] == ["/robots.txt", "/sitemap.xml"]
    # the URLs before the bomb are crawled; nothing of the entity reached a request
    good = good_records(url, {P[0], P[1]}, set())
    assert_once_each(crawl.records, good)
    assert not [t for t in crawl.targets() if "lol" in t]
    # libxml2 stops at the bomb (its amplification limit): what follows is lost, said so
    assert P[4] not in crawl.targets()
    assert f"sitemap {url}/sitemap.xml is broken at line" in crawl.stderr
    assert "amplification" in crawl.stderr
    assert report["failures"]["by_kind"]["broken_sitemap"] == 1
    # 3 GB were never made: the process stayed as small as any crawl
    assert crawl.peak_rss_kib < 300 * 1024


def test_sitemap_links_off_the_site_are_refused_without_a_connection(
        sitemap_crawl: tuple[Crawl, str, dict[str, Any], bool]) -> None:
    crawl, _, report, touched = sitemap_crawl
    assert not touched
    assert crawl.stats["downloader/request_count"] == len(crawl.requests)
    assert report["failures"]["by_kind"]["offsite"] == 2       # example.com, 169.254.169.254
    assert report["failures"]["by_kind"]["private_address"] == 1
    assert "refused http://127.0.0.1:" in crawl.stderr


# ---------------------------------------------------------------------------- the report
def test_failures_group_the_crawl_stats_by_kind() -> None:
    stats = {
        "robotstxt/forbidden": 2, "offsite/filtered": 3, "osce/skipped/private_address": 1,
        "osce/download_failed/timeout": 4, "osce/download_failed/connection_error": 5,
        "osce/download_failed/size_limit": 6, "osce/skipped/redirect_refused": 7,
        "osce/redirect_refused/another_host": 7, "osce/skipped/redirect_loop": 8,
        "osce/http_error/404": 9, "osce/http_error/410": 1, "osce/http_error/503": 10,
        "osce/skipped/not_html": 11, "osce/skipped/broken_sitemap": 12,
        "osce/download_failed/other": 13, "osce/retry/HTTP 503": 20,
        "osce/retry/gave_up/HTTP 503": 10, "osce/skipped/outside_date_range": 99,
    }
    report = failures(stats)
    assert report["by_kind"] == dict(zip(FAILURE_KINDS, [2, 3, 1, 4, 5, 6, 7, 8, 10, 10, 11,
                                                          12, 13], strict=True))
    assert report["total"] == 92                 # a date outside the range is no failure
    assert report["final_status"] == {"404": 9, "410": 1, "503": 10}
    assert report["retried"] == {"HTTP 503": 20}
    assert report["gave_up"] == {"HTTP 503": 10}
    assert report["redirect_refused"] == {"another_host": 7}
    assert failures({})["total"] == 0

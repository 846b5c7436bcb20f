"""End-to-end crawls of the offline copy of the site (fixtures/site) on a loopback server.

Each crawl is a real ``scrapy crawl`` in a child process with the project's settings
(politeness off); the checks read what it exported and what the server was asked.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from scraper.devsite.server import RunningSite, route_key
from scraper.devsite.sitegen import expected_records, load_routes, read_jsonl, site_dir
from scraper.exitcodes import Exit
from scraper.extract import urls
from tests.crawling import Crawl, cli, scrapy_crawl, without_fetch

SITE_DIR = site_dir()   # the offline copy, built from fixtures/ when they changed

SITE = load_routes()
TRAPS: dict[str, Any] = SITE["traps"]
ROUTES: dict[str, dict[str, Any]] = {route_key(r["path"]): r for r in SITE["routes"]}
RAW_EXPECTED = list(read_jsonl(SITE_DIR / "_expected" / "news.jsonl"))
BY_NODE_ID = {r["node_id"]: r for r in RAW_EXPECTED}
NEWSROOM = [r for r in SITE["routes"] if r["kind"] == "listing"
            and r["path"].startswith("/press-releases")]
RU_NEWSROOM = [r for r in SITE["routes"] if r["kind"] == "listing"
               and r["path"].startswith("/ru/press-releases")]


def kind(target: str) -> str | None:
    route = ROUTES.get(route_key(target))
    return route["kind"] if route else None


def by_url(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in records}


def assert_once_each(records: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    """Every expected record written exactly once, equal field by field, nothing else."""
    counts = Counter(r["url"] for r in records)
    assert [u for u, n in counts.items() if n > 1] == [], "written more than once"
    want = by_url(expected)
    assert sorted(counts) == sorted(want)
    for url, written in by_url(records).items():
        record = without_fetch(written)
        expected_record = without_fetch({**want[url], "fetched_at": written["fetched_at"],
                                         "run_id": written["run_id"]})
        wrong = [k for k in expected_record if record.get(k) != expected_record[k]]
        assert record == expected_record, f"{url}: {wrong} differ"


def item_node_ids(crawl: Crawl) -> set[str]:
    return {urls.node_id(t) or "" for t in crawl.targets() if kind(t) in ("item", "redirect")}


@pytest.fixture(scope="module")
def news(local_site: RunningSite, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return scrapy_crawl(local_site, "news", tmp_path_factory.mktemp("news"),
                        "-a", f"start_url={local_site.url}/press-releases")


def test_the_crawl_finishes_without_errors_or_deprecations(news: Crawl) -> None:
    assert news.returncode == 0, news.stderr[-3000:]
    assert "Spider closed (finished)" in news.stderr
    for bad in ("Traceback", "] ERROR:", "DeprecationWarning"):
        assert bad not in news.stderr


def test_every_item_is_written_once_with_its_expected_record(
        news: Crawl, local_site: RunningSite) -> None:
    expected = expected_records("news", local_site.url)
    assert len(expected) >= 36
    assert_once_each(news.records, expected)


def test_robots_txt_is_read_first_and_obeyed(news: Crawl) -> None:
    assert news.targets()[0] == "/robots.txt"
    assert news.targets().count("/robots.txt") == 1
    # the newsroom lists an item under /internal/; robots.txt refused it
    assert news.stats["robotstxt/forbidden"] == 1
    assert not [t for t in news.targets() if t.startswith(("/internal/", "/search"))]


def test_only_robots_listing_and_item_pages_are_requested(news: Crawl) -> None:
    kinds = Counter(kind(t) for t in news.targets())
    assert set(kinds) <= {"robots", "listing", "item", "redirect", "missing"}, kinds
    # every download the crawler made reached this server: nothing went off-site
    assert news.stats["downloader/request_count"] == len(news.requests)
    assert sorted(t for t in news.targets() if kind(t) == "listing") == \
        sorted(route_key(r["path"]) for r in NEWSROOM)


def test_no_page_is_fetched_twice_under_one_address(news: Crawl) -> None:
    assert [t for t, n in Counter(news.targets()).items() if n > 1] == []
    # the item at the foot of one newsroom page and the head of the next: fetched once
    twice = TRAPS["listed_twice"]
    assert sum(twice in r["lists"] for r in NEWSROOM) == 2
    assert news.targets().count(twice) == 1


def test_node_redirect_is_followed_to_the_alias(news: Crawl, local_site: RunningSite) -> None:
    node, alias = TRAPS["redirect"]
    statuses = {r.target: r.status for r in news.requests}
    assert statuses[node] == 301
    assert statuses[alias] == 200
    node_id = urls.node_id(node)
    written = [r for r in news.records if r["node_id"] == node_id]
    assert len(written) == 1
    assert written[0]["url"] in (f"{local_site.url}{alias}", f"https://www.osce.org{alias}")


def test_item_answering_at_two_addresses_is_written_once(news: Crawl) -> None:
    node, alias = TRAPS["two_addresses"]
    statuses = {r.target: r.status for r in news.requests}
    assert statuses[node] == 200
    assert statuses[alias] == 200
    node_id = urls.node_id(node)
    assert [r["node_id"] for r in news.records].count(node_id) == 1


def test_missing_page_is_counted_and_logged_not_written(
        news: Crawl, local_site: RunningSite) -> None:
    missing = TRAPS["missing"]
    assert [r.status for r in news.requests if r.target == missing] == [404]
    assert news.stats["osce/skipped/http_404"] == 1
    assert f"skipped {local_site.url}{missing} (http_404)" in news.stderr
    assert urls.node_id(missing) not in {r["node_id"] for r in news.records}


def test_since_and_until_limit_the_items_and_stop_the_paging(
        local_site: RunningSite, tmp_path: Path) -> None:
    since, until = dt.date(2019, 6, 1), dt.date(2022, 12, 31)
    crawl = scrapy_crawl(local_site, "news", tmp_path,
                         "-a", f"start_url={local_site.url}/press-releases",
                         "-a", f"since={since}", "-a", f"until={until}")
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    in_range = [r for r in expected_records("news", local_site.url)
                if r["issued_on"] and since <= dt.date.fromisoformat(r["issued_on"]) <= until]
    assert in_range
    assert_once_each(crawl.records, in_range)
    # no item outside the range was even fetched
    assert item_node_ids(crawl) == {r["node_id"] for r in in_range}
    # paging stops after the first newsroom page that holds only older items
    reached = []
    for page in NEWSROOM:
        reached.append(route_key(page["path"]))
        dates = [BY_NODE_ID[n]["issued_on"] for n in map(urls.node_id, page["lists"])
                 if n in BY_NODE_ID and BY_NODE_ID[n]["issued_on"]]
        if all(dt.date.fromisoformat(d) < since for d in dates):
            break
    assert len(reached) < len(NEWSROOM)
    assert [t for t in crawl.targets() if kind(t) == "listing"] == reached


def test_max_pages_limits_the_newsroom_pages(local_site: RunningSite, tmp_path: Path) -> None:
    crawl = scrapy_crawl(local_site, "news", tmp_path,
                         "-a", f"start_url={local_site.url}/press-releases", "-a", "max_pages=2")
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    first_two = NEWSROOM[:2]
    assert sorted(t for t in crawl.targets() if kind(t) == "listing") == \
        sorted(route_key(r["path"]) for r in first_two)
    listed = {urls.node_id(p) for r in first_two for p in r["lists"]} & set(BY_NODE_ID)
    assert {r["node_id"] for r in crawl.records} == listed
    assert len(crawl.records) == len(listed)


def test_languages_ru_crawls_the_russian_newsroom(
        local_site: RunningSite, tmp_path: Path) -> None:
    crawl = scrapy_crawl(local_site, "news", tmp_path,
                         "-a", f"start_url={local_site.url}/press-releases", "-a", "languages=ru")
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert len(RU_NEWSROOM) >= 2     # the pager is followed
    assert sorted(t for t in crawl.targets() if kind(t) == "listing") == \
        sorted(route_key(r["path"]) for r in RU_NEWSROOM)
    russian = {r["_path"] for r in RAW_EXPECTED if r["_path"].startswith("/ru/")}
    expected = [r for raw, r in zip(RAW_EXPECTED, expected_records("news", local_site.url),
                                    strict=True) if raw["_path"] in russian]
    assert_once_each(crawl.records, expected)


@pytest.mark.parametrize(("argument", "message"), [
    ("since=yesterday", "since: 'yesterday' is not an ISO date (YYYY-MM-DD)"),
    ("max_pages=0", "max_pages: must be at least 1, got 0"),
    ("mode=x", "mode: 'x' is not one of full, incremental"),
])
def test_a_bad_argument_is_one_clear_line_and_no_crawl(
        local_site: RunningSite, tmp_path: Path, argument: str, message: str) -> None:
    mark = local_site.log.mark()
    proc = cli("crawl", "news", "-a", f"start_url={local_site.url}/press-releases",
               "-a", argument, "-s", f"OUTPUT_DIR={tmp_path / 'data'}", workdir=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"osce-scraper: news: bad argument: {message}"]
    assert local_site.log.entries(mark) == []
    assert not (tmp_path / "data").exists()


def test_plain_scrapy_crawl_refuses_a_bad_argument_before_any_request(
        local_site: RunningSite, tmp_path: Path) -> None:
    crawl = scrapy_crawl(local_site, "news", tmp_path,
                         "-a", f"start_url={local_site.url}/press-releases",
                         "-a", "since=yesterday")
    assert crawl.returncode != 0
    assert "since: 'yesterday' is not an ISO date" in crawl.stderr
    assert crawl.requests == []
    assert crawl.records == []


def test_an_unreachable_site_stops_the_crawl_at_once(tmp_path: Path) -> None:
    from scraper.devsite.services import free_port

    started = time.monotonic()
    proc = cli("crawl", "news", "-a", f"start_url=http://127.0.0.1:{free_port()}/press-releases",
               "-s", f"OUTPUT_DIR={tmp_path / 'data'}", workdir=tmp_path)
    assert time.monotonic() - started < 15
    assert proc.returncode == Exit.NOTHING_FETCHED
    assert "cannot reach" in proc.stderr
    assert "make demo" in proc.stderr
    assert not (tmp_path / "data").exists()


# ---------------------------------------------------------------------------- navigation
@pytest.fixture(scope="module")
def navigation(local_site: RunningSite, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return scrapy_crawl(local_site, "navigation", tmp_path_factory.mktemp("navigation"),
                        "-a", f"start_url={local_site.url}/")


def test_navigation_writes_each_menu_entry_once(
        navigation: Crawl, local_site: RunningSite) -> None:
    assert navigation.returncode == 0, navigation.stderr[-3000:]
    written = [{k: r[k] for k in ("name", "url", "path")} for r in navigation.records]
    expected = expected_records("navigation", local_site.url)
    assert len(expected) > 80
    assert Counter(r["url"] for r in written).most_common(1)[0][1] == 1
    assert sorted(written, key=lambda r: r["url"]) == sorted(expected, key=lambda r: r["url"])


def test_navigation_fetches_each_menu_page_once_and_obeys_robots_txt(navigation: Crawl) -> None:
    targets = navigation.targets()
    assert targets[0] == "/robots.txt"
    assert [t for t, n in Counter(targets).items() if n > 1] == []
    assert {kind(t) for t in targets} <= {"robots", "home", "section"}
    # the menu links to /search, which robots.txt disallows
    assert "/search" not in targets
    assert navigation.stats["robotstxt/forbidden"] == 1
    sections = {route_key(r["path"]) for r in SITE["routes"] if r["kind"] == "section"}
    # every menu page of the home page, but not the sub-pages one level further down
    assert {t for t in targets if kind(t) == "section"} == \
        sections - {"/border-management/focal-points", "/border-management/publications"}


def test_navigation_max_pages_counts_pages_fetched(
        local_site: RunningSite, tmp_path: Path) -> None:
    crawl = scrapy_crawl(local_site, "navigation", tmp_path,
                         "-a", f"start_url={local_site.url}/", "-a", "max_pages=5")
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    pages = [t for t in crawl.targets() if t != "/robots.txt"]
    assert len(pages) == len(set(pages)) == 5
    assert pages[0] == "/"

"""The offline copy of the site: built from the fixtures, committed, consistent."""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from scraper.cli.main import main
from scraper.devsite.fixtures import FIXTURES_DIR, all_fixtures
from scraper.devsite.server import route_key
from scraper.devsite.sitegen import (
    PER_PAGE,
    build_site,
    load_routes,
    load_templates,
    localize,
    read_jsonl,
    site_dir,
)
from scraper.extract import urls
from scraper.extract.extraction import extract
from tests.crawling import SMALL_DESIGNS, small_site
from tests.sampling import spread

SITE_DIR = site_dir()   # the offline copy, built from fixtures/ when they changed

ORIGIN = "http://127.0.0.1:8000"
SITE = load_routes()
ROUTES = {route_key(r["path"]): r for r in SITE["routes"]}
RAW_EXPECTED = list(read_jsonl(SITE_DIR / "_expected" / "news.jsonl"))


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def _extract(path: str, kind: str) -> Any:
    route = ROUTES[route_key(path)]
    return extract((SITE_DIR / route["file"]).read_bytes(), ORIGIN + path, kind,
                   {"Content-Type": route["content_type"]})


def test_the_served_copy_is_what_the_generator_builds(tmp_path: Path) -> None:
    build_site(tmp_path / "site")
    built, cached = _files(tmp_path / "site"), _files(SITE_DIR)
    assert sorted(name for name in built.keys() | cached.keys()
                  if built.get(name) != cached.get(name)) == []


def test_the_copy_is_built_again_when_a_fixture_changes(tmp_path: Path) -> None:
    root, cache = tmp_path / "fixtures", tmp_path / "cache"
    shutil.copytree(FIXTURES_DIR, root, ignore=shutil.ignore_patterns("dumps"))
    # (the small copy: the same cache, a tenth of the pages to build)
    first = site_dir(root, cache, designs=SMALL_DESIGNS)
    assert site_dir(root, cache, designs=SMALL_DESIGNS) == first   # unchanged: the cached copy
    served = next(read_jsonl(first / "_expected" / "news.jsonl"))["_fixture"]
    page = root / "news" / f"{served}.html"
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<p>changed here</p></body>", 1))
    second = site_dir(root, cache, designs=SMALL_DESIGNS)
    assert second != first
    assert (second / "_routes.json").exists()
    assert not first.exists()                              # the stale copy is cleared
    assert b"changed here" in b"".join(p.read_bytes() for p in second.rglob("*.html"))


def test_items_cover_every_fixture_design_and_language() -> None:
    assert len(RAW_EXPECTED) >= 36
    # every news fixture the newsroom can list (an address with a node id) is served
    served = {t.name for t in load_templates()[0]}
    # (captures of fixture pages by a web archive are those pages: not served twice)
    news = [fx for fx in all_fixtures() if fx.kind == "news"
            and not fx.expected.get("archived_at")]
    # the others are pages whose address names no node id (an older site's numbered
    # page), or whose canonical address moves them off www to the bare host
    assert all(urls.node_id(fx.url) is None
               or urlsplit(str(fx.expected.get("url"))).hostname == "osce.org"
               for fx in news if fx.name not in served)
    # (a few: older sites' pages, each a fixture of its own design)
    assert len(served) >= 0.9 * len(news)
    assert {r["_fixture"] for r in RAW_EXPECTED} == served
    assert {r["language"] for r in RAW_EXPECTED} >= {"en", "ru", "de", "fr", "it", "es"}
    assert len({(r["node_id"], r["language"]) for r in RAW_EXPECTED}) == len(RAW_EXPECTED)
    assert len({r["url"] for r in RAW_EXPECTED}) == len(RAW_EXPECTED)


def test_the_copy_holds_one_story_in_english_and_russian() -> None:
    """Two language versions of one node, each listed by its newsroom: what a data team
    joins on translation_key."""
    by_key: dict[str, set[str]] = {}
    for r in RAW_EXPECTED:
        by_key.setdefault(r["translation_key"], set()).add(r["language"])
    pairs = [k for k, langs in by_key.items() if {"en", "ru"} <= langs]
    assert pairs
    listed = {r["_path"] for r in RAW_EXPECTED if r["translation_key"] in pairs}
    assert any(p.startswith("/ru/") for p in listed)
    assert any(not p.startswith("/ru/") for p in listed)


# every item page of the copy, each address it answers at: a spread of them here (the
# whole-site crawl, tests/e2e/test_crawl_site.py, checks every item's record; this names
# the page when one differs), all under ``make test-all-fixtures``
ITEM_PAGES = spread([(r, p) for r in RAW_EXPECTED for p in r["_paths"]], 6)


@pytest.mark.parametrize(("raw", "path"), ITEM_PAGES, ids=[p for _, p in ITEM_PAGES])
def test_item_pages_extract_to_their_expected_records(raw: dict[str, Any], path: str) -> None:
    assert _extract(path, "news").records[0] == localize(raw, ORIGIN)


def test_variants_carry_their_own_node_id_everywhere() -> None:
    originals = {r["_fixture"]: r["node_id"] for r in RAW_EXPECTED
                 if ROUTES[route_key(r["_path"])]["file"].startswith(f"news/{r['node_id']}-")}
    variants = [r for r in RAW_EXPECTED if r["node_id"] != originals[r["_fixture"]]]
    assert len(variants) == len(RAW_EXPECTED) - len(originals)
    for raw in variants:
        page = (SITE_DIR / ROUTES[route_key(raw["_path"])]["file"]).read_bytes()
        assert originals[raw["_fixture"]].encode() not in page
        assert raw["node_id"] in raw["_path"]


def test_newsroom_pages_list_ten_items_newest_first_and_link_the_next_page() -> None:
    pages = [r for r in SITE["routes"] if r["kind"] == "listing"
             and r["path"].startswith("/press-releases")]
    entries = sum(len(p["lists"]) for p in pages)
    assert len(pages) == math.ceil(entries / PER_PAGE) >= 4
    dates: list[str] = []
    for n, page in enumerate(pages):
        assert page["path"] == ("/press-releases" if n == 0 else f"/press-releases?page={n}")
        result = _extract(page["path"], "listing")
        assert [urls.canonical(e["url"]) for e in result.records] == \
            [ORIGIN + p for p in page["lists"]]
        assert len(result.records) == PER_PAGE or n == len(pages) - 1
        following = pages[n + 1]["path"] if n + 1 < len(pages) else None
        assert result.next_page == (ORIGIN + following if following else None)
        dates += [e["issued_on"] for e in result.records if e["issued_on"]]
    assert dates == sorted(dates, reverse=True)


def test_russian_newsroom_uses_cards_and_a_rel_next_pager() -> None:
    pages = [r for r in SITE["routes"] if r["kind"] == "listing"
             and r["path"].startswith("/ru/press-releases")]
    assert len(pages) >= 2
    for n, page in enumerate(pages):
        text = (SITE_DIR / page["file"]).read_text(encoding="utf-8")
        assert 'class="card card--news"' in text
        assert "views-row" not in text
        result = _extract(page["path"], "listing")
        assert [urls.canonical(e["url"]) for e in result.records] == \
            [ORIGIN + p for p in page["lists"]]
        assert all(p.startswith("/ru/") for p in page["lists"])
        if n + 1 < len(pages):
            assert 'rel="next"' in text
            assert "следующая ›" in text
            assert result.next_page == ORIGIN + pages[n + 1]["path"]
        else:
            assert result.next_page is None


def test_traps_are_where_the_routes_say() -> None:
    traps = SITE["traps"]
    node, alias = traps["redirect"]
    assert ROUTES[node]["status"] == 301
    assert ROUTES[node]["location"] == alias
    assert ROUTES[alias]["kind"] == "item"
    first, second = traps["two_addresses"]
    assert ROUTES[first]["file"] == ROUTES[second]["file"]
    assert ROUTES[traps["missing"]]["status"] == 404
    robots = (SITE_DIR / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /internal/" in robots
    assert "Disallow: /search" in robots
    assert traps["disallowed"].startswith("/internal/")
    listed = [p for r in SITE["routes"] if r["kind"] == "listing" for p in r["lists"]]
    for path in (node, alias, first, second, traps["missing"], traps["disallowed"]):
        assert path in listed
    newsroom_lists = [p for r in SITE["routes"] if r["kind"] == "listing"
                      and r["path"].startswith("/press-releases") for p in r["lists"]]
    assert newsroom_lists.count(traps["listed_twice"]) == 2
    newsroom = (SITE_DIR / ROUTES["/press-releases"]["file"]).read_text(encoding="utf-8")
    assert 'href="https://www.example.org/' in newsroom
    assert 'href="/search' in newsroom
    assert 'id="footer"' in newsroom


def test_every_route_serves_an_existing_file() -> None:
    for route in SITE["routes"]:
        if "file" in route:
            assert (SITE_DIR / route["file"]).is_file(), route
        else:
            assert route["status"] in (301, 404), route


# its build time is a benchmark's to measure, never a test's (the guide's rule)
def test_a_scaled_copy_holds_every_item(tmp_path: Path) -> None:
    summary = build_site(tmp_path / "big", items=2000)
    assert summary.items == 2000
    expected = list(read_jsonl(tmp_path / "big" / "_expected" / "news.jsonl"))
    assert len(expected) == 2000 == len({(r["node_id"], r["language"]) for r in expected})
    routes = load_routes(tmp_path / "big")["routes"]
    newsroom = [r for r in routes if r["kind"] == "listing"
                and r["path"].startswith("/press-releases")]
    assert len(newsroom) == summary.listing_pages == math.ceil(
        sum(len(r["lists"]) for r in newsroom) / PER_PAGE)
    served = sum(len(r["_paths"]) for r in expected)
    assert sum(r["kind"] == "item" for r in routes) == served > 2000


def test_the_small_copy_holds_every_trap_and_both_newsrooms() -> None:
    """The crawl tests' small copy (tests/crawling.py): a spread of designs, and still
    every trap the crawl must get through, and Russian items on more than one page."""
    site = small_site()
    routes = load_routes(site)
    assert all(routes["traps"].values()), routes["traps"]
    templates = load_templates()[0]
    served = {r["_fixture"] for r in read_jsonl(site / "_expected" / "news.jsonl")}
    assert len(served) == SMALL_DESIGNS < len(templates)
    listings = [r["path"] for r in routes["routes"] if r["kind"] == "listing"]
    assert sum(p.startswith("/ru/") for p in listings) >= 2
    assert sum(p.startswith("/press-releases") for p in listings) >= 4


def test_build_refuses_a_directory_that_is_not_a_site(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        build_site(tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_build_site_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a small copy (--designs): the command's workings, not every design again
    out = str(tmp_path / "s")
    assert main(["build-site", "--designs", "12", "--items", "13", "--out", out]) == 0
    assert "13 items" in capsys.readouterr().out
    served = {r["_fixture"] for r in read_jsonl(tmp_path / "s" / "_expected" / "news.jsonl")}
    assert len(served) == 12
    assert main(["build-site", "--designs", "12", "--items", "3", "--out", out]) == 2
    assert "at least 12" in capsys.readouterr().err

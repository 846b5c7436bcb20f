"""Crawl state: SQLite and Redis behave alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.crawl.distributed.state import RedisState
from scraper.crawl.state import CrawlState, SqliteState, content_hash
from scraper.devsite.services import redis_server


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("redis", marks=pytest.mark.services)])
def state(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CrawlState]:
    if request.param == "sqlite":
        store: Any = SqliteState(tmp_path / "crawl.sqlite")
    else:
        store = RedisState(request.getfixturevalue("redis_url"), prefix=tmp_path.name)
    yield store
    store.close()


RECORD = {"url": "https://www.osce.org/secretariat/1", "language": "en", "node_id": "1",
          "title": "A"}


def test_unknown_until_recorded(state: CrawlState) -> None:
    assert state.known(["http://127.0.0.1/node/1"]) == {}
    state.record_item(RECORD, ["http://127.0.0.1/node/1"], "run-1")
    known = state.known(["http://127.0.0.1/node/1", "http://127.0.0.1/node/2"])
    assert list(known) == ["http://127.0.0.1/node/1"]


def test_canonical_url_is_known_too(state: CrawlState) -> None:
    state.record_item(RECORD, [], "run-1")
    assert list(state.known([RECORD["url"]])) == [RECORD["url"]]


def test_first_seen_survives_a_later_write(state: CrawlState) -> None:
    state.record_item(RECORD, ["http://a/1"], "run-1")
    first = state.known(["http://a/1"])["http://a/1"]
    state.record_item({**RECORD, "title": "B"}, ["http://a/1"], "run-2")
    assert state.known(["http://a/1"])["http://a/1"] == first


def test_translation_is_another_item(state: CrawlState) -> None:
    state.record_item(RECORD, ["http://a/en/1"], "r")
    state.record_item({**RECORD, "language": "ru"}, ["http://a/ru/1"], "r")
    assert set(state.known(["http://a/en/1", "http://a/ru/1"])) == {"http://a/en/1",
                                                                    "http://a/ru/1"}


def test_listing_completeness(state: CrawlState) -> None:
    assert state.listing_complete("http://a/press-releases") is False
    state.set_listing_complete("http://a/press-releases", True)
    assert state.listing_complete("http://a/press-releases") is True
    state.set_listing_complete("http://a/press-releases", False)
    assert state.listing_complete("http://a/press-releases") is False


def test_runs_are_recorded(state: CrawlState) -> None:
    state.start_run("r1", "news", "incremental")
    state.finish_run("r1", "finished", {"items": 3})
    runs = state.runs()
    assert [(r["run_id"], r["status"]) for r in runs] == [("r1", "finished")]


def test_content_hash_ignores_provenance() -> None:
    assert content_hash({**RECORD, "provenance": {"title": "h1"}}) == content_hash(RECORD)
    assert content_hash({**RECORD, "title": "other"}) != content_hash(RECORD)


def test_gone_urls_count_as_known(state: CrawlState) -> None:
    state.record_gone("http://a/missing/1", "http_404")
    assert list(state.known(["http://a/missing/1", "http://a/x"])) == ["http://a/missing/1"]


def test_pending_until_written_or_gone(state: CrawlState) -> None:
    state.add_pending(["http://a/1", "http://a/2", "http://a/3"])
    assert state.pending() == ["http://a/1", "http://a/2", "http://a/3"]
    state.record_item(RECORD, ["http://a/1"], "r")
    state.record_gone("http://a/2", "http_410")
    assert state.pending() == ["http://a/3"]


def test_a_written_item_is_no_longer_gone(state: CrawlState) -> None:
    state.record_gone("http://a/1", "rejected")
    state.record_item(RECORD, ["http://a/1"], "r")
    assert state.known(["http://a/1"])["http://a/1"] != ""
    state.add_pending(["http://a/1"])
    state.record_item(RECORD, ["http://a/1"], "r2")
    assert state.pending() == []


def test_a_store_from_the_first_version_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    old.executescript("CREATE TABLE pending (request_url TEXT PRIMARY KEY, added TEXT NOT NULL);"
                      "INSERT INTO pending VALUES ('http://a/node/1', '2026-01-01');")
    old.commit()
    old.close()
    store = SqliteState(path)
    assert store.pending() == ["http://a/node/1"]
    store.record_item(RECORD, ["http://a/2"], "r")
    store.add_pending(["http://a/node/3"])
    assert store.pending() == ["http://a/node/1", "http://a/node/3"]
    store.close()


def test_an_item_answers_its_node_asked_for_at_another_address(state: CrawlState) -> None:
    site = "https://www.osce.org"
    state.add_pending([f"{site}/node/499851", f"{site}/secretariat/499851",
                       f"{site}/ru/node/499851", f"{site}/node/499852"])
    record = {"url": f"{site}/secretariat/499851", "language": "en", "node_id": "499851",
              "title": "T"}
    state.record_item(record, [f"{site}/secretariat/499851"], "r")
    # the Russian translation is another item, node 499852 another node
    assert state.pending() == [f"{site}/ru/node/499851", f"{site}/node/499852"]
    assert set(state.known([f"{site}/node/499851", f"{site}/ru/node/499851"])) == \
        {f"{site}/node/499851"}
    state.record_gone(f"{site}/node/499852", "http_404")
    state.record_item({**record, "title": "U"}, [f"{site}/secretariat/499851"], "r2")
    assert state.pending() == [f"{site}/ru/node/499851"]


def test_a_second_address_seen_after_its_node_was_written_is_answered_at_once(
        state: CrawlState) -> None:
    """The page of /secretariat/N came back before the listing page showing /node/N was
    read: /node/N must not stay pending (the next run would fetch it again)."""
    site = "https://www.osce.org"
    record = {"url": f"{site}/secretariat/523987", "language": "en", "node_id": "523987",
              "title": "T"}
    state.add_pending([f"{site}/secretariat/523987"])
    state.record_item(record, [f"{site}/secretariat/523987"], "r")
    state.add_twins([f"{site}/node/523987", f"{site}/ru/node/523987"])
    # the Russian address is another item: pending until it is written
    assert state.pending() == [f"{site}/ru/node/523987"]
    assert set(state.known([f"{site}/node/523987"])) == {f"{site}/node/523987"}

"""Scheduled crawls: incremental runs fetch only what is new, and any number of
SIGKILLs followed by re-runs give the dataset an uninterrupted crawl gives."""

from __future__ import annotations

import json
import math
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.devsite.server import RunningSite, Site, serving
from scraper.devsite.sitegen import PER_PAGE, build_site, expected_records
from scraper.output.jsonl import read_jsonl
from tests.crawling import SMALL_DESIGNS, UNTHROTTLED, cli, scrapy_crawl, without_fetch

NEW = 3


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The small site, and the same site after NEW items were published."""
    # each design once and a page of variants: the newsroom runs to several pages
    base_items = SMALL_DESIGNS + PER_PAGE
    root = tmp_path_factory.mktemp("copies")
    build_site(root / "base", items=base_items, designs=SMALL_DESIGNS)
    build_site(root / "grown", items=base_items + NEW, fresh=NEW, designs=SMALL_DESIGNS)
    return root / "base", root / "grown"


@pytest.fixture
def site(copies: tuple[Path, Path]) -> Iterator[RunningSite]:
    with serving(copies[0]) as running:
        yield running


def run_files(workdir: Path) -> list[Path]:
    return sorted((workdir / "data").glob("news-*.jsonl"))


def urls_in(path: Path) -> list[str]:
    return [line.record["url"] for line in read_jsonl(path) if line.record]


def server_requests(site: RunningSite, since: int) -> list[str]:
    return [t for t in site.log.targets(since) if t != "/robots.txt"]


def test_incremental_runs_fetch_only_what_is_new(site: RunningSite, copies: tuple[Path, Path],
                                                 tmp_path: Path) -> None:
    expected = {r["url"] for r in expected_records("news", site.url, copies[0])}
    first = scrapy_crawl(site, "news", tmp_path, "-a", f"start_url={site.url}/press-releases",
                         "-a", "mode=incremental")
    assert first.returncode == 0, first.stderr[-2000:]
    (run1,) = run_files(tmp_path)
    assert sorted(urls_in(run1)) == sorted(expected)

    # nothing new: the first listing page is all known, and that is all
    mark = site.log.mark()
    quiet = cli("crawl", "news", *UNTHROTTLED, "-a", f"start_url={site.url}/press-releases",
                "-a", "mode=incremental", "-s", f"OUTPUT_DIR={tmp_path / 'data'}",
                workdir=tmp_path)
    assert quiet.returncode == 0, quiet.stderr[-2000:]        # no coverage alarm either
    assert len(server_requests(site, mark)) <= 3
    assert server_requests(site, mark) == ["/press-releases"]
    assert all(not urls_in(p) for p in run_files(tmp_path) if p != run1)

    # NEW items appear at the top of the newsroom
    site.server.site = Site(copies[1])
    grown = {r["url"] for r in expected_records("news", site.url, copies[1])}
    mark = site.log.mark()
    third = scrapy_crawl(site, "news", tmp_path, "-a", f"start_url={site.url}/press-releases",
                         "-a", "mode=incremental")
    assert third.returncode == 0, third.stderr[-2000:]
    budget = NEW + math.ceil(NEW / PER_PAGE) + 2
    assert len(server_requests(site, mark)) <= budget
    newest = max(run_files(tmp_path))
    assert sorted(urls_in(newest)) == sorted(grown - expected)


def test_full_mode_fetches_everything_again(site: RunningSite, copies: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    args = ("-a", f"start_url={site.url}/press-releases")
    assert scrapy_crawl(site, "news", tmp_path, *args, "-a", "mode=incremental").returncode == 0
    again = scrapy_crawl(site, "news", tmp_path, *args, "-a", "mode=full")
    assert again.returncode == 0
    expected = expected_records("news", site.url, copies[0])
    assert sorted(r["url"] for r in again.records) == sorted(r["url"] for r in expected)
    assert "osce/skipped/known" not in again.stats


def test_refresh_days_fetches_recent_items_again(site: RunningSite, tmp_path: Path) -> None:
    args = ("-a", f"start_url={site.url}/press-releases", "-a", "mode=incremental")
    assert scrapy_crawl(site, "news", tmp_path, *args).returncode == 0
    again = scrapy_crawl(site, "news", tmp_path, *args, "-a", "refresh_days=1")
    assert again.returncode == 0
    # everything was first seen today: the first page's items are fetched again, and
    # since they are not new, the walk stops there
    assert again.stats["osce/refreshed"] >= PER_PAGE - 2
    assert 0 < len(again.records) <= PER_PAGE


# --------------------------------------------------------------------- crash tolerance
def _crawl_command(site: RunningSite) -> list[str]:
    # slowed down a little so that a kill lands in the middle of the crawl
    return [sys.executable, "-m", "scrapy", "crawl", "news", *UNTHROTTLED,
            "-s", "DOWNLOAD_DELAY=0.01", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            "-a", f"start_url={site.url}/press-releases", "-a", "mode=incremental",
            "-s", "OUTPUT_DIR=data", "-s", "LOG_LEVEL=WARNING"]


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}


def _merged(workdir: Path) -> dict[tuple[str, str], dict[str, Any]]:
    out = workdir / "merged.jsonl"
    proc = cli("merge", "-o", str(out), *map(str, run_files(workdir)), workdir=workdir)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    # fetch time and run differ between crawls; everything else must not
    keyed = {(r["url"], r["language"]): without_fetch(r) for r in records}
    assert len(keyed) == len(records)                          # nothing duplicated
    return keyed


def test_any_number_of_sigkills_then_reruns_give_the_uninterrupted_dataset(
        site: RunningSite, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    reference.mkdir()
    done = subprocess.run(_crawl_command(site), cwd=reference, env=_env(), timeout=120,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    expected = _merged(reference)

    crashed = tmp_path / "crashed"
    crashed.mkdir()
    rng = random.Random(7978)   # Scrapy's JOBDIR issue: this is what it cannot do
    kills = attempts = 0
    while kills < 5 and attempts < 20:
        attempts += 1
        mark = site.log.mark()
        proc = subprocess.Popen(_crawl_command(site), cwd=crashed, env=_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # kill after a random number of answers: mid-crawl whatever the machine's speed
        target = rng.randint(3, 12)
        deadline = time.monotonic() + 60
        while proc.poll() is None and len(site.log.entries(mark)) < target \
                and time.monotonic() < deadline:
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
    assert kills >= 5
    final = subprocess.run(_crawl_command(site), cwd=crashed, env=_env(), timeout=120,
                           capture_output=True, text=True, check=False)
    assert final.returncode == 0, final.stderr[-2000:]

    merged = _merged(crashed)
    assert merged.keys() == expected.keys()                    # no item lost
    assert merged == expected                                  # every record the same
    # every complete line of every run's file is a valid record
    for path in run_files(crashed):
        for line in read_jsonl(path):
            assert line.record is not None or line.cut, f"{path}:{line.number}: {line.error}"


def test_after_a_full_crawl_an_incremental_run_fetches_nothing(site: RunningSite,
                                                              tmp_path: Path) -> None:
    args = ("-a", f"start_url={site.url}/press-releases")
    assert scrapy_crawl(site, "news", tmp_path, *args, "-a", "mode=full").returncode == 0
    mark = site.log.mark()
    quiet = scrapy_crawl(site, "news", tmp_path, *args, "-a", "mode=incremental")
    assert quiet.returncode == 0, quiet.stderr[-2000:]
    # the item the newsroom lists at two addresses was recorded under both
    assert server_requests(site, mark) == ["/press-releases"]
    assert quiet.records == []

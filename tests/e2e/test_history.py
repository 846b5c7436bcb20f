"""Back-fill from web archives, against the local archive of the offline site: every
archived page once, with its original URLs and capture time; live and archived records
merged without duplicates; a SIGKILLed back-fill re-run to the same result."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.devsite.archive import ArchiveMode, LocalArchive, archive_serving
from scraper.devsite.server import Reply, RunningSite, Site, SiteRequest, serving
from scraper.devsite.sitegen import SITE_ORIGIN, expected_records
from scraper.exitcodes import Exit
from scraper.extract.archive import timestamp_iso
from scraper.extract.items import ARCHIVE_FIELDS
from scraper.output.jsonl import read_jsonl
from tests.crawling import FETCH_FIELDS, UNTHROTTLED, cli, small_site, without_fetch

SITE = small_site()   # the archive of the small offline copy
EXPECTED = expected_records("news", SITE_ORIGIN, SITE)


@pytest.fixture(scope="module")
def archive() -> Iterator[RunningSite]:
    with archive_serving(SITE) as running:
        yield running


def local(running: RunningSite) -> LocalArchive:
    mode = running.server.mode
    assert hasattr(mode, "archive")
    return mode.archive    # type: ignore[no-any-return]


def source_args(running: RunningSite, source: str) -> list[str]:
    if source == "wayback":
        return ["-a", "source=wayback", "-a", f"archive={running.url}"]
    return ["-a", "source=commoncrawl", "-a", f"index={running.url}", "-a",
            f"data={running.url}"]


def backfill(running: RunningSite, workdir: Path, source: str,
             *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("crawl", "history", *UNTHROTTLED, *source_args(running, source), *extra,
               "-s", f"OUTPUT_DIR={workdir / 'data'}", "-s", "LOG_LEVEL=INFO", workdir=workdir)


@pytest.fixture(scope="module")
def backfilled(archive: RunningSite, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding one complete Wayback back-fill (its data and crawl state)."""
    workdir = tmp_path_factory.mktemp("backfilled")
    proc = backfill(archive, workdir, "wayback")
    assert proc.returncode == Exit.OK, proc.stderr[-3000:]
    return workdir


def run_files(workdir: Path) -> list[Path]:
    return sorted((workdir / "data").glob("history-*.jsonl"))


def records_of(*paths: Path) -> list[dict[str, Any]]:
    return [line.record for path in paths for line in read_jsonl(path) if line.record]


def _addresses() -> dict[tuple[str, str | None], list[str]]:
    """Each expected record's key → every live address that serves it."""
    out = {}
    for line in (SITE / "_expected" / "news.jsonl").read_text("utf-8").splitlines():
        raw = json.loads(line)
        out[(raw["url"], raw["language"])] = [SITE_ORIGIN + p for p in raw["_paths"]]
    return out


@pytest.mark.parametrize("source", ["wayback", "commoncrawl"])
def test_every_archived_page_once_with_original_urls_and_capture_time(
        archive: RunningSite, backfilled: Path, tmp_path: Path, source: str) -> None:
    if source == "wayback":
        tmp_path = backfilled
    else:
        proc = backfill(archive, tmp_path, source)
        assert proc.returncode == Exit.OK, proc.stderr[-3000:]
    (run,) = run_files(tmp_path)
    written = records_of(run)
    keys = [(r["url"], r["language"]) for r in written]
    assert len(keys) == len(set(keys)), "a page came out twice"
    assert sorted(keys) == sorted((r["url"], r["language"]) for r in EXPECTED)

    latest = local(archive).latest(source)
    addresses = _addresses()
    want = {(r["url"], r["language"]): r for r in EXPECTED}
    for record in written:
        key = (record["url"], record["language"])
        # the record the live page gives, nothing of the archive in it
        assert {k: v for k, v in without_fetch(record).items()
                if k not in ARCHIVE_FIELDS} == without_expected_fetch(want[key])
        page_part = json.dumps({k: v for k, v in record.items() if k != "archive_url"})
        assert "127.0.0.1" not in page_part
        assert "/web/" not in page_part
        assert record["source"] == source
        # the capture read is the latest 200 one of one of the page's addresses
        captures = [latest[a] for a in addresses[key] if a in latest]
        assert record["archived_at"] in {timestamp_iso(c.timestamp) for c in captures}
        if source == "wayback":
            assert record["archive_url"] in {f"{archive.url}/web/{c.timestamp}/{c.original}"
                                             for c in captures}
        else:
            assert record["archive_url"].startswith(f"{archive.url}/crawl-data/CC-MAIN-")
    report = json.loads(next((tmp_path / "data" / "runs").glob("*.json")).read_text())
    assert report["spider"] == "history"
    assert report["kind"] == "news"
    assert report["finish_reason"] == "finished"


def test_a_second_run_fetches_nothing_known(archive: RunningSite, backfilled: Path,
                                            tmp_path: Path) -> None:
    tmp_path = tmp_path / "again"
    shutil.copytree(backfilled, tmp_path)
    before = run_files(tmp_path)
    mark = archive.log.mark()
    again = backfill(archive, tmp_path, "wayback")
    assert again.returncode == Exit.OK, again.stderr[-2000:]
    asked = [t for t in archive.log.targets(mark) if t != "/robots.txt"]
    assert asked
    assert [t for t in asked if not t.startswith("/cdx/search/cdx")] == []
    # the run wrote nothing: no new run file is left (an empty one is removed)
    assert run_files(tmp_path) == before


def _merge(workdir: Path, *inputs: Path, versions: bool = False) -> list[dict[str, Any]]:
    out = workdir / "merged.jsonl"
    proc = cli("merge", "-o", str(out), *(["--versions"] if versions else []),
               *map(str, inputs), workdir=workdir)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return records_of(out)


def test_live_and_archived_records_merge_without_duplicates(
        archive: RunningSite, tmp_path: Path) -> None:
    assert backfill(archive, tmp_path, "wayback", "-a", "captures=all").returncode == Exit.OK
    archived = run_files(tmp_path)
    # the live crawl of www.osce.org writes the expected records (test_crawl_site.py);
    # half of the pages are still on the live site
    live_path = tmp_path / "live.jsonl"
    live = EXPECTED[::2]
    live_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in live),
                         encoding="utf-8")
    for order in ([*archived, live_path], [live_path, *archived]):
        merged = _merge(tmp_path, *order)
        keys = [(r["url"], r["language"]) for r in merged]
        assert len(keys) == len(set(keys))
        assert sorted(keys) == sorted((r["url"], r["language"]) for r in EXPECTED)
        live_keys = {(r["url"], r["language"]) for r in live}
        for record in merged:
            is_live = (record["url"], record["language"]) in live_keys
            assert ("source" not in record) == is_live        # live wins, whatever order

    # with versions: the captures of a page that changed are kept, one per content
    merged = _merge(tmp_path, live_path, *archived, versions=True)
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for record in merged:
        by_key.setdefault((record["url"], record["language"]), []).append(record)
    drafts = [r for r in merged if (r["title"] or "").endswith("(draft)")]
    assert drafts, "the local archive has pages that changed"
    for draft in drafts:
        versions = by_key[(draft["url"], draft["language"])]
        assert len(versions) == 2                  # the page now, and as it was
        assert draft["archived_at"] < max(v.get("archived_at") or "9" for v in versions)
    assert all(len(v) == 1 for k, v in by_key.items()
               if not any((r["title"] or "").endswith("(draft)") for r in v))


def _command(running: RunningSite) -> list[str]:
    # slowed down a little so that a kill lands in the middle of the back-fill
    return [sys.executable, "-m", "scrapy", "crawl", "history", *UNTHROTTLED,
            "-s", "DOWNLOAD_DELAY=0.01", *source_args(running, "wayback"),
            "-s", "OUTPUT_DIR=data", "-s", "LOG_LEVEL=WARNING"]


def without_expected_fetch(record: dict[str, Any]) -> dict[str, Any]:
    """An expected record (no fetch: null time and run) without those two keys."""
    return {k: v for k, v in record.items() if k not in FETCH_FIELDS}


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}


def test_a_sigkilled_backfill_reruns_to_the_same_result(archive: RunningSite,
                                                        backfilled: Path,
                                                        tmp_path: Path) -> None:
    expected = _merge(tmp_path, *run_files(backfilled))      # an uninterrupted back-fill

    crashed = tmp_path / "crashed"
    crashed.mkdir()
    rng = random.Random(1515)
    kills = attempts = 0
    while kills < 3 and attempts < 12:
        attempts += 1
        mark = archive.log.mark()
        proc = subprocess.Popen(_command(archive), cwd=crashed, env=_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # kill after a random number of captures fetched: mid-back-fill on any machine
        target = rng.randint(3, 12)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and \
                sum(t.startswith("/web/") for t in archive.log.targets(mark)) < target:
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
    assert kills >= 3
    final = subprocess.run(_command(archive), cwd=crashed, env=_env(), timeout=120,
                           capture_output=True, text=True, check=False)
    assert final.returncode == 0, final.stderr[-2000:]
    merged = _merge(crashed, *run_files(crashed))
    by_key = {(r["url"], r["language"]): without_fetch(r) for r in merged}
    assert len(by_key) == len(merged)                          # nothing twice
    assert by_key == {(r["url"], r["language"]): without_fetch(r)
                      for r in expected}                       # nothing else
    for path in run_files(crashed):
        for line in read_jsonl(path):
            assert line.record is not None or line.cut, f"{path}:{line.number}: {line.error}"


class IndexDown(ArchiveMode):
    """The local archive, with its index of Russian pages unavailable."""

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        if request.path == "/cdx/search/cdx" and "url=osce.org%2Fru%2F" in request.query:
            return Reply(503, [("Content-Type", "text/plain")], b"slow down\n")
        return super().reply(request, site)


def test_an_incomplete_index_fetches_what_it_found_and_fails(tmp_path: Path) -> None:
    root = SITE
    with serving(root, mode=IndexDown(LocalArchive(root))) as running:
        proc = backfill(running, tmp_path, "wayback", "-s", "OSCE_RETRY_TIMES=0")
    assert proc.returncode == Exit.FAILED, proc.stderr[-2000:]
    assert "index_incomplete" in proc.stderr
    written = records_of(*run_files(tmp_path))
    languages = {r["language"] for r in written}
    assert "en" in languages
    assert "ru" not in {r["url"].split("/")[3] for r in written}


def test_exit_status_bad_argument_and_unreachable_archive(tmp_path: Path) -> None:
    bad = cli("crawl", "history", "-a", "source=tape", workdir=tmp_path)
    assert bad.returncode == Exit.USAGE
    assert "source" in bad.stderr
    with archive_serving(SITE) as gone:
        url = gone.url
    down = cli("crawl", "history", "-a", f"archive={url}", workdir=tmp_path)
    assert down.returncode == Exit.NOTHING_FETCHED
    assert "cannot reach" in down.stderr

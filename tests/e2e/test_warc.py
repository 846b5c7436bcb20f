"""The WARC archive keeps every response, and re-extraction rebuilds the same dataset."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.crawl.warc import WarcArchive, read_responses
from scraper.devsite.server import RunningSite, serving
from tests.crawling import cli, scrapy_crawl, small_site, without_fetch

SITE = small_site()   # the small offline copy: the archive's workings, not every design


@pytest.fixture(scope="module")
def site() -> Iterator[RunningSite]:
    with serving(SITE) as running:
        yield running


def _records(path: Path) -> dict[tuple[str, str], dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return {(r["url"], r["language"]): r for r in rows}


def _time(stamp: str) -> float:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def test_crawl_archive_then_reextract_gives_the_same_records(site: RunningSite,
                                                            tmp_path: Path) -> None:
    crawl = scrapy_crawl(site, "news", tmp_path, "-a", f"start_url={site.url}/press-releases",
                         "-s", "WARC_ENABLED=1", "-s", f"WARC_DIR={tmp_path / 'archive'}",
                         "-s", "WARC_MAX_SIZE=200000")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    archives = sorted((tmp_path / "archive").glob("news-*.warc.gz"))
    assert len(archives) > 1                                  # rotated by size
    responses = [r for a in archives for r in read_responses(a)]
    # every response the crawler received is archived, robots.txt, redirects and 404 too
    assert len(responses) == crawl.stats["downloader/response_count"]
    archived = {r.url.removeprefix(site.url) for r in responses}
    assert archived == set(site.log.targets())
    assert {r.status for r in responses} >= {200, 301, 404}
    assert {r.kind for r in responses if r.url.endswith("/robots.txt")} == {None}

    out = tmp_path / "rebuilt.jsonl"
    proc = cli("reextract", "-o", str(out), *map(str, archives), workdir=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rebuilt, crawled = _records(out), _records(tmp_path / "data" / "news.jsonl")
    assert rebuilt.keys() == crawled.keys()
    for key, record in rebuilt.items():
        # the archive's date is when the response came, the crawl's a moment later
        gap = abs(_time(record["fetched_at"]) - _time(crawled[key]["fetched_at"]))
        assert gap <= 2, key
        assert record["run_id"] == crawled[key]["run_id"]          # from the archive's name
        assert without_fetch(record) == without_fetch(crawled[key])
    assert "404 1" in proc.stdout.replace("http_", "")


def test_archive_keeps_compressed_bodies_as_sent_and_reads_them_decoded(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, prefix="t")
    page = "<html><body><h1>Café</h1></body></html>".encode()
    archive.write("https://www.osce.org/secretariat/1", 200, "OK",
                  [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                   ("Transfer-Encoding", "chunked")],
                  gzip.compress(page), "GET", [("User-Agent", "osce-scraper")], kind="news")
    archive.close()
    (path,) = tmp_path.glob("t-*.warc.gz")
    (response,) = read_responses(path)
    assert response.body == page
    assert response.kind == "news"
    assert "Transfer-Encoding" not in response.headers


def test_a_file_cut_by_a_crash_gives_the_records_before_the_cut(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, prefix="t")
    for i in range(5):
        archive.write(f"https://www.osce.org/secretariat/{i}", 200, "OK",
                      [("Content-Type", "text/html")], b"<p>x</p>" * 200, "GET", [], kind="news")
    archive.close()
    (path,) = tmp_path.glob("t-*.warc.gz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    urls = [r.url for r in read_responses(path)]
    assert 1 <= len(urls) < 5
    assert urls == [f"https://www.osce.org/secretariat/{i}" for i in range(len(urls))]


def test_reextract_refuses_missing_files(tmp_path: Path) -> None:
    proc = cli("reextract", str(tmp_path / "nope.warc.gz"), workdir=tmp_path)
    assert proc.returncode == 2
    assert "no such file" in proc.stderr

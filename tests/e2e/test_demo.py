"""``osce-scraper demo`` (``make demo``): both crawls of the offline copy, one command."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from scraper.devsite import demo
from scraper.devsite.sitegen import read_jsonl, site_dir

SITE = site_dir()   # the offline copy, built from fixtures/ when they changed


def test_demo_crawls_news_and_navigation_and_stops_its_server(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "data"
    assert demo.run(output) == 0
    printed = capsys.readouterr().out
    news = list(read_jsonl(output / "news.jsonl"))
    navigation = list(read_jsonl(output / "navigation.jsonl"))
    expected_news = list(read_jsonl(SITE / "_expected" / "news.jsonl"))
    expected_navigation = list(read_jsonl(SITE / "_expected" / "navigation.jsonl"))
    assert len(news) == len(expected_news)
    assert len(navigation) == len(expected_navigation)
    assert re.search(rf"news\s+{len(news)} records\s+{re.escape(str(output / 'news.jsonl'))}",
                     printed)
    assert re.search(rf"navigation\s+{len(navigation)} records", printed)
    url = re.search(r"at (http://127\.0\.0\.1:\d+)/", printed)
    assert url
    with pytest.raises(urllib.error.URLError, match="Connection refused"):
        urllib.request.urlopen(url[1], timeout=2)


def test_demo_stops_its_server_when_a_crawl_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(spider: str, args: list[str]) -> int:
        raise RuntimeError("the crawl broke")

    monkeypatch.setattr(demo, "run_crawl", broken)
    with pytest.raises(RuntimeError):
        demo.run(tmp_path / "data")
    url = re.search(r"at (http://127\.0\.0\.1:\d+)/", capsys.readouterr().out)
    assert url
    with pytest.raises(urllib.error.URLError, match="Connection refused"):
        urllib.request.urlopen(url[1], timeout=2)


def test_demo_refuses_a_directory_that_is_not_a_site(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from scraper.cli.main import main

    assert main(["demo", "--site", str(tmp_path), "--output-dir", str(tmp_path / "d")]) == 2
    assert "not a built site" in capsys.readouterr().err


def test_the_scheduled_crawl_is_incremental_archived_and_merged(tmp_path: Path) -> None:
    args = demo.crawl_args("news", "https://www.osce.org/press-releases", tmp_path, polite=True)
    assert "mode=incremental" in args
    assert "WARC_ENABLED=1" in args
    assert "DOWNLOAD_DELAY=0" not in args                       # the polite defaults stay
    records = [{k: v for k, v in r.items() if not k.startswith("_")}
               for r in read_jsonl(SITE / "_expected" / "news.jsonl")]
    older, newer = records[:30], records[20:]                    # ten in both runs
    import json

    for name, part in (("news-20260101T000000Z.jsonl", older),
                       ("news-20260102T000000Z.jsonl", newer)):
        (tmp_path / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                             for r in part), encoding="utf-8")
    assert demo.merge_runs(tmp_path) == 0
    merged = list(read_jsonl(tmp_path / "news.jsonl"))
    assert sorted(r["url"] for r in merged) == sorted(r["url"] for r in records)

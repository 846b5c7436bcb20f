"""``osce-scraper demo`` (``make demo``): both crawls of the offline copy, one command."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from scraper import demo
from scraper.sitegen import SITE_DIR, read_jsonl


def test_demo_crawls_news_and_navigation_and_stops_its_server(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "data"
    assert demo.run(output) == 0
    printed = capsys.readouterr().out
    news = list(read_jsonl(output / "news.jsonl"))
    navigation = list(read_jsonl(output / "navigation.jsonl"))
    expected_news = list(read_jsonl(SITE_DIR / "_expected" / "news.jsonl"))
    expected_navigation = list(read_jsonl(SITE_DIR / "_expected" / "navigation.jsonl"))
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
    from scraper.cli import main

    assert main(["demo", "--site", str(tmp_path), "--output-dir", str(tmp_path / "d")]) == 2
    assert "not a built site" in capsys.readouterr().err

"""``osce-scraper demo`` (``make demo``): both crawls of the offline copy, one command."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from scraper.devsite import demo
from scraper.devsite.sitegen import read_jsonl
from tests.crawling import small_site

# the small offline copy: the command's workings twice over (every design is crawled,
# whole, by tests/e2e/test_crawl_site.py)
SITE = small_site()


def test_demo_stops_its_server_when_a_crawl_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(spider: str, args: list[str], **options: object) -> int:
        raise RuntimeError("the crawl broke")

    monkeypatch.setattr(demo, "run_crawl", broken)
    with pytest.raises(RuntimeError):
        demo.run(tmp_path / "data", port=0)
    url = re.search(r"at (http://127\.0\.0\.1:\d+)/", capsys.readouterr().out)
    assert url
    with pytest.raises(urllib.error.URLError, match="Connection refused"):
        urllib.request.urlopen(url[1], timeout=2)


def test_demo_refuses_a_directory_that_is_not_a_site(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from scraper.cli.main import main

    assert main(["demo", "--site", str(tmp_path), "--output-dir", str(tmp_path / "d")]) == 2
    assert "not a built site" in capsys.readouterr().err


def test_the_scheduled_crawl_is_incremental_and_archived_the_demo_apart(tmp_path: Path) -> None:
    args = demo.crawl_args("news", "https://www.osce.org/press-releases", tmp_path, polite=True)
    assert "mode=incremental" in args
    assert "WARC_ENABLED=1" in args
    assert "DOWNLOAD_DELAY=0" not in args                       # the polite defaults stay
    assert {"output": Path("data/demo"), "state": Path("state/demo"),
                              "logs": Path("logs/demo")} == demo.DEMO_DIRS


def test_a_second_demo_gives_the_same_records_and_leaves_no_empty_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from scraper.devsite.services import free_port

    port = free_port()
    dirs = {"output_dir": tmp_path / "data", "state_dir": tmp_path / "state",
            "log_dir": tmp_path / "logs"}
    assert demo.run(**dirs, site=SITE, port=port) == 0
    first = capsys.readouterr().out
    assert demo.run(**dirs, site=SITE, port=port) == 0
    second = capsys.readouterr().out
    news = len(list(read_jsonl(SITE / "_expected" / "news.jsonl")))
    navigation = len(list(read_jsonl(SITE / "_expected" / "navigation.jsonl")))
    for printed in (first, second):
        assert len(printed.splitlines()) < 30
        assert re.search(rf"news\s+{news} records\s+{re.escape(str(tmp_path / 'data'))}",
                         printed)
        assert re.search(rf"navigation\s+{navigation} records", printed)
        url = re.search(r"at (http://127\.0\.0\.1:\d+)/", printed)
        assert url
        assert url[1].endswith(f":{port}")                      # the same port each time
        with pytest.raises(urllib.error.URLError, match="Connection refused"):
            urllib.request.urlopen(url[1], timeout=2)           # the server is stopped
    runs = sorted((tmp_path / "data").glob("news-*.jsonl"))
    assert len(runs) == 2                                        # each run its own file
    assert all(p.stat().st_size > 0 for p in (tmp_path / "data").glob("*.jsonl"))
    assert len(list(read_jsonl(tmp_path / "data" / "news.jsonl"))) == news
    assert len(list(read_jsonl(tmp_path / "data" / "navigation.jsonl"))) == navigation
    assert len(list((tmp_path / "logs").glob("news-*.log"))) == 2

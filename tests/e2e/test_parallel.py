"""Extraction over many pages on every core: the same output, in the same order, as one
process; a page that fails is reported and the others go on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from scraper.crawl import reextract as reextract_module
from scraper.crawl.reextract import reextract
from scraper.crawl.warc import ArchivedResponse, WarcArchive
from scraper.devsite.fixtures import Fixture, all_fixtures
from scraper.extract.parallel import WorkerDied, ordered_map
from tests.crawling import cli

ROOT = Path(__file__).resolve().parents[2]
NEWS = sorted((ROOT / "fixtures" / "news").glob("*.html"))


def _square_or_fail(n: int, fail: int) -> str:
    return f"failed {n}" if n == fail else str(n * n)


def test_ordered_map_keeps_input_order_over_many_batches() -> None:
    work = partial(_square_or_fail, fail=37)
    expected = [work(n) for n in range(200)]
    assert list(ordered_map(work, iter(range(200)), jobs=2, batch=3)) == expected
    assert list(ordered_map(work, range(200), jobs=1)) == expected


def test_a_short_list_is_done_in_this_process() -> None:
    pids = set(ordered_map(_pid, list(range(8)), jobs=2))
    assert pids == {os.getpid()}
    # an iterator's length is unknown: it goes to the workers
    assert os.getpid() not in set(ordered_map(_pid, iter(range(64)), jobs=2, batch=1))


def _pid(_: int) -> int:
    return os.getpid()


def _die_on(n: int, at: int) -> int:
    if n == at:
        os._exit(3)      # a worker killed mid-batch (out of memory, a crash in C)
    return n


def test_a_dead_worker_is_reported_not_hung_on() -> None:
    done: list[int] = []
    with pytest.raises(WorkerDied, match="a worker process died"):
        done.extend(ordered_map(partial(_die_on, at=50), iter(range(200)), jobs=2, batch=4))
    assert done == list(range(len(done)))     # what came back before it, in order


def test_ordered_map_stopped_early_gives_what_was_asked() -> None:
    results = ordered_map(partial(_square_or_fail, fail=-1), range(10_000), jobs=2, batch=4)
    first = [next(results) for _ in range(5)]
    results.close()      # the pool shuts down; the rest of the input is never read
    assert first == ["0", "1", "4", "9", "16"]


def _extract(jobs: int, files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper.cli.main", "extract", "--jobs",
                           str(jobs), *map(str, files)],
                          capture_output=True, text=True, check=False, cwd=ROOT)


def test_extract_on_two_processes_prints_what_one_prints(tmp_path: Path) -> None:
    (tmp_path / "doc.html").write_bytes(b"%PDF-1.7\n binary")
    files = [*NEWS[:9], tmp_path / "doc.html", tmp_path / "missing.html", *NEWS[9:20]]
    one, two = _extract(1, files), _extract(2, files)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    # every readable page gave its record, in the order of the files
    urls = [json.loads(line)["url"] for line in two.stdout.splitlines()]
    assert len(urls) == 20
    assert urls == [json.loads(line)["url"] for line in _extract(1, NEWS[:20]).stdout.splitlines()]
    errors = two.stderr.splitlines()
    assert any("doc.html: not an HTML page" in e for e in errors)
    assert any("missing.html: cannot read" in e for e in errors)


def _archived_news() -> list[Fixture]:
    """The news fixtures archived: the first forty, and every pair that is one page (a
    Wayback capture beside its original); the workings of re-extraction, not every
    design again (tests/unit/test_fixtures.py reads them all)."""
    news = all_fixtures(kinds=("news",))
    keys = Counter((fx.expected["url"], fx.expected["language"]) for fx in news)
    return [fx for i, fx in enumerate(news)
            if i < 40 or keys[(fx.expected["url"], fx.expected["language"])] > 1]


def _archive(directory: Path) -> list[Path]:
    """The news fixtures archived, a few twice (a later copy wins), a binary body, a 404."""
    archive = WarcArchive(directory, prefix="t", max_size=100_000)
    news = _archived_news()
    for i, fx in enumerate([*news, *news[:5]]):
        headers = list((fx.meta.get("headers") or {"Content-Type": "text/html"}).items())
        archive.write(fx.url, 200, "OK", headers, fx.html_path.read_bytes(), "GET", [],
                      kind="news")
        if i == 7:
            archive.write("https://www.osce.org/files/report.pdf", 200, "OK",
                          [("Content-Type", "text/html")], b"%PDF-1.7 binary", "GET", [],
                          kind="news")
            archive.write("https://www.osce.org/gone", 404, "Not Found",
                          [("Content-Type", "text/html")], b"<p>gone</p>", "GET", [], kind="news")
    archive.close()
    return sorted(directory.glob("t-*.warc.gz"))


def test_reextract_on_two_processes_writes_what_one_writes(tmp_path: Path) -> None:
    files = _archive(tmp_path / "archive")
    assert len(files) > 1
    runs = {}
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}" / "news.jsonl"
        proc = cli("reextract", "--jobs", str(jobs), "-o", str(out), *map(str, files),
                   workdir=tmp_path)
        runs[jobs] = (proc, out.read_bytes())
    (one, data1), (two, data2) = runs[1], runs[2]
    assert data2 == data1
    assert two.stdout == one.stdout.replace("/j1/", "/j2/")
    assert two.stderr == one.stderr
    assert "report.pdf: not an HTML page" in two.stderr
    assert "http_404 1" in two.stdout
    assert "not_html 1" in two.stdout
    fixtures = _archived_news()
    pages = {(fx.expected["url"], fx.expected["language"]) for fx in fixtures}
    assert len(fixtures) > len(pages)        # a capture and its original are there
    assert len(data2.splitlines()) == len(pages)
    # five pages archived twice, and pages that are one page (a Wayback capture beside
    # its original): the later one wins
    assert f"{5 + len(fixtures) - len(pages)} older versions" in two.stdout


def test_reextract_reports_a_failing_page_and_goes_on(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    files = _archive(tmp_path / "archive")
    real = reextract_module.extract

    def broken_on_one(body: bytes, url: str, *args: object) -> object:
        if url == _archived_news()[3].url:
            raise RuntimeError("a bug")
        return real(body, url, *args)   # type: ignore[arg-type]

    monkeypatch.setattr(reextract_module, "extract", broken_on_one)
    out = tmp_path / "news.jsonl"
    counts = reextract(files, out, tmp_path / "rejects.jsonl", jobs=1)
    assert counts["skipped/error"] == 2          # the page and its later copy
    assert "extraction failed: RuntimeError: a bug" in capsys.readouterr().err
    assert counts["written"] == len(out.read_bytes().splitlines()) > 30


def test_an_archived_response_crosses_to_a_worker_and_back() -> None:
    response = ArchivedResponse("https://www.osce.org/x", 200, {}, b"<p>x</p>", "news", None)
    (outcome,) = ordered_map(reextract_module.reextract_one, iter([(response, "run-1")]),
                             jobs=2)
    assert outcome.url == "https://www.osce.org/x"
    assert outcome.record is not None

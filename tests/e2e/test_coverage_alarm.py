"""End to end: ``osce-scraper crawl news`` against a tiny loopback site, healthy and redesigned.

The site is five news fixture pages and a listing page linking them, served from a
temporary directory.  Its "redesigned" copy lost the issuer labels: the crawl must
still finish and write its records, but the field coverage monitor fails and the crawl
exits with 3, through ``osce-scraper crawl`` and ``scrapy crawl`` alike.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import lxml.html
import pytest

from scraper.exitcodes import Exit
from scraper.extract.text import fold
from scraper.extract.vocabulary import LABELS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "news"
# UTF-8 pages of three designs whose only change, without issuer labels, is issued_by
PAGES = ["cur-helsinki-climate-security", "cur-ru-cyber-critical-infrastructure",
         "d7-vienna-trafficking-simulation", "cur-youth-conflict-prevention-time",
         "cur-br-issuers-ukraine-journalists"]
ISSUER_LABELS = {fold(t) for names in LABELS["issued_by"].values() for t in names}
SCRIPT = Path(sys.executable).parent / "osce-scraper"


class _Handler(SimpleHTTPRequestHandler):
    # item pages are files without a suffix
    extensions_map: ClassVar[dict[str, str]] = {"": "text/html; charset=utf-8"}

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _without_issuer_labels(html: bytes) -> bytes:
    """The page as a redesign that dropped the "Issued by" row would serve it."""
    root = lxml.html.fromstring(html)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and fold(el.text_content() or "") in ISSUER_LABELS:
            row = el.getparent()
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)
    out: bytes = lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")
    return out


def _site(root: Path, name: str, strip: bool) -> None:
    links = []
    for i, page in enumerate(PAGES):
        html = (FIXTURES / f"{page}.html").read_bytes()
        item = root / name / "news" / str(900001 + i)
        item.parent.mkdir(parents=True, exist_ok=True)
        item.write_bytes(_without_issuer_labels(html) if strip else html)
        links.append(f'<li><a href="/{name}/news/{900001 + i}">{page}</a></li>')
    # the first item a second time under another address: one duplicate per crawl
    links.append(f'<li><a href="/{name}/news/900001?from=teaser">again</a></li>')
    (root / name / "listing").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title>'
        f'</head><body><main><h1>Newsroom</h1><ul>{"".join(links)}</ul></main></body></html>',
        encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    _site(root, "healthy", strip=False)
    _site(root, "redesigned", strip=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def crawl(start_url: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "crawl", "news", "-a", f"start_url={start_url}",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=False",
         "-s", f"OUTPUT_DIR={out}", "-s", "LOG_LEVEL=INFO", "-s", "OSCE_RUN_ID=run",
         *extra],
        capture_output=True, text=True, timeout=120, cwd=out.parent, check=False)


def report(out: Path) -> dict[str, Any]:
    return dict(json.loads((out / "runs" / "run.json").read_text("utf-8")))


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()]


def test_healthy_site_writes_every_item_once_and_exits_0(site: str, tmp_path: Path) -> None:
    out = tmp_path / "data"
    feed = tmp_path / "feed.jsonl"
    result = crawl(f"{site}/healthy/listing", out, "-O", str(feed))
    assert result.returncode == Exit.OK, result.stderr[-3000:]
    assert result.stderr == ""
    written = lines(out / "news.jsonl")
    # (a relative canonical link resolves against the loopback host, so compare node ids)
    expected = {json.loads((FIXTURES / f"{p}.json").read_text("utf-8"))["expected"]["node_id"]
                for p in PAGES}
    assert {r["node_id"] for r in written} == expected
    assert len(written) == len(PAGES)
    assert lines(feed) == written              # -O feed exports get the same clean records
    run = report(out)
    assert run["finish_reason"] == "finished"
    assert run["alarm"] == []
    assert run["pages"]["by_status"] == {"200": len(PAGES) + 2}
    assert run["items"] == {"received": len(PAGES) + 1, "written": len(PAGES), "rejected": 0,
                            "duplicates": 1, "errors": 0}
    assert run["coverage"]["issued_by"] == 1.0
    # the run's own file; the dataset rebuilt from the run files
    assert run["output_file"] == str((out / "news-run.jsonl").resolve())
    assert run["dataset_file"] == str((out / "news.jsonl").resolve())
    assert lines(out / "news-run.jsonl") == written
    assert not (out / "rejects.jsonl").exists()
    validated = subprocess.run([str(SCRIPT), "validate", str(out / "news.jsonl")],
                               capture_output=True, text=True, check=False)
    assert validated.returncode == 0, validated.stdout


def test_redesigned_site_raises_the_alarm_and_exits_3(site: str, tmp_path: Path) -> None:
    out = tmp_path / "data"
    result = crawl(f"{site}/redesigned/listing", out)
    assert result.returncode == Exit.ALARM, result.stderr[-3000:]
    assert result.stderr == ("osce-scraper: exit status 3: monitor failed: Field coverage: "
                             "below threshold: issued_by 0% < 80%; has the site changed its "
                             "design?\n")
    assert "ALARM Field coverage: below threshold: issued_by 0% < 80%" in result.stdout
    run = report(out)
    assert run["alarm"] == ["Field coverage"]
    assert run["exit_status"] == Exit.ALARM
    assert run["coverage"]["issued_by"] == 0.0
    assert run["coverage"]["title"] == 1.0
    written = lines(out / "news.jsonl")        # the records are still written, all valid
    assert len(written) == len(PAGES)
    assert all(r["issued_by"] == [] and r["title"] for r in written)


def test_plain_scrapy_crawl_exits_with_the_alarm_and_writes_its_report(site: str,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "data"
    scrapy = Path(sys.executable).parent / "scrapy"
    shutil.copy(Path(__file__).resolve().parents[2] / "scrapy.cfg", tmp_path / "scrapy.cfg")
    result = subprocess.run(
        [str(scrapy), "crawl", "news", "-a", f"start_url={site}/redesigned/listing",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=False",
         "-s", f"OUTPUT_DIR={out}", "-s", "LOG_LEVEL=INFO"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False)
    # the project's crawl command (COMMANDS_MODULE) returns the run's exit status
    assert result.returncode == Exit.ALARM, result.stderr[-3000:]
    (path,) = (out / "runs").glob("*.json")                # named after the start time
    assert json.loads(path.read_text("utf-8"))["alarm"] == ["Field coverage"]


def test_feed_exports_append_with_o_overwrite_with_O_and_the_dataset_stays_whole(
        site: str, tmp_path: Path) -> None:
    out = tmp_path / "data"
    feed = tmp_path / "feed.jsonl"
    for run, option, expected in (("r1", "-o", 1), ("r2", "-o", 2), ("r3", "-O", 1)):
        result = crawl(f"{site}/healthy/listing", out, "-s", f"OSCE_RUN_ID={run}",
                       option, str(feed))
        assert result.returncode == Exit.OK, result.stderr
        # Scrapy's feed exports as in any project: -o appends, -O overwrites
        assert len(lines(feed)) == expected * len(PAGES)
    assert lines(feed) == lines(out / "news-r3.jsonl")          # the plain records
    assert len(lines(out / "news-r1.jsonl")) == len(PAGES)      # each run its own file
    assert len(lines(out / "news.jsonl")) == len(PAGES)         # the dataset rebuilt, not grown

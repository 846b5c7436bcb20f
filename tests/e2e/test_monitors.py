"""The Spidermon monitors (scraper/crawl/monitors.py) on real crawls of the offline copy,
served with faults, and the exit statuses every way of starting a crawl returns.

Each crawl is ``osce-scraper crawl`` (or ``scrapy crawl``) in a child process, as a
user runs it; ``-a max_pages=1`` keeps most of them to the newsroom's first page.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from scraper.devsite.server import Content, FaultMode, Slow, Status, serving
from scraper.devsite.services import free_port
from scraper.devsite.sitegen import load_routes, read_jsonl
from scraper.exitcodes import Exit
from tests.crawling import UNTHROTTLED, cli, small_site

SITE = small_site()   # the small offline copy: the crawl's workings, not every design

EMPTY_NEWSROOM = (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                  b"<title>Press releases | OSCE</title></head><body><main>"
                  b"<h1>Press releases</h1><p>Our newsroom is moving.</p></main></body></html>")
# a robots.txt that now keeps robots out of every translated page: half the newsroom
ROBOTS_WITHOUT_TRANSLATIONS = ("User-agent: *\n" + "".join(
    f"Disallow: /{lang}/\n" for lang in ("ru", "de", "fr", "es", "it", "sq"))).encode()


def crawl(url: str, workdir: Path, *args: str, spider: str = "news"
          ) -> subprocess.CompletedProcess[str]:
    return cli("crawl", spider, "-a", f"start_url={url}", *UNTHROTTLED,
               "-s", f"OUTPUT_DIR={workdir / 'data'}", "-s", f"STATE_DIR={workdir / 'state'}",
               *args, workdir=workdir)


def reports(workdir: Path) -> list[dict[str, Any]]:
    """Every run report of the folder, oldest first."""
    found = [json.loads(p.read_text("utf-8")) for p in (workdir / "data" / "runs").glob("*.json")]
    return sorted(found, key=lambda r: r["started_at"] + r["run_id"])


def failed(report: dict[str, Any]) -> list[str]:
    return [f["monitor"] for f in report["monitors"]["failed"]]


def test_a_healthy_crawl_passes_every_monitor_and_exits_0(tmp_path: Path) -> None:
    with serving(SITE) as site:
        result = crawl(f"{site.url}/press-releases", tmp_path, "-a", "max_pages=1")
    assert result.returncode == Exit.OK, result.stderr
    (report,) = reports(tmp_path)
    assert report["exit_status"] == Exit.OK
    assert report["alarm"] == []
    assert set(report["monitors"]["passed"]) == {"Field coverage", "Listing pages",
                                                "Failure ratio", "Finish Reason Monitor"}
    assert report["monitors"]["skipped"] == ["Records written"]      # no earlier run
    assert result.stderr == ""                                        # the log is in its file
    assert f"exit status 0 (ok); report {tmp_path}" in result.stdout


def test_an_incremental_crawl_of_a_newsroom_without_entries_fails_the_listing_monitor(
        tmp_path: Path) -> None:
    """The Must-show: exit status 3, the failed monitor named, the action called."""
    alerts = tmp_path / "alerts.jsonl"
    mode = FaultMode({"/press-releases": Content(body=EMPTY_NEWSROOM)})
    with serving(SITE, mode=mode) as site:
        result = crawl(f"{site.url}/press-releases", tmp_path, "-a", "mode=incremental",
                       "-s", 'OSCE_MONITOR_ACTIONS=["scraper.crawl.monitors.AlertFile"]',
                       "-s", f"OSCE_ALERT_FILE={alerts}")
    assert result.returncode == Exit.ALARM, result.stderr
    assert result.stderr.splitlines() == [
        ("osce-scraper: exit status 3: monitor failed: Listing pages: 1 of 1 listing page(s) "
         "gave no entries (at most 0 allowed); has the newsroom changed its design?")]
    (report,) = reports(tmp_path)
    assert failed(report) == ["Listing pages"] == report["alarm"]
    # coverage is not measured on an incremental run that wrote nothing
    assert "Field coverage" in report["monitors"]["skipped"]
    assert report["output_file"] is None
    assert list((tmp_path / "data").glob("news-*.jsonl")) == []       # no empty file left
    # the Spidermon action configured by settings ran, with the run and the failed monitor
    (alert,) = [json.loads(line) for line in alerts.read_text("utf-8").splitlines()]
    assert alert["run_id"] == report["run_id"]
    assert [f["monitor"] for f in alert["failed"]] == ["Listing pages"]


def test_fewer_records_than_the_previous_runs_fails_the_records_monitor(tmp_path: Path) -> None:
    with serving(SITE) as site:
        first = crawl(f"{site.url}/press-releases", tmp_path, "-a", "max_pages=3")
    robots = FaultMode({"/robots.txt": Content(body=ROBOTS_WITHOUT_TRANSLATIONS,
                                               content_type="text/plain; charset=utf-8")})
    with serving(SITE, mode=robots, port=site.server.server_address[1]) as again:
        second = crawl(f"{again.url}/press-releases", tmp_path, "-a", "max_pages=3",
                       "-s", "OSCE_MONITOR_MAX_DROP=0.2")
    assert first.returncode == Exit.OK, first.stderr
    assert second.returncode == Exit.ALARM, second.stderr
    before, after = reports(tmp_path)
    assert after["items"]["written"] < before["items"]["written"] * 0.8
    assert failed(after) == ["Records written"]
    (why,) = [f["reason"] for f in after["monitors"]["failed"]]
    assert why == (f"{after['items']['written']} records written, "
                   f"{before['items']['written']} in the last 1 comparable run(s): a drop of "
                   "more than 20%")


def first_page() -> list[dict[str, Any]]:
    """The expected records of the items the first newsroom page lists: read from the
    offline copy, so the tests follow the fixtures it is built from."""
    routes = load_routes(SITE)["routes"]
    (page,) = [r for r in routes if r["kind"] == "listing" and r["path"] == "/press-releases"]
    listed = set(page["lists"])
    return [r for r in read_jsonl(SITE / "_expected" / "news.jsonl") if r["_path"] in listed]


def test_too_many_server_errors_fail_the_failure_ratio_monitor(tmp_path: Path) -> None:
    records = first_page()
    # the first two items of the page (at every address they are listed under) fail
    broken = {path: Status(status=500) for r in records[:2] for path in r["_paths"]}
    assert len(records) >= 5            # two failures out of the page are over 20%
    with serving(SITE, mode=FaultMode(broken)) as site:
        result = crawl(f"{site.url}/press-releases", tmp_path, "-a", "max_pages=1",
                       "-s", "OSCE_RETRY_TIMES=0")
    assert result.returncode == Exit.ALARM, result.stderr
    (report,) = reports(tmp_path)
    assert report["failures"]["by_kind"]["http_5xx"] >= 2
    assert failed(report) == ["Failure ratio"]
    assert "too many failures: http_5xx" in report["monitors"]["failed"][0]["reason"]


def small_newsroom(paths: list[str]) -> bytes:
    items = "".join(f'<li><h2><a href="{p}">Item {n}</a></h2><time datetime="2026-03-0{n}">'
                    f"{n} March 2026</time></li>" for n, p in enumerate(paths, 1))
    return (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            b"<title>Press releases | OSCE</title></head><body><main><h1>Press releases</h1>"
            + f"<ul>{items}</ul>".encode() + b"</main></body></html>")


def test_one_broken_link_in_a_small_run_is_no_failure_ratio_alarm(tmp_path: Path) -> None:
    """A daily run of a few pages: one listed item gone (404) is a quarter of the pages
    tried, but the monitor judges so small a run as if it had tried ten."""
    records = first_page()
    paths = [records[0]["_path"], records[2]["_path"], "/secretariat/999999"]
    mode = FaultMode({"/press-releases": Content(body=small_newsroom(paths)),
                      "/secretariat/999999": Status(status=404)})
    with serving(SITE, mode=mode) as site:
        result = crawl(f"{site.url}/press-releases", tmp_path, "-a", "max_pages=1",
                       "-s", "OSCE_RETRY_TIMES=0")
    (report,) = reports(tmp_path)
    assert report["failures"]["by_kind"]["http_4xx"] == 1
    assert "Failure ratio" in report["monitors"]["passed"], report["monitors"]
    assert result.returncode == Exit.OK, result.stderr


def test_a_crawl_stopped_early_fails_the_finish_reason_monitor_and_exits_1(
        tmp_path: Path) -> None:
    with serving(SITE, mode=FaultMode(default=Slow(seconds=2))) as site:
        result = crawl(f"{site.url}/press-releases", tmp_path, "-s", "CLOSESPIDER_TIMEOUT=1",
                       "-s", "ROBOTSTXT_OBEY=False")
    assert result.returncode == Exit.FAILED, result.stderr
    (report,) = reports(tmp_path)
    assert report["finish_reason"] == "closespider_timeout"
    assert "Finish Reason Monitor" in failed(report)
    assert report["outcome"] == "the crawl stopped early (closespider_timeout)"


def test_field_coverage_below_threshold_fails_its_monitor(tmp_path: Path) -> None:
    # every item of the offline copy: a field its pages fill for some items only, with a
    # threshold just above its share (read from the copy, so it follows the fixtures)
    records = list(read_jsonl(SITE / "_expected" / "news.jsonl"))
    shares = {f: sum(bool(r[f]) for r in records) / len(records)
              for f in ("dateline", "attachments", "summary", "issued_on", "fields_of_work")}
    field, share = min(shares.items(), key=lambda kv: kv[1])
    assert 0 < share < 0.99, shares
    thresholds = json.dumps({"title": 1.0, field: round(share + 0.01, 2)})
    with serving(SITE) as site:
        result = crawl(f"{site.url}/press-releases", tmp_path,
                       "-s", f"OSCE_COVERAGE_THRESHOLDS={thresholds}")
    assert result.returncode == Exit.ALARM, result.stderr
    (report,) = reports(tmp_path)
    assert failed(report) == ["Field coverage"]
    assert report["monitors"]["failed"][0]["reason"].startswith(f"below threshold: {field} ")


def test_nothing_listening_exits_4_with_one_line_for_both_commands(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/press-releases"
    ours = cli("crawl", "news", "-a", f"start_url={url}", workdir=tmp_path)
    scrapy = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a",
                             f"start_url={url}"], cwd=tmp_path, capture_output=True, text=True,
                            env=_env(), timeout=60, check=False)
    for result in (ours, scrapy):
        assert result.returncode == Exit.NOTHING_FETCHED
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"osce-scraper: cannot reach {url}: cannot connect to")
        assert result.stdout == ""


def test_a_scrapy_crawl_returns_the_alarm_too(tmp_path: Path) -> None:
    mode = FaultMode({"/press-releases": Content(body=EMPTY_NEWSROOM)})
    with serving(SITE, mode=mode) as site:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "news", "-a",
             f"start_url={site.url}/press-releases", "-s", f"OUTPUT_DIR={tmp_path / 'data'}",
             "-s", f"STATE_DIR={tmp_path / 'state'}"],
            cwd=tmp_path, capture_output=True, text=True, env=_env(), timeout=120, check=False)
    assert result.returncode == Exit.ALARM, result.stderr[-2000:]
    assert "ERROR: monitor failed: Listing pages" in result.stderr
    assert "Scraped from" not in result.stderr                         # INFO, no item dumps
    assert result.stderr.splitlines()[-1].startswith("osce-scraper: exit status 3: ")


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"}

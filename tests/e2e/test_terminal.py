"""What a person sees running ``osce-scraper crawl``: progress, summary, log file, one
line for a bad setting; and ``--version``, ``--quiet``, ``--log-level``."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraper.devsite.server import FaultMode, RunningSite, Slow, serving
from scraper.exitcodes import Exit
from tests.crawling import cli, small_site

SITE = small_site()   # the small offline copy: the crawl's workings, not every design

SCRIPT = Path(sys.executable).parent / "osce-scraper"


def one_page(site: RunningSite, workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli("crawl", "news", "-a", f"start_url={site.url}/press-releases", "-a",
               "max_pages=1", "-s", f"OUTPUT_DIR={workdir / 'data'}",
               "-s", f"STATE_DIR={workdir / 'state'}", *args, workdir=workdir)


def test_version_names_the_project_scrapy_and_python() -> None:
    out = subprocess.run([str(SCRIPT), "--version"], capture_output=True, text=True,
                         check=True).stdout
    assert out.startswith("osce-scraper 0.1.0 (Scrapy 2.")
    assert "Python 3." in out


def test_the_log_goes_to_its_file_at_info_without_records_and_the_summary_to_stdout(
        local_site: RunningSite, tmp_path: Path) -> None:
    result = one_page(local_site, tmp_path, "-s", "OSCE_RUN_ID=r1")
    assert result.returncode == Exit.OK, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("news: ")
    assert "records written to" in lines[0]
    assert len(lines) <= 6
    log = (tmp_path / "logs" / "news-r1.log").read_text("utf-8")
    assert "[scrapy.core.engine] INFO: Spider closed (finished)" in log
    assert " DEBUG: " not in log
    assert "'body':" not in log                                  # no record dumped
    assert "no politeness delay" in log                           # the loopback host said so
    assert len(log) < (tmp_path / "data" / "news.jsonl").stat().st_size


def test_quiet_prints_nothing_and_log_level_debug_logs_requests(
        local_site: RunningSite, tmp_path: Path) -> None:
    quiet = one_page(local_site, tmp_path, "--quiet", "--log-level", "DEBUG",
                     "--log-dir=elsewhere", "-s", "OSCE_RUN_ID=q1")
    assert quiet.returncode == Exit.OK, quiet.stderr
    assert (quiet.stdout, quiet.stderr) == ("", "")
    log = (tmp_path / "elsewhere" / "news-q1.log").read_text("utf-8")
    assert "DEBUG: Crawled (200)" in log
    assert "Scraped from <200" in log
    assert "'body':" not in log                                  # named by URL, not dumped


def test_progress_is_a_plain_line_every_interval_when_not_a_terminal(tmp_path: Path) -> None:
    with serving(SITE, mode=FaultMode({"/press-releases": Slow(seconds=1.5)})) as site:
        result = one_page(site, tmp_path, "-s", "PROGRESS_INTERVAL=0.5")
    assert result.returncode == Exit.OK, result.stderr
    progress = [line for line in result.stderr.splitlines() if "progress:" in line]
    assert progress
    assert all(line.startswith("osce-scraper: progress: ") for line in progress)
    assert "pages fetched" in progress[0]


def test_progress_is_a_live_bar_on_a_terminal(tmp_path: Path) -> None:
    with serving(SITE, mode=FaultMode({"/press-releases": Slow(seconds=1.5)})) as site:
        pid, fd = pty.fork()
        if pid == 0:   # the child: osce-scraper crawl with the pty as its terminal
            os.chdir(tmp_path)
            os.environ["SCRAPY_SETTINGS_MODULE"] = "scraper.crawl.settings"
            os.execv(str(SCRIPT), [str(SCRIPT), "crawl", "news", "-a",
                                   f"start_url={site.url}/press-releases", "-a", "max_pages=1"])
        shown = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        _, status = os.waitpid(pid, 0)
    text = shown.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == Exit.OK, text
    assert "pages" in text
    assert "records" in text
    assert "\r" in text                                                # redrawn in place
    assert "news: " in text                                            # then the summary


@pytest.mark.parametrize(("args", "says"), [
    (["-s", "OUTPUT_FILE=../x"], "bad setting: -s OUTPUT_FILE='../x': a single file name"),
    (["-s", "DOWNLOAD_DELAY=soon"], "bad setting: -s DOWNLOAD_DELAY='soon': not a number"),
    (["-s", "CONCURRENT_REQUESTS=lots"], "not a whole number"),
    (["-a", "mode=sometimes"], "news: bad argument: mode: 'sometimes' is not one of"),
    (["-a", "max_pages=ten"], "max_pages: 'ten' is not a whole number"),
    (["-a", "since=yesterday"], "since: 'yesterday' is not an ISO date"),
    (["--log-level", "LOUD"], "--log-level 'LOUD': not one of"),
    (["-s", "OSCE_RUN_ID=../x"], "unsafe name"),
])
def test_a_bad_setting_or_argument_is_one_line_and_exit_2(
        tmp_path: Path, args: list[str], says: str) -> None:
    result = cli("crawl", "news", "-a", "start_url=http://127.0.0.1:9/press-releases", *args,
                 workdir=tmp_path)
    assert result.returncode == Exit.USAGE
    (line,) = result.stderr.splitlines()
    assert line.startswith("osce-scraper: ")
    assert says in line
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()


def test_scrapy_crawl_refuses_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-s",
                             "OUTPUT_FILE=../x"], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.crawl.settings"},
                            timeout=60, check=False)
    assert result.returncode == Exit.USAGE
    assert result.stderr.splitlines() == [
        ("osce-scraper: bad setting: -s OUTPUT_FILE='../x': a single file name inside "
         "OUTPUT_DIR (letters, digits, '.', '_', '-'; no '..', separators or absolute paths)")]

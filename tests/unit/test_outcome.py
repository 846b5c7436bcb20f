"""A run's exit status and summary (scraper/crawl/outcome.py, summary.py), the crawl
command's loopback rule and osce-scraper crawl's own options."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from scrapy.settings import Settings

from scraper.crawl.commands.crawl import unthrottle_loopback
from scraper.crawl.outcome import decide
from scraper.crawl.runner import _own_options, crawl_command
from scraper.crawl.stats import FAILURE_KINDS
from scraper.crawl.summary import summary_lines
from scraper.exitcodes import Exit


def report(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "spider": "news", "finish_reason": "finished", "distributed": False,
        "output_file": "/d/news-r.jsonl", "dataset_file": "/d/news.jsonl", "log_file": None,
        "pages": {"answered": 12},
        "items": {"written": 10, "rejected": 1, "duplicates": 2},
        "failures": {"by_kind": dict.fromkeys(FAILURE_KINDS, 0)},
        "monitors": {"failed": [], "passed": ["Field coverage"], "skipped": []},
    }
    return {**base, **changes}


@pytest.mark.parametrize(("changes", "status", "why"), [
    ({}, Exit.OK, "ok"),
    ({"finish_reason": "shutdown"}, Exit.FAILED, "the crawl stopped early (shutdown)"),
    ({"finish_reason": "closespider_itemcount"}, Exit.OK, "ok"),
    ({"pages": {"answered": 0},
      "failures": {"by_kind": {**dict.fromkeys(FAILURE_KINDS, 0), "connection_error": 2}}},
     Exit.NOTHING_FETCHED, "no page of the site answered (connection_error 2)"),
    ({"pages": {"answered": 0}, "distributed": True}, Exit.OK, "ok"),
    ({"monitors": {"failed": [{"monitor": "Listing pages", "reason": "1 empty"}]}},
     Exit.ALARM, "monitor failed: Listing pages: 1 empty"),
    # stopping early outranks the alarm it also raises
    ({"finish_reason": "shutdown",
      "monitors": {"failed": [{"monitor": "Finish Reason Monitor", "reason": "x"}]}},
     Exit.FAILED, "the crawl stopped early (shutdown)"),
])
def test_the_exit_status_of_a_report(changes: dict[str, Any], status: int, why: str) -> None:
    assert decide(report(**changes)) == (status, why)


def test_the_summary_is_a_few_lines_naming_files_monitors_and_status() -> None:
    run = report(monitors={"failed": [{"monitor": "Records written", "reason": "3 < 10"}],
                           "passed": [], "skipped": []})
    run["exit_status"], run["outcome"] = decide(run)
    lines = summary_lines(run, "/d/runs/r.json")
    assert lines == [
        "news: 10 records written to /d/news-r.jsonl, 1 rejected, 2 duplicates",
        "  pages: 12 answered; failures: none",
        "  dataset: /d/news.jsonl",
        "  ALARM Records written: 3 < 10",
        "  exit status 3 (alarm); report /d/runs/r.json"]


@pytest.mark.parametrize(("urls", "cmdline", "dropped"), [
    (["http://127.0.0.1:8731/press-releases"], {}, True),
    (["http://localhost/press-releases", "http://[::1]:80/"], {}, True),
    (["https://www.osce.org/press-releases"], {}, False),
    (["http://127.0.0.1/", "https://www.osce.org/"], {}, False),
    (["http://127.0.0.1/"], {"DOWNLOAD_DELAY": "2", "AUTOTHROTTLE_ENABLED": "1"}, False),
    (["http://127.0.0.1/"], {"OSCE_LOOPBACK_FAST": "0"}, False),
])
def test_a_crawl_of_this_machine_drops_the_delay_unless_asked_for(
        urls: list[str], cmdline: dict[str, str], dropped: bool) -> None:
    settings = Settings()
    settings.setmodule("scraper.crawl.settings", priority="project")
    settings.setdict(cmdline, priority="cmdline")
    assert unthrottle_loopback(settings, urls) is dropped
    assert (settings.getfloat("DOWNLOAD_DELAY") == 0) is dropped


def test_our_options_are_taken_wherever_they_stand() -> None:
    args = argparse.Namespace(quiet=False, log_level=None, log_dir="logs")
    rest = _own_options(["-a", "mode=full", "--quiet", "--log-level", "DEBUG",
                         "--log-dir=/var/log/osce", "-s", "A=1"], args)
    assert rest == ["-a", "mode=full", "-s", "A=1"]
    assert (args.quiet, args.log_level, args.log_dir) == (True, "DEBUG", "/var/log/osce")


def test_the_child_gets_our_settings_first_so_the_users_win(tmp_path: Any) -> None:
    cmd = crawl_command("news", ["-s", "PROGRESS_DISPLAY=log"], "r1", tmp_path / "x.log",
                        quiet=True)
    assert cmd[3:5] == ["crawl", "news"]
    assert cmd.index("PROGRESS_DISPLAY=off") < cmd.index("PROGRESS_DISPLAY=log")
    assert "OSCE_SUMMARY=0" in cmd
    assert f"LOG_FILE={tmp_path / 'x.log'}" in cmd

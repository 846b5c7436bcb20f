"""Settings checked before a crawl starts (scraper/crawl/checks.py): one line each."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from scraper.crawl import checks


def _settings(**values: str) -> Settings:
    settings = Settings()
    settings.setmodule("scraper.crawl.settings", priority="project")
    settings.setdict(values, priority="cmdline")
    return settings


def test_the_project_settings_pass() -> None:
    assert checks.problem(_settings()) is None


@pytest.mark.parametrize(("name", "value", "says"), [
    ("OUTPUT_FILE", "../x", "a single file name inside OUTPUT_DIR"),
    ("OUTPUT_FILE", "/tmp/news.jsonl", "a single file name inside OUTPUT_DIR"),
    ("OUTPUT_FILE", "{spider.__class__}.jsonl", "a single file name"),
    ("OUTPUT_FILE", "{date}.jsonl", "may be filled in"),
    ("OUTPUT_REJECTS_FILE", "sub/rejects.jsonl", "a single file name"),
    ("OUTPUT_DATASET", "{run_id}.jsonl", "only {spider} may be filled in"),
    ("OSCE_RUN_ID", "../../etc", "unsafe name"),
    ("DOWNLOAD_DELAY", "soon", "not a number"),
    ("DOWNLOAD_DELAY", "-1", "must be at least 0"),
    ("CONCURRENT_REQUESTS", "many", "not a whole number"),
    ("CONCURRENT_REQUESTS", "0", "must be at least 1"),
    ("WARC_MAX_SIZE", "1.5GB", "not a whole number"),
    ("OSCE_RETRY_TIMES", "x", "not a whole number"),
    ("WARC_ENABLED", "perhaps", "not a boolean"),
    ("OSCE_COVERAGE_THRESHOLDS", '{"title": 95}', "not a share from 0 to 1"),
    ("OSCE_COVERAGE_THRESHOLDS", '{"headline": 0.5}', "'headline' is not one of"),
    ("OSCE_COVERAGE_THRESHOLDS", "title=0.9", "not a JSON object"),
    ("OSCE_MONITOR_FAILURE_RATIOS", '{"gremlins": 0.1}', "'gremlins' is not one of"),
    ("OSCE_MONITOR_MAX_DROP", "2", "a share from 0 to 1"),
    ("OSCE_MONITOR_ACTIONS", "no.such.Action", "cannot load 'no.such.Action'"),
    ("OSCE_MONITOR_ACTIONS", "scraper.crawl.monitors.CrawlMonitors", "not a Spidermon action"),
    ("LOG_LEVEL", "LOUD", "not one of DEBUG"),
    ("PROGRESS_DISPLAY", "fireworks", "not one of log, terminal, off"),
])
def test_a_bad_setting_is_one_line_naming_it(name: str, value: str, says: str) -> None:
    why = checks.problem(_settings(**{name: value}))
    assert why is not None
    assert name in why
    assert says in why
    assert "\n" not in why

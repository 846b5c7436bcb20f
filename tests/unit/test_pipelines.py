"""The item pipelines of settings.py, in their order: rejects, duplicates, the file, the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

from scraper.crawl import settings as project
from scraper.devsite.fixtures import all_fixtures
from scraper.extract.items import NEWS_FIELDS, PageRecord
from scraper.extract.pages.fields import RawRecord
from scraper.output.paths import UnsafePath

NEWS = {fx.name: fx for fx in all_fixtures() if fx.kind == "news"}
SETTINGS = {**{k: getattr(project, k) for k in ("ITEM_PIPELINES", "OUTPUT_REJECTS_FILE",
                                                "OSCE_COVERAGE_THRESHOLDS")},
            # one named file: these tests are about what the pipelines write into it
            "OUTPUT_FILE": "{spider}.jsonl"}


class Run:
    """The project's pipelines driven as Scrapy drives them, for one spider's run."""

    def __init__(self, tmp_path: Path, spider: str = "news", **settings: Any) -> None:
        self.dir = tmp_path
        self.crawler: Crawler = get_crawler(Spider, {**SETTINGS, "OUTPUT_DIR": str(tmp_path),
                                                     "OSCE_RUN_ID": "run1", **settings})
        self.crawler.spider = Spider(name=spider)
        order = sorted(SETTINGS["ITEM_PIPELINES"].items(), key=lambda kv: kv[1])
        self.pipelines = [load_object(path).from_crawler(self.crawler) for path, _ in order]
        for p in self.pipelines:
            if hasattr(p, "open_spider"):
                p.open_spider()
        self.dropped: list[str] = []

    def feed(self, *items: PageRecord) -> list[dict[str, Any]]:
        assert self.crawler.stats is not None
        out = []
        for item in items:
            try:
                for p in self.pipelines:
                    item = p.process_item(item)
            except DropItem as exc:
                self.dropped.append(str(exc))
                self.crawler.stats.inc_value("item_dropped_count")    # as Scrapy's CoreStats
            else:
                out.append(item)
                self.crawler.stats.inc_value("item_scraped_count")
        return out

    def close(self, reason: str = "finished") -> dict[str, Any]:
        for p in reversed(self.pipelines):
            if hasattr(p, "close_spider"):
                p.close_spider()
        assert self.crawler.spider is not None
        self.pipelines[-1].spider_closed(self.crawler.spider, reason)
        return dict(json.loads((self.dir / "runs" / "run1.json").read_text("utf-8")))

    def stat(self, key: str) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats.get_value(key)

    def lines(self, name: str) -> list[dict[str, Any]]:
        path = self.dir / name
        return [json.loads(x) for x in path.read_text("utf-8").splitlines()] \
            if path.exists() else []


def raw(name: str, fetched_url: str | None = None, **changes: Any) -> PageRecord:
    """A fixture's expected record as a spider would hand it over."""
    fx = NEWS[name]
    values = {k: v for k, v in {**fx.expected, **changes}.items() if k != "provenance"}
    # a page object finds the labels; the ids are the normalizer's
    values["fields_of_work"] = [f["label"] if isinstance(f, dict) else f
                                for f in values.get("fields_of_work") or []]
    found = RawRecord(values, dict(fx.expected.get("provenance") or {}))
    return PageRecord("news", found, fetched_url=fetched_url or fx.meta["url"])


HELSINKI = "cur-helsinki-climate-security"
ROMA = "tbl-odihr-2011-roma-declaration"
RU_CYBER = "cur-ru-cyber-critical-infrastructure"


def test_pipelines_are_registered_in_order() -> None:
    assert sorted(project.ITEM_PIPELINES, key=project.ITEM_PIPELINES.__getitem__) == [
        "pipelines.normalize.NormalizePipeline", "pipelines.validate.ValidatePipeline",
        "pipelines.dedupe.DedupePipeline", "pipelines.write.WritePipeline",
        "pipelines.report.ReportPipeline"]


def test_written_record_is_in_schema_order_without_internal_keys(tmp_path: Path) -> None:
    run = Run(tmp_path)
    item = raw(HELSINKI)
    item.raw.values = dict(reversed(list(item.raw.values.items())))
    (passed,) = run.feed(item)
    run.close()
    (line,) = run.lines("news.jsonl")
    assert list(line) == NEWS_FIELDS
    assert line == passed                                  # feed exports get the same record
    fetch = {"fetched_at": line["fetched_at"], "run_id": "run1"}
    assert line == {**NEWS[HELSINKI].expected, **fetch}
    text = (tmp_path / "news.jsonl").read_text("utf-8")
    assert "_kind" not in text
    assert "\\u" not in text                               # UTF-8, not escapes


def test_invalid_record_goes_to_rejects_with_url_record_and_every_reason(tmp_path: Path) -> None:
    run = Run(tmp_path)
    bad = raw(HELSINKI, url="/secretariat/587299", language="english", node_id="n1")
    assert run.feed(bad, raw(ROMA)) != []
    run.close()
    assert [r["url"] for r in run.lines("news.jsonl")] == [NEWS[ROMA].expected["url"]]
    (reject,) = run.lines("rejects.jsonl")
    assert reject["url"] == "/secretariat/587299"
    assert reject["fetched_url"] == NEWS[HELSINKI].meta["url"]
    assert reject["run_id"] == "run1"
    assert reject["kind"] == "news"
    assert [(r["field"], r["rule"]) for r in reject["reasons"]] == [
        ("url", "pattern"), ("node_id", "pattern"), ("language", "pattern")]
    assert all(r["message"] for r in reject["reasons"])
    assert reject["record"]["title"] == NEWS[HELSINKI].expected["title"]
    assert "_kind" not in reject["record"]
    assert run.stat("osce/rejected") == 1
    assert run.stat("osce/reject_reason/language: pattern") == 1
    assert "invalid news record /secretariat/587299" in run.dropped[0]


def test_no_rejects_file_when_nothing_is_rejected(tmp_path: Path) -> None:
    run = Run(tmp_path)
    run.feed(raw(HELSINKI))
    run.close()
    assert not (tmp_path / "rejects.jsonl").exists()


def test_duplicates_by_url_and_language_are_skipped_and_counted(tmp_path: Path) -> None:
    run = Run(tmp_path)
    first = raw(HELSINKI)
    again = raw(HELSINKI, fetched_url="https://www.osce.org/node/587299", title="Other")
    translation = raw(HELSINKI, language="ru", title="Перевод")
    run.feed(first, again, translation, raw(ROMA), raw(ROMA))
    report = run.close()
    written = run.lines("news.jsonl")
    assert [(r["url"], r["language"], r["title"]) for r in written] == [
        (first.record["url"], "en", first.record["title"]), (first.record["url"], "ru", "Перевод"),
        (NEWS[ROMA].expected["url"], "en", NEWS[ROMA].expected["title"])]
    assert run.stat("osce/duplicates") == 2
    assert report["items"]["duplicates"] == 2
    assert report["items"]["written"] == 3


def test_navigation_duplicates_are_the_same_link_read_from_another_page(tmp_path: Path) -> None:
    run = Run(tmp_path, spider="navigation")
    entry = {"name": "Arms control", "url": "https://www.osce.org/arms-control",
             "path": ["Our work"]}
    run.feed(PageRecord("navigation", RawRecord({**entry, "source_url": "https://www.osce.org/"})),
             PageRecord("navigation",
                        RawRecord({**entry, "source_url": "https://www.osce.org/secretariat"})))
    report = run.close()
    assert run.lines("navigation.jsonl") == [
        {"name": "Arms control", "url": "https://www.osce.org/arms-control",
         "path": ["Our work"], "source_url": "https://www.osce.org/"}]
    assert report["items"]["duplicates"] == 1
    assert report["alarm"] == []                # no threshold watches navigation records


def test_output_file_name_is_a_setting_with_spider_and_run_id(tmp_path: Path) -> None:
    run = Run(tmp_path, OUTPUT_FILE="{spider}-{run_id}.jsonl", OUTPUT_REJECTS_FILE="bad.jsonl")
    run.feed(raw(HELSINKI), raw(ROMA, url=None))
    report = run.close()
    assert len(run.lines("news-run1.jsonl")) == 1
    assert len(run.lines("bad.jsonl")) == 1
    assert report["output_file"] == str((tmp_path / "news-run1.jsonl").resolve())


@pytest.mark.parametrize("name", ["../news.jsonl", "/tmp/news.jsonl", "sub/news.jsonl",
                                  "{spider.__class__}.jsonl", "{0}.jsonl", ""])
def test_output_file_must_stay_inside_output_dir(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafePath):
        Run(tmp_path / "data", OUTPUT_FILE=name)


def test_a_torn_line_left_by_a_killed_run_is_set_aside_when_the_next_run_opens(
        tmp_path: Path) -> None:
    (tmp_path / "news.jsonl").write_bytes(b'{"url": "https://www.osce.org/x/1"}\n{"url": "ht')
    run = Run(tmp_path)
    run.feed(raw(HELSINKI))
    report = run.close()
    assert len(run.lines("news.jsonl")) == 2
    assert (tmp_path / "news.jsonl.partial").read_bytes() == b'{"url": "ht'
    assert report["partial_file"] == str((tmp_path / "news.jsonl.partial").resolve())


def test_run_report_counts_and_coverage(tmp_path: Path) -> None:
    run = Run(tmp_path, OSCE_COVERAGE_THRESHOLDS={"issued_on": 0.75, "title": 1.0})
    assert run.crawler.stats is not None
    run.crawler.stats.set_value("downloader/response_status_count/200", 5)
    run.crawler.stats.set_value("downloader/response_status_count/404", 1)
    run.crawler.stats.set_value("osce/skipped/http_404", 1)
    no_date = "cur-no-date-bishkek-policing"
    run.feed(raw(HELSINKI), raw(ROMA), raw(RU_CYBER), raw(no_date),
             raw(HELSINKI), raw(ROMA, language="xx-bad"))
    report = run.close()
    assert report["run_id"] == "run1"
    assert report["spider"] == "news"
    assert report["finish_reason"] == "finished"
    assert report["pages"] == {"fetched": 6, "answered": 5, "by_status": {"200": 5, "404": 1},
                               "download_errors": {}, "skipped": {"http_404": 1}}
    assert report["items"] == {"received": 6, "written": 4, "rejected": 1, "duplicates": 1,
                               "errors": 0}
    assert report["rejects_by_reason"] == {"language: pattern": 1}
    assert list(report["coverage"]) == NEWS_FIELDS
    assert report["coverage"]["title"] == 1.0
    assert report["coverage"]["issued_on"] == 0.75
    dates = sorted(NEWS[n].expected["issued_on"] for n in (HELSINKI, ROMA, RU_CYBER))
    assert report["issued_on"] == {"earliest": dates[0], "latest": dates[-1]}
    assert report["thresholds"] == {"issued_on": 0.75, "title": 1.0}
    assert report["alarm"] == []                # a share equal to its threshold is fine
    assert report["duration_seconds"] >= 0
    assert report["started_at"].endswith("Z")


def test_run_report_counts_the_labels_no_identity_table_knows(tmp_path: Path) -> None:
    run = Run(tmp_path)
    run.feed(raw(HELSINKI, issued_by=["OSCE Chairpersonship", "Friends of Vienna"],
                 content_type="Gazette"),
             raw(ROMA, fields_of_work=["Roma and Sinti", "Piracy"]),
             raw(RU_CYBER, issued_by=["Friends of Vienna"]),
             raw("newsletter-es-2023-viena-no-year"))
    unknown = run.close()["unknown_labels"]
    assert unknown["issued_by"] == {"total": 2, "labels": {"Friends of Vienna": 2}, "others": 0}
    assert unknown["content_type"] == {"total": 1, "labels": {"Gazette": 1}, "others": 0}
    assert unknown["fields_of_work"]["labels"] == {"Piracy": 1, "Lucha contra la corrupción": 1}


def test_the_report_counts_filled_fields_in_the_stats_for_the_coverage_monitor(
        tmp_path: Path) -> None:
    run = Run(tmp_path)
    run.feed(raw(HELSINKI, issued_by=[]), raw(ROMA))
    report = run.close()
    assert run.stat("osce/coverage/news/records") == 2
    assert run.stat("osce/coverage/news/filled/issued_by") == 1
    assert report["coverage"]["issued_by"] == 0.5
    # the monitors did not run here (no Spidermon): nothing failed, nothing decided on it
    assert report["monitors"] == {"failed": [], "passed": [], "skipped": []}
    assert report["alarm"] == []


def test_a_run_that_fetched_nothing_exits_4_and_one_that_stopped_early_exits_1(
        tmp_path: Path) -> None:
    report = Run(tmp_path / "a").close()
    assert (report["exit_status"], report["outcome"]) == (
        4, "no page of the site answered (no failure counted)")
    run = Run(tmp_path / "b")
    assert run.crawler.stats is not None
    run.crawler.stats.set_value("downloader/response_status_count/200", 3)
    report = run.close("shutdown")
    assert (report["exit_status"], report["outcome"]) == (1, "the crawl stopped early (shutdown)")


def test_run_id_defaults_to_the_start_time(tmp_path: Path) -> None:
    run = Run(tmp_path, OSCE_RUN_ID="")
    run.feed(raw(HELSINKI))
    for p in run.pipelines:
        if hasattr(p, "close_spider"):
            p.close_spider()
    assert run.crawler.spider is not None
    run.pipelines[-1].spider_closed(run.crawler.spider, "finished")
    (path,) = (tmp_path / "runs").glob("*.json")
    assert path.stem[:8].isdigit()
    assert path.stem.endswith("Z")
    assert json.loads(path.read_text("utf-8"))["run_id"] == path.stem


def test_an_item_error_in_any_pipeline_is_counted_in_the_report(tmp_path: Path) -> None:
    run = Run(tmp_path)
    run.feed(raw(HELSINKI))
    # what Scrapy sends when a pipeline raises something other than DropItem
    run.crawler.signals.send_catch_log(signals.item_error, item={}, response=None,
                                       spider=run.crawler.spider, failure=None)
    report = run.close()
    assert report["items"]["errors"] == 1

"""``osce-scraper validate | report | merge`` on the dumps in fixtures/dumps/."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from scraper.cli.main import main
from scraper.extract.items import NEWS_FIELDS

DUMPS = Path(__file__).resolve().parents[2] / "fixtures" / "dumps"
NEWS = DUMPS / "news.jsonl"
INVALID = DUMPS / "news-invalid.jsonl"
NAVIGATION = DUMPS / "navigation.jsonl"


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# ---------------------------------------------------------------- validate
@pytest.mark.parametrize(("dump", "count"), [(NEWS, 22), (NAVIGATION, 89)])
def test_validate_a_good_dump(capsys: pytest.CaptureFixture[str], dump: Path, count: int) -> None:
    status, out, _ = run(capsys, "validate", str(dump))
    assert status == 0
    assert out == f"{dump}: {count} records: {count} valid, 0 invalid\n"


def test_validate_lists_invalid_records_with_line_numbers_and_reasons(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate", str(INVALID))
    assert status == 1
    assert out.splitlines() == [
        f"{INVALID}: 5 records: 2 valid, 3 invalid",
        "  line 2: language (pattern): 'spa' does not match '^[a-z]{2}$'",
        "  line 2: issued_on (format): '2022-02-30' is not a 'date'",
        "  line 3: not JSON: Expecting value: line 1 column 50 (char 49)",
        "  line 4: url (required): 'url' is a required property",
        "  line 4: fields_of_work/0/id (enum): 'piracy' is not one of the 24 allowed values",
    ]


def test_validate_max_errors_and_duplicates(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    dump = tmp_path / "twice.jsonl"
    dump.write_bytes(INVALID.read_bytes() + NEWS.read_bytes())
    status, out, _ = run(capsys, "validate", "--max-errors", "1", str(dump))
    assert status == 1
    assert "  … and 2 more invalid records (--max-errors)" in out
    assert "line 3" not in out
    assert "2 records repeat the URL and language of an earlier one" in out


def test_validate_a_cut_last_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dump = tmp_path / "cut.jsonl"
    dump.write_bytes(NEWS.read_bytes()[:-40])
    status, out, _ = run(capsys, "validate", str(dump))
    assert status == 1
    assert "line 22: cut line: no newline at the end of the file" in out


def test_validate_with_a_forced_kind(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate", "--kind", "news", str(NAVIGATION))
    assert status == 1
    assert "89 invalid" in out


def test_validate_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "validate", str(tmp_path / "nope.jsonl"))
    assert status == 2
    assert "cannot read" in err


# ------------------------------------------------------------------ report
def test_report_is_one_self_contained_page(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    out_path = tmp_path / "report.html"
    status, out, _ = run(capsys, "report", str(NEWS), "-o", str(out_path))
    assert status == 0
    assert out.startswith(f"wrote {out_path} (")
    page = out_path.read_text("utf-8")
    # nothing loaded from anywhere: no scripts, no external styles, images or fonts
    for marker in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "@font"):
        assert marker not in page.lower(), marker
    tree = lxml.html.fromstring(page)
    assert [h.text_content() for h in tree.iter("h2")] == [
        "Items per month", "Items per field of work", "Items per content type",
        "Items per issuer", "Issuers by kind of structure", "Labels without an id",
        "Items per language", "Field coverage", "Coverage thresholds and the alarm",
        "Records per run", "Newest 25 items"]
    assert len(tree.xpath("//svg//rect")) == 18                 # months with items (20 dated)
    assert sum(int(t.text.rsplit(": ", 1)[1]) for t in tree.xpath("//svg//rect/title")) == 20
    hrefs = tree.xpath("//a/@href")
    assert hrefs
    assert all(h.startswith("https://www.osce.org/") for h in hrefs)
    assert len(hrefs) == 20                                     # the dated items, newest first


def _rows(page: str, section: str) -> dict[str, str]:
    tree = lxml.html.fromstring(page)
    (h2,) = [h for h in tree.iter("h2") if h.text_content() == section]
    table = h2.getnext()
    return {tr[0].text_content(): tr[2].text_content() for tr in table.iter("tr")
            if tr[0].tag == "td"}


def test_report_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_path = tmp_path / "r.html"
    run(capsys, "report", str(NEWS), "-o", str(out_path))
    page = out_path.read_text("utf-8")
    data = records(NEWS)
    languages = _rows(page, "Items per language")
    assert languages == {lang: str(sum(r["language"] == lang for r in data))
                         for lang in {r["language"] for r in data}}
    fields = _rows(page, "Items per field of work")
    assert fields["Border management"] == str(sum(
        {"label": "Border management", "id": "border-management"} in r["fields_of_work"]
        for r in data))
    assert fields["Local self-government (not one of the 23)"] == "1"
    types = _rows(page, "Items per content type")
    assert types["Press release"] == str(sum(r["content_type_id"] == "press-release"
                                             for r in data))
    assert types["(no type shown)"] == str(sum(r["content_type"] is None for r in data))
    kinds = _rows(page, "Issuers by kind of structure")
    assert kinds["secretariat"] == str(sum(r["issued_by_ids"].count("secretariat")
                                           for r in data))
    assert sum(map(int, kinds.values())) == sum(len(r["issued_by"]) for r in data)
    tree = lxml.html.fromstring(page)
    coverage = {tr[0].text_content(): tr[3].text_content()
                for tr in tree.xpath("//h3/following-sibling::table[1]//tr[td]")}
    assert list(coverage) == NEWS_FIELDS
    assert coverage["issued_on"] == f"{100 * 20 / 22:.1f}%"
    newest = tree.xpath("//h2[starts-with(., 'Newest')]/following-sibling::table[1]//tr/td[1]")
    dates = [td.text_content() for td in newest]
    assert dates == sorted((r["issued_on"] for r in data if r["issued_on"]), reverse=True)


def test_report_charts_the_runs_and_the_thresholds_of_the_latest(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    runs.mkdir()
    for n, (written, alarm) in enumerate([(120, []), (118, []), (3, ["body", "title"])]):
        (runs / f"2026010{n + 1}T000000Z.json").write_text(json.dumps({
            "run_id": f"2026010{n + 1}T000000Z", "started_at": f"2026-01-0{n + 1}T00:00:00Z",
            "items": {"written": written, "rejected": n}, "alarm": alarm,
            "thresholds": {"title": 0.95, "issued_on": 0.95}}), encoding="utf-8")
    (runs / "notes.json").write_text("[1, 2]", encoding="utf-8")    # not a run report
    out_path = tmp_path / "r.html"
    run(capsys, "report", str(NEWS), "-o", str(out_path), "--runs", str(runs))
    page = out_path.read_text("utf-8")
    assert _rows(page, "Records per run") == {
        "2026-01-01T00:00:00Z": "120", "2026-01-02T00:00:00Z": "118",
        "2026-01-03T00:00:00Z": "3"}
    tree = lxml.html.fromstring(page)
    (h2,) = [h for h in tree.iter("h2") if h.text_content().startswith("Coverage thresholds")]
    assert "alarm on body, title" in h2.getnext().text_content()
    rows = {tr[0].text_content(): (tr[1].text_content(), tr[2].text_content(),
                                   tr[3].text_content())
            for tr in h2.getnext().getnext().iter("tr") if tr[0].tag == "td"}
    # the latest run's thresholds, measured on this dump: 20 of 22 dated
    assert rows == {"title": ("100.0%", "95%", "ok"),
                    "issued_on": (f"{100 * 20 / 22:.1f}%", "95%", "below: alarm")}


def test_report_escapes_what_the_dump_says(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    dump = tmp_path / "evil.jsonl"
    record = records(NEWS)[0] | {"title": "<script>alert(1)</script>", "url": "javascript:x()",
                                 "issued_by": ['"><img src=x onerror=alert(1)>']}
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    status, _, _ = run(capsys, "report", str(dump))
    assert status == 0
    page = (tmp_path / "evil.html").read_text("utf-8")          # default: beside the dump
    assert "<script>" not in page
    assert "<img" not in page
    assert "javascript:" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_report_on_navigation_and_on_unreadable_lines(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    status, _, _ = run(capsys, "report", str(NAVIGATION), "-o", str(tmp_path / "n.html"))
    assert status == 0
    assert "No record has an issued_on date." in (tmp_path / "n.html").read_text("utf-8")
    status, out, err = run(capsys, "report", str(INVALID), "-o", str(tmp_path / "i.html"))
    assert status == 0
    assert "line 3 left out of the report" in err
    assert "4 records, 1 unreadable lines" in out


# ------------------------------------------------------------------- merge
def test_merge_keeps_the_newest_record_of_each_url_and_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old = records(NEWS)[:3]
    new = [old[1] | {"title": "Updated title"},                # same key: replaces
           old[1] | {"language": "ru", "title": "Перевод"},    # a translation: another key
           records(NEWS)[5]]
    a, b = tmp_path / "news-20250101T000000Z.jsonl", tmp_path / "news-20250102T000000Z.jsonl"
    a.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in old), "utf-8")
    b.write_text("".join(json.dumps(dict(reversed(r.items())), ensure_ascii=False) + "\n"
                         for r in new), "utf-8")
    out_path = tmp_path / "merged" / "news.jsonl"
    status, out, _ = run(capsys, "merge", "-o", str(out_path), str(a), str(b))
    assert status == 0
    merged = records(out_path)
    assert [(r["url"], r["language"], r["title"]) for r in merged] == [
        (old[0]["url"], old[0]["language"], old[0]["title"]),
        (old[2]["url"], old[2]["language"], old[2]["title"]),
        (old[1]["url"], old[1]["language"], "Updated title"),
        (old[1]["url"], "ru", "Перевод"),
        (new[2]["url"], new[2]["language"], new[2]["title"])]
    assert all(list(r) == NEWS_FIELDS for r in merged)         # keys back in schema order
    assert "Перевод" in out_path.read_text("utf-8")
    assert out == (f"merged 2 files, 6 records: wrote 5 to {out_path} "
                   "(1 older or repeated versions left out)\n")
    assert list(out_path.parent.iterdir()) == [out_path]       # no temporary file left


def test_merge_into_one_of_its_inputs(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    dump = tmp_path / "news.jsonl"
    shutil.copy(NEWS, dump)
    status, _, _ = run(capsys, "merge", "-o", str(dump), str(dump), str(NEWS))
    assert status == 0
    assert records(dump) == records(NEWS)


def test_merge_reports_unreadable_lines_and_exits_1(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    out_path = tmp_path / "m.jsonl"
    status, out, err = run(capsys, "merge", "-o", str(out_path), str(INVALID))
    assert status == 1
    assert re.findall(r"line (\d+) skipped", err) == ["2", "3", "4"]
    assert "line 2 skipped: language (pattern)" in err
    assert "3 unreadable or invalid lines skipped" in out
    lines = INVALID.read_text("utf-8").splitlines()
    assert records(out_path) == [json.loads(lines[0]), json.loads(lines[4])]


def test_commands_are_registered_on_the_installed_script() -> None:
    script = Path(sys.executable).parent / "osce-scraper"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True,
                            check=True)
    for command in ("validate", "report", "merge", "crawl"):
        assert command in result.stdout

"""``osce-scraper extract`` and ``fixtures`` follow their contract."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.cli.main import main
from scraper.devsite import fixtures
from scraper.exitcodes import Exit

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "news" / "cur-seed-border-management.html"


def test_extract_prints_one_record_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--url", "https://www.osce.org/node/499851", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["node_id"] == "499851"
    assert record["issued_by"] == ["OSCE Chairpersonship", "OSCE Secretariat",
                                   "Transnational Threats Department"]


def test_extract_without_url_uses_file_uri(capsys: pytest.CaptureFixture[str]) -> None:
    page = ROOT / "fixtures" / "news" / "cur-no-date-bishkek-policing.html"
    assert main(["extract", str(page)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["url"].startswith("file://")


def test_bad_files_get_one_line_each_and_the_rest_is_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "doc.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    (tmp_path / "text.html").write_bytes(b"just words, no markup")
    files = [tmp_path / "empty.html", tmp_path / "doc.html", tmp_path / "missing.html",
             tmp_path / "text.html", SEED]
    proc = subprocess.run([sys.executable, "-m", "scraper.cli.main", "extract", *map(str, files)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.strip().splitlines() if ": kind: " not in line]
    assert len(errors) == 4
    assert all(line.startswith("osce-scraper: ") for line in errors)
    assert "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) == 1


def test_listing_and_navigation_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    listing = ROOT / "fixtures" / "listing" / "drupal7-press-releases-page0.html"
    assert main(["extract", "--kind", "listing", "--url",
                 "https://www.osce.org/press-releases", str(listing)]) == 0
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 10
    assert "next page: https://www.osce.org/press-releases?page=1" in out.err


def _copy_fixture(tmp_path: Path, name: str) -> Path:
    root = tmp_path / "fixtures"
    (root / "news").mkdir(parents=True)
    for suffix in (".html", ".json"):
        shutil.copy(ROOT / "fixtures" / "news" / f"{name}{suffix}", root / "news")
    return root


def test_fixtures_update_is_a_no_op_when_nothing_changed(tmp_path: Path) -> None:
    root = _copy_fixture(tmp_path, "cur-seed-border-management")
    before = (root / "news" / "cur-seed-border-management.json").read_text()
    assert fixtures.update(root=root) == []
    assert (root / "news" / "cur-seed-border-management.json").read_text() == before


def test_fixtures_update_rewrites_a_stale_expectation(tmp_path: Path) -> None:
    root = _copy_fixture(tmp_path, "cur-seed-border-management")
    path = root / "news" / "cur-seed-border-management.json"
    data = json.loads(path.read_text())
    data["expected"]["title"] = "stale"
    path.write_text(json.dumps(data))
    assert fixtures.update(root=root) == ["news/cur-seed-border-management"]
    assert json.loads(path.read_text())["expected"]["title"].startswith("Innovative responses")
    assert json.loads(path.read_text())["fixture"]["url"] == "https://www.osce.org/node/499851"


@pytest.mark.parametrize("name", ["../escape", "/abs", "a\x00b", "..", "a/b"])
def test_fixtures_record_refuses_unsafe_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="unsafe"):
        fixtures.record("http://127.0.0.1:9/x", "news", name, root=tmp_path)


def test_fixtures_record_saves_page_and_extraction(tmp_path: Path) -> None:
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    served = tmp_path / "served" / "secretariat"
    served.mkdir(parents=True)
    shutil.copy(SEED, served / "499851")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "served"))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/secretariat/499851"
        fx = fixtures.record(url, "news", "recorded-seed", root=tmp_path / "fixtures")
    finally:
        server.shutdown()
        server.server_close()
    assert fx.html_path.read_bytes() == SEED.read_bytes()
    saved = json.loads(fx.json_path.read_text())
    assert saved["fixture"]["url"] == url
    assert saved["fixture"]["captured_on"]
    assert saved["expected"]["title"].startswith("Innovative responses")
    assert saved["expected"]["node_id"] == "499851"
    with pytest.raises(FileExistsError):
        fixtures.record(url, "news", "recorded-seed", root=tmp_path / "fixtures")


def test_auto_kind_says_which(capsys: pytest.CaptureFixture[str]) -> None:
    listing = ROOT / "fixtures" / "listing" / "drupal7-press-releases-page0.html"
    assert main(["extract", "--url", "https://www.osce.org/press-releases", str(listing),
                 str(SEED)]) == 0
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 10 + 1
    assert f"{listing}: kind: listing (" in out.err
    assert f"{SEED}: kind: news (" in out.err


@pytest.mark.parametrize(("asked", "page"), [
    ("news", ROOT / "fixtures" / "listing" / "drupal7-press-releases-page0.html"),
    ("listing", SEED),
])
def test_wrong_kind_warns_and_writes_nothing(capsys: pytest.CaptureFixture[str], asked: str,
                                             page: Path) -> None:
    assert main(["extract", "--kind", asked, str(page)]) == Exit.WRONG_KIND
    out = capsys.readouterr()
    assert out.out == ""
    assert f"warning: asked for {asked}, but the page looks like" in out.err
    # forced: extracted as asked, with the warning, and success
    assert main(["extract", "--kind", asked, "--force", str(page)]) == 0
    out = capsys.readouterr()
    assert "(--force)" in out.err
    assert (out.out != "") == (asked == "news")

"""`fixtures score`: a hold-out set's score counts right fields and exact entries."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from scraper.cli.main import main
from scraper.devsite.fixtures import FIXTURES_DIR
from scraper.devsite.scoring import score

NEWS = "cur-attachment-gender-environment-toolkit"
LISTING = "articles-it-2024-dl-last-page"
MENU = "current-seed-menu"


def _copy(root: Path, kind: str, name: str) -> dict[str, Any]:
    (root / kind).mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES_DIR / kind / f"{name}.html", root / kind / f"{name}.html")
    data: dict[str, Any] = json.loads((FIXTURES_DIR / kind / f"{name}.json").read_text())
    return data


def _save(root: Path, kind: str, name: str, data: dict[str, Any]) -> None:
    (root / kind / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def holdout(tmp_path: Path) -> Path:
    """Three pages whose expected records are each off in a known way."""
    news = _copy(tmp_path, "news", NEWS)
    news["expected"]["title"] = "A headline the page does not have"
    news["expected"]["provenance"] = {"title": "nowhere"}  # derived: never scored
    del news["expected"]["translations"]  # a field the writer left out is not scored
    _save(tmp_path, "news", NEWS, news)

    listing = _copy(tmp_path, "listing", LISTING)
    listing["expected"]["entries"][0]["title"] = "Not this title"  # one missing + one extra
    listing["expected"]["next_page"] = "https://www.osce.org/it/press-releases?page=5"
    _save(tmp_path, "listing", LISTING, listing)

    menu = _copy(tmp_path, "navigation", MENU)
    menu["expected"]["entries"] = menu["expected"]["entries"][1:]  # the first is extra
    _save(tmp_path, "navigation", MENU, menu)
    return tmp_path


def test_news_fields_are_counted_one_each_derived_and_absent_ones_left_out(holdout: Path) -> None:
    page = next(p for p in score(holdout).pages if p.name == f"news/{NEWS}")
    assert page.wrong == ["title"]
    expected = json.loads((holdout / "news" / f"{NEWS}.json").read_text())["expected"]
    assert page.total == len(expected) - len({"provenance", "fetched_at", "run_id",
                                              "content_hash", "body_html"} & set(expected))
    assert page.right == page.total - 1


def test_entries_count_exact_and_extras_count_against(holdout: Path) -> None:
    result = score(holdout)
    listing = next(p for p in result.pages if p.name == f"listing/{LISTING}")
    n = len(json.loads((FIXTURES_DIR / "listing" / f"{LISTING}.json").read_text())
            ["expected"]["entries"])
    assert (listing.right, listing.total) == (n - 1, n + 1)
    assert len(listing.missing) == len(listing.extra) == 1
    assert "Not this title" in listing.missing[0]
    assert listing.next_page_right is False
    menu = next(p for p in result.pages if p.name == f"navigation/{MENU}")
    assert menu.right == menu.total - 1
    assert len(menu.extra) == 1
    assert not menu.missing
    assert result.tallies["next_page"] == [0, 1]


def test_the_command_prints_every_page_and_the_totals(holdout: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    out_json = tmp_path / "scores.json"
    assert main(["fixtures", "score", str(holdout), "-v", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert f"news/{NEWS}: " in out
    assert "wrong: title" in out
    assert "A headline the page does not have" in out  # -v shows the difference
    assert out.splitlines()[-1].startswith("TOTAL news ")
    saved = json.loads(out_json.read_text())
    assert saved["tallies"]["navigation"][1] > 0
    assert len(saved["pages"]) == 3


def test_a_directory_that_is_not_there_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["fixtures", "score", str(tmp_path / "missing")]) == 2

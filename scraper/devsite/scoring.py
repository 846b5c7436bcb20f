"""How well the current code does on a set of hand-written pages (a hold-out set).

``osce-scraper fixtures score DIR``: DIR is laid out like ``fixtures/`` (news/,
listing/, navigation/, each page beside its expected record).  A hold-out set is
written by someone who never saw the extractor; its score, taken before any change,
is the honest estimate of how the extractor does on designs it has never met.

- news: every field the expected record names counts one (the derived ones,
  provenance, hashes and crawl metadata, are left out);
- listing and navigation: entries are counted exact as whole objects, each expected
  entry matched at most once; an extracted entry that matches none counts against
  the score as much as a missing one; a listing's ``next_page`` is scored apart.

Strings are compared after NFC and collapsing spaces within lines, as the contract
asks of every value.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.devsite.fixtures import Fixture, all_fixtures

DERIVED = frozenset({"provenance", "fetched_at", "run_id", "content_hash", "body_html"})
TALLIES = ("news", "listing", "navigation", "next_page")


def comparable(value: Any) -> Any:
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value)
        return "\n".join(" ".join(line.split()) for line in text.split("\n"))
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    return value


def _key(entry: Any) -> str:
    return json.dumps(comparable(entry), sort_keys=True, ensure_ascii=False)


@dataclass
class PageScore:
    name: str
    right: int
    total: int
    wrong: list[str] = field(default_factory=list)  # news: wrong fields
    missing: list[str] = field(default_factory=list)  # entries: expected, not found
    extra: list[str] = field(default_factory=list)  # entries: found, not expected
    next_page_right: bool | None = None
    error: str | None = None
    differences: list[str] = field(default_factory=list)  # what ``-v`` shows

    def line(self) -> str:
        text = f"{self.name}: {self.right}/{self.total}"
        if self.error:
            text += f"  extraction failed: {self.error}"
        if self.wrong:
            text += f"  wrong: {', '.join(self.wrong)}"
        if self.missing or self.extra:
            text += f"  (missing {len(self.missing)}, extra {len(self.extra)})"
        if self.next_page_right is False:
            text += "  next_page wrong"
        return text


@dataclass
class Score:
    pages: list[PageScore] = field(default_factory=list)
    tallies: dict[str, list[int]] = field(
        default_factory=lambda: {name: [0, 0] for name in TALLIES})

    def add(self, kind: str, right: int, total: int) -> None:
        self.tallies[kind][0] += right
        self.tallies[kind][1] += total

    def summary(self) -> str:
        return "  ".join(f"{name} {r}/{t} ({100 * r / t:.1f}%)"
                         for name, (r, t) in self.tallies.items() if t)

    def as_dict(self) -> dict[str, Any]:
        return {"tallies": self.tallies,
                "pages": [vars(page) for page in self.pages]}


def _actual(fx: Fixture) -> tuple[dict[str, Any], str | None]:
    try:
        return fx.actual(), None
    except Exception as exc:  # a crash on a hold-out page is a score of nothing, not the end
        return ({} if fx.kind == "news" else {"entries": []}), f"{type(exc).__name__}: {exc}"


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)[:500]


def score_page(fx: Fixture) -> PageScore:
    actual, error = _actual(fx)
    name = f"{fx.kind}/{fx.name}"
    if fx.kind == "news":
        fields = [f for f in fx.expected if f not in DERIVED]
        wrong = [f for f in fields if comparable(actual.get(f)) != comparable(fx.expected[f])]
        differences = []
        for f in wrong:
            differences.append(f"   {f}: expected {_shown(fx.expected[f])}")
            differences.append(f"   {' ' * len(f)}  actual   {_shown(actual.get(f))}")
        return PageScore(name, len(fields) - len(wrong), len(fields), wrong=wrong,
                         error=error, differences=differences)
    expected = Counter(_key(e) for e in fx.expected.get("entries", []))
    found = Counter(_key(e) for e in actual.get("entries", []))
    missing, extra = expected - found, found - expected
    page = PageScore(name, sum((expected & found).values()),
                     expected.total() + extra.total(),
                     missing=list(missing.elements()), extra=list(extra.elements()),
                     error=error)
    page.differences = ([f"   - {entry[:300]}" for entry in page.missing]
                        + [f"   + {entry[:300]}" for entry in page.extra])
    if fx.kind == "listing":
        page.next_page_right = (comparable(actual.get("next_page"))
                                == comparable(fx.expected.get("next_page")))
        if not page.next_page_right:
            page.differences.append(f"   next_page: expected {fx.expected.get('next_page')}, "
                                    f"actual {actual.get('next_page')}")
    return page


def score(root: Path) -> Score:
    result = Score()
    for fx in all_fixtures(root):
        page = score_page(fx)
        result.pages.append(page)
        result.add(fx.kind, page.right, page.total)
        if page.next_page_right is not None:
            result.add("next_page", int(page.next_page_right), 1)
    return result

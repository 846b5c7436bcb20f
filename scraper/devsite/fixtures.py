"""Fixtures on disk: reading them, regenerating expectations, recording new ones."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper.extract.extraction import KINDS, Extraction, Kind, extract
from scraper.output.paths import inside, safe_name

FIXTURES_DIR = Path(__file__).resolve().parents[2] / "fixtures"


@dataclass
class Fixture:
    kind: Kind
    name: str
    html_path: Path
    json_path: Path
    meta: dict[str, Any]
    expected: dict[str, Any]

    @property
    def url(self) -> str:
        return str(self.meta["url"])

    def run(self) -> Extraction:
        return extract(self.html_path.read_bytes(), self.url, self.kind, self.headers)

    @property
    def headers(self) -> dict[str, Any]:
        """The response headers the page came with: those written down, and a ``Date``
        of the day it was captured (``captured_on``), as a crawl's response carries the
        day it was served (what "today" on the page means)."""
        headers = dict(self.meta.get("headers") or {})
        captured = self.meta.get("captured_on")
        if captured and not any(k.lower() == "date" for k in headers):
            try:
                day = dt.date.fromisoformat(str(captured))
            except ValueError:
                return headers
            noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
            headers["Date"] = email.utils.format_datetime(noon, usegmt=True)
        return headers

    def actual(self) -> dict[str, Any]:
        """What the current code extracts, in the shape of ``expected``."""
        return self.shaped(self.run())

    def shaped(self, result: Extraction) -> dict[str, Any]:
        """An extraction of this fixture's page in the shape of ``expected``."""
        if self.kind == "news":
            return result.records[0]
        if self.kind == "listing":
            return {"entries": result.records, "next_page": result.next_page}
        return {"entries": result.records}


def load(kind: Kind, name: str, root: Path = FIXTURES_DIR) -> Fixture:
    json_path = root / kind / f"{name}.json"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    return Fixture(kind, name, json_path.with_suffix(".html"), json_path,
                   data.get("fixture", {}), data.get("expected", {}))


def all_fixtures(root: Path = FIXTURES_DIR, kinds: tuple[Kind, ...] = KINDS) -> list[Fixture]:
    return [load(kind, p.stem, root) for kind in kinds
            for p in sorted((root / kind).glob("*.json"))]


def write(fixture: Fixture, expected: dict[str, Any]) -> bool:
    """Rewrite the fixture's expected record; True when it changed."""
    data = {"fixture": fixture.meta, "expected": expected}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    old = fixture.json_path.read_text(encoding="utf-8") if fixture.json_path.exists() else ""
    if text == old:
        return False
    fixture.json_path.write_text(text, encoding="utf-8")
    return True


def update(names: list[str] | None = None, root: Path = FIXTURES_DIR) -> list[str]:
    """Regenerate expectations from the current code; returns the changed fixtures."""
    changed = []
    for fx in all_fixtures(root):
        if names and fx.name not in names and f"{fx.kind}/{fx.name}" not in names:
            continue
        if write(fx, fx.actual()):
            changed.append(f"{fx.kind}/{fx.name}")
    return changed


def record(url: str, kind: Kind, name: str | None = None, root: Path = FIXTURES_DIR,
           timeout: float = 30.0) -> Fixture:
    """Fetch ``url`` and save it as a new fixture with its current extraction."""
    if name is None:
        name = re.sub(r"[^a-z0-9]+", "-", url.lower().split("://", 1)[-1]).strip("-")[:80]
    name = safe_name(name)
    if kind not in KINDS:     # the folder under root: never a path of the caller's choosing
        raise ValueError(f"unknown fixture kind {kind!r}: one of {', '.join(KINDS)}")
    target = inside(root, kind)
    target.mkdir(parents=True, exist_ok=True)
    html_path = target / f"{name}.html"
    if html_path.exists():
        raise FileExistsError(f"fixture {kind}/{name} already exists")
    request = urllib.request.Request(url, headers={"User-Agent": _user_agent()})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
        final_url = response.geturl()
        content_type = response.headers.get("Content-Type")
    meta: dict[str, Any] = {"url": final_url, "captured_on": dt.date.today().isoformat(),
                            "design": "recorded", "notes": f"recorded from {url}"}
    if content_type:
        meta["headers"] = {"Content-Type": content_type}
    html_path.write_bytes(body)
    fixture = Fixture(kind, name, html_path, html_path.with_suffix(".json"), meta, {})
    write(fixture, fixture.actual())
    return fixture


def _user_agent() -> str:
    from scraper.crawl import settings

    return str(settings.USER_AGENT)

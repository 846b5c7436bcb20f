"""Menu designs of hold-out set 170: a box of titled groups (title, links, title,
links) labels each group by its own title."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

Entry = tuple[str, str, list[str]]


def _menu(body: str, url: str = "https://www.osce.org/secretariat") -> list[Entry]:
    page = f"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def test_each_title_line_labels_its_own_group() -> None:
    def items(*pairs: tuple[str, str]) -> str:
        return '<div class="items">' + "".join(
            f'<div class="item"><a href="{h}">{n}</a></div>' for n, h in pairs) + "</div>"
    body = ('<nav><div class="groups">'
            '<div class="group-hd">Participating States</div>'
            + items(("Albania", "/albania"), ("Serbia", "/serbia"))
            + '<div class="group-hd">Partners</div>'
            + items(("Asian Partners", "/asian"), ("Mediterranean Partners", "/med"))
            + '<div class="group-hd"><a href="/secretariat/all">Secretariat</a></div>'
            + items(("Secretary General", "/sg"), ("Gender Section", "/gender"))
            + "</div></nav>")
    assert _menu(body) == [
        ("Albania", "/albania", ["Participating States"]),
        ("Serbia", "/serbia", ["Participating States"]),
        ("Asian Partners", "/asian", ["Partners"]),
        ("Mediterranean Partners", "/med", ["Partners"]),
        ("Secretariat", "/secretariat/all", []),
        ("Secretary General", "/sg", ["Secretariat"]),
        ("Gender Section", "/gender", ["Secretariat"])]

"""The layout tells the architecture: which package may import which (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("scraper", "spiders", "pipelines", "schema")

# the layer of a module, by its dotted name's prefix (longest first)
LAYERS = {
    "scraper.extract": "extract",
    "scraper.output": "output",
    "scraper.crawl": "crawl",
    "scraper.cli": "cli",
    "scraper.devsite": "devsite",
    "scraper.exitcodes": "base",
    "scraper": "base",
    "spiders": "scrapy",
    "pipelines": "scrapy",
    "schema": "base",
}
MAY_IMPORT = {
    "base": {"base"},
    "extract": {"base", "extract"},
    "output": {"base", "extract", "output"},
    "crawl": {"base", "extract", "output", "crawl", "scrapy"},
    "scrapy": {"base", "extract", "output", "crawl", "scrapy"},
    "cli": {"base", "extract", "output", "crawl", "scrapy", "cli", "devsite"},
    "devsite": {"base", "extract", "output", "crawl", "scrapy", "cli", "devsite"},
}


def layer(module: str) -> str | None:
    for prefix in sorted(LAYERS, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return LAYERS[prefix]
    return None


def modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def imports(path: Path) -> list[tuple[str, int, bool]]:
    """(module, line, at top level) of every project import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    out = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            if layer(name) is not None:
                out.append((name, node.lineno, id(node) in top))
    return out


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_imports_follow_the_layers(path: Path) -> None:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    mine = layer(name)
    assert mine is not None
    wrong = [(module, line) for module, line, _ in imports(path)
             if layer(module) not in MAY_IMPORT[mine]]
    assert wrong == [], f"{name} ({mine}) may not import these"


def test_extraction_knows_nothing_of_scrapy() -> None:
    for path in (ROOT / "scraper" / "extract").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import scrapy" not in text
        assert "from scrapy" not in text, path


def test_the_cli_imports_the_dev_site_only_inside_functions() -> None:
    """The Scrapyd egg has no scraper.devsite: the CLI must load without it."""
    for path in (ROOT / "scraper" / "cli").rglob("*.py"):
        assert [m for m, _, top in imports(path) if top and m.startswith("scraper.devsite")] \
            == [], path


def test_spiders_holds_spiders_and_pipelines_holds_pipelines() -> None:
    for path in (ROOT / "spiders").glob("*.py"):
        if path.name != "__init__.py":
            assert "Spider" in path.read_text(encoding="utf-8"), path
    for path in (ROOT / "pipelines").glob("*.py"):
        if path.name != "__init__.py":
            assert "Pipeline:" in path.read_text(encoding="utf-8") or \
                "Pipeline(" in path.read_text(encoding="utf-8"), path

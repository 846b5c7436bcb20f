"""The JSON Schema files agree with scraper/items.py, accept good records, say why bad ones fail."""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from scraper.devsite.fixtures import all_fixtures
from scraper.extract.identities import field_of_work_ids
from scraper.extract.items import NEWS_OPTIONAL_FIELDS, NavigationItem, NewsItem
from scraper.extract.normalize import normalize_navigation, normalize_news
from scraper.output.export import resolve as _resolve
from scraper.output.schema import KINDS, SCHEMA_DIR, SCHEMA_FILES, check, load_schema

CLASSES = {"news": NewsItem, "navigation": NavigationItem}
OPTIONAL = {"news": NEWS_OPTIONAL_FIELDS, "navigation": []}
FIXTURES = all_fixtures()
DOCS = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("type", [])
    return {value} if isinstance(value, str) else set(value)


def _agrees(schema: dict[str, Any], node: dict[str, Any], hint: Any, where: str) -> None:
    """Assert that the schema node accepts what the type annotation ``hint`` describes."""
    node = _resolve(schema, node)
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        inner = [a for a in args if a is not type(None)]
        assert type(None) in args, where
        assert len(inner) == 1, where
        assert "null" in _types(node), f"{where}: nullable in items.py, not in the schema"
        _agrees(schema, {**node, "type": sorted(_types(node) - {"null"})}, inner[0], where)
        return
    assert "null" not in _types(node), f"{where}: nullable in the schema, not in items.py"
    if hint is str:
        assert _types(node) == {"string"}, where
    elif typing.get_origin(hint) is list:
        assert _types(node) == {"array"}, where
        _agrees(schema, node["items"], args[0], f"{where}[]")
    elif typing.get_origin(hint) is dict:
        assert _types(node) == {"object"}, where
        assert args[0] is str
        _agrees(schema, node["additionalProperties"], args[1], f"{where}{{}}")
    elif dataclasses.is_dataclass(hint):
        assert _types(node) == {"object"}, where
        _agrees_with_class(schema, node, hint, where)
    else:  # pragma: no cover - a new annotation type needs a rule here
        pytest.fail(f"{where}: no rule for {hint!r}")


def _agrees_with_class(schema: dict[str, Any], node: dict[str, Any], cls: Any,
                       where: str) -> None:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    assert list(node["properties"]) == names, f"{where}: properties not in items.py order"
    assert node.get("additionalProperties") is False, f"{where}: must refuse unknown keys"
    no_default = [f.name for f in dataclasses.fields(cls)
                  if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    assert set(no_default) <= set(node.get("required", [])), where
    assert set(node.get("required", [])) <= set(names), where
    for name in names:
        _agrees(schema, node["properties"][name], hints[name], f"{where}.{name}")


@pytest.mark.parametrize("kind", list(KINDS))
def test_schema_file_is_a_valid_2020_12_schema(kind: str) -> None:
    schema = load_schema(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("kind", list(KINDS))
def test_schema_agrees_with_the_item_class(kind: str) -> None:
    schema = load_schema(kind)
    _agrees_with_class(schema, schema, CLASSES[kind], kind)
    # the keys every record has, then those only an option adds (body_html)
    assert KINDS[kind] + OPTIONAL[kind] == list(schema["properties"])


def test_every_schema_file_is_used() -> None:
    shipped = [p.name for p in SCHEMA_DIR.iterdir() if p.name.endswith(".schema.json")]
    assert sorted(shipped) == sorted(SCHEMA_FILES.values())


def test_news_record_keys_are_all_required_and_the_normalizer_gives_them_all() -> None:
    schema = load_schema("news")
    assert schema["required"] == KINDS["news"]
    record, _ = normalize_news({"url": "https://www.osce.org/node/12"})
    assert list(record) == KINDS["news"]


def test_field_of_work_ids_are_the_identity_table_slugs() -> None:
    item = load_schema("news")["properties"]["fields_of_work"]["items"]
    assert item["properties"]["id"]["enum"] == [*field_of_work_ids(), None]


def test_provenance_keys_are_field_names() -> None:
    names = load_schema("news")["properties"]["provenance"]["propertyNames"]["enum"]
    assert names == [k for k in KINDS["news"] if k != "provenance"]


@pytest.mark.parametrize("fx", [f for f in FIXTURES if f.kind == "news"],
                         ids=lambda f: f.name)
def test_expected_news_record_is_valid(fx: Any) -> None:
    assert check(fx.expected, "news") == []


@pytest.mark.parametrize("fx", [f for f in FIXTURES if f.kind == "navigation"],
                         ids=lambda f: f.name)
def test_expected_navigation_entries_are_valid(fx: Any) -> None:
    for entry in fx.expected["entries"]:
        record = {**entry, "source_url": fx.meta["url"]}
        assert check(record, "navigation") == [], entry
        assert check(normalize_navigation(record)[0], "navigation") == []


GOOD = next(f for f in FIXTURES if f.name == "cur-helsinki-climate-security").expected


def _with(**changes: Any) -> dict[str, Any]:
    record = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is _MISSING:
            del record[key]
        else:
            record[key] = value
    return record


_MISSING = object()

INVALID = [
    # (what is wrong, record, the reason key every rejected record of this sort carries)
    ("impossible date", _with(issued_on="2021-02-30"), "issued_on: format"),
    ("date as displayed", _with(issued_on="17 January 2025"), "issued_on: pattern"),
    ("Arabic-Indic digits", _with(issued_on="٢٠٢١-٠١-٠١"), "issued_on: pattern"),
    ("no URL", _with(url=None), "url: type"),
    ("relative URL", _with(url="/secretariat/1"), "url: pattern"),
    ("not a web URL", _with(url="javascript:alert(1)"), "url: pattern"),
    ("node id with letters", _with(node_id="node-12"), "node_id: pattern"),
    ("node id as number", _with(node_id=12), "node_id: type"),
    ("three-letter language", _with(language="eng"), "language: pattern"),
    ("language in capitals", _with(language="EN"), "language: pattern"),
    ("title missing", _with(title=_MISSING), "title: required"),
    ("empty title", _with(title=""), "title: pattern"),
    ("untrimmed title", _with(title=" Title "), "title: pattern"),
    ("title on two lines", _with(title="Two\nlines"), "title: pattern"),
    ("issuers as one string", _with(issued_by="A, B"), "issued_by: type"),
    ("repeated issuer", _with(issued_by=["A", "A"]), "issued_by: uniqueItems"),
    ("unknown field id", _with(fields_of_work=[{"label": "Piracy", "id": "piracy"}]),
     "fields_of_work: enum"),
    ("field of work as text", _with(fields_of_work=["Youth"]), "fields_of_work: type"),
    ("issuer id not a slug", _with(issued_by_ids=["OSCE Secretariat"]), "issued_by_ids: pattern"),
    ("fetch time without zone", _with(fetched_at="2026-01-02T03:04:05"), "fetched_at: pattern"),
    ("content hash not hex", _with(content_hash="abc"), "content_hash: pattern"),
    ("empty body", _with(body=""), "body: pattern"),
    ("dateline without date key", _with(dateline={"place": "VIENNA"}), "dateline: required"),
    ("dateline as text", _with(dateline="VIENNA, 1 May"), "dateline: type"),
    ("relative attachment", _with(attachments=[{"url": "/a.pdf", "title": None}]),
     "attachments: pattern"),
    ("translation to a relative URL", _with(translations={"ru": "/ru/x/1"}),
     "translations: pattern"),
    ("provenance of no field", _with(provenance={"colour": "h1"}), "provenance: enum"),
    ("unknown key", _with(author="X"), "(record): additionalProperties"),
]


@pytest.mark.parametrize(("record", "key"), [pytest.param(r, k, id=i) for i, r, k in INVALID])
def test_invalid_record_is_refused_with_its_reason(record: dict[str, Any], key: str) -> None:
    reasons = check(record, "news")
    assert key in [r.key for r in reasons], reasons
    assert all(r.message for r in reasons)


def test_every_reason_is_given_not_only_the_first() -> None:
    reasons = check(_with(url="x", issued_on="2021-13-01", language="eng", title=_MISSING),
                    "news")
    assert [r.key for r in reasons] == ["url: pattern", "language: pattern",
                                        "title: required", "issued_on: format"]
    assert str(reasons[0]).startswith("url (pattern): ")


def test_a_nested_reason_names_its_place() -> None:
    record = _with(attachments=[{"url": "https://www.osce.org/a.pdf", "title": None},
                                {"url": "https://www.osce.org/b.pdf", "title": ""}])
    (reason,) = check(record, "news")
    assert reason.field == "attachments/1/title"
    assert reason.key == "attachments: pattern"


def test_navigation_record_without_source_url_is_valid_and_with_bad_one_is_not() -> None:
    record = {"name": "Arms control", "url": "https://www.osce.org/arms-control", "path": []}
    assert check(record, "navigation") == []
    assert [r.key for r in check({**record, "source_url": "osce.org"}, "navigation")] == [
        "source_url: pattern"]
    assert [r.key for r in check({"url": record["url"], "path": []}, "navigation")] == [
        "name: required"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_docs_table_lists_every_field(kind: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in KINDS[kind]:
        assert f"| `{name}` |" in text, f"docs/schema.md has no row for {kind}.{name}"


"""The published schema (``schema/*.schema.json``): record kinds, keys and validation.

The files are the form data teams read; ``scraper.extract.items`` is the form the code
reads; ``tests/test_schema.py`` keeps the two in agreement.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from scraper.extract.items import NAVIGATION_FIELDS, NEWS_FIELDS

# schema/ is a package so that installed copies (wheels, Scrapyd eggs) carry the files.
# Read through importlib.resources, never as a path: Scrapyd runs the project from a
# zipped egg, where schema/ is no directory.
SCHEMA_DIR: Traversable = resources.files("schema")
SCHEMA_FILES = {"news": "news-item.schema.json", "navigation": "navigation-item.schema.json"}
# record kind -> its keys in schema (and output) order
KINDS: dict[str, list[str]] = {"news": NEWS_FIELDS, "navigation": NAVIGATION_FIELDS}

_MESSAGE_MAX = 240
_REQUIRED = re.compile(r"^'(.+)' is a required property$")


@dataclass(frozen=True)
class Reason:
    """Why a record is invalid: where, which rule of the schema, and the message."""

    field: str       # JSON pointer-like path ("issued_on", "attachments/0/url"), or "(record)"
    rule: str        # the JSON Schema keyword that failed: type, pattern, required, …
    message: str

    @property
    def key(self) -> str:
        """The counting key: top-level field and rule (``"issued_on: format"``)."""
        return f"{self.field.split('/', 1)[0]}: {self.rule}"

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "rule": self.rule, "message": self.message}

    def __str__(self) -> str:
        return f"{self.field} ({self.rule}): {self.message}"


@cache
def load_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a record kind, as shipped in ``schema/``."""
    text = SCHEMA_DIR.joinpath(SCHEMA_FILES[kind]).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(kind: str) -> Draft202012Validator:
    schema = load_schema(kind)
    Draft202012Validator.check_schema(schema)
    # formats are assertions here: "date" rejects 2021-02-30 (the pattern alone would not).
    # Only "date": jsonschema checks "uri" only when rfc3987 happens to be installed
    # (Spidermon's jsonschema[format] brings it), and a record's validity must not depend
    # on that; the URL fields' pattern is their rule.
    checker = FormatChecker(formats=["date"])
    return Draft202012Validator(schema, format_checker=checker)


def _reason(error: ValidationError) -> Reason:
    path = "/".join(str(p) for p in error.absolute_path)
    if error.validator == "required" and not path:
        m = _REQUIRED.match(error.message)
        path = m[1] if m else ""
    message = error.message
    if error.validator == "enum":   # not the whole list of allowed values, on every line
        allowed = len(error.validator_value)
        message = f"{error.instance!r} is not one of the {allowed} allowed values"
    if len(message) > _MESSAGE_MAX:
        message = message[:_MESSAGE_MAX - 1] + "…"
    return Reason(path or "(record)", str(error.validator), message)


def check(record: Any, kind: str) -> list[Reason]:
    """Every way ``record`` breaks the schema of ``kind``; empty when valid."""
    reasons = [_reason(e) for e in _validator(kind).iter_errors(record)]
    order = {name: i for i, name in enumerate(KINDS[kind])}
    reasons.sort(key=lambda r: (order.get(r.field.split("/", 1)[0], len(order)), r.field, r.rule))
    return reasons


def kind_of(record: dict[str, Any]) -> str:
    """``news`` or ``navigation``, told by the record's keys."""
    return "navigation" if "path" in record and "node_id" not in record else "news"


def record_key(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """What makes a record the same record: canonical URL and language.

    The same node in another language is a translation, not a duplicate.
    """
    url, language = record.get("url"), record.get("language")
    return (url if isinstance(url, str) else None,
            language if isinstance(language, str) else None)


def filled(value: Any) -> bool:
    """A value that says something (not null, not an empty string, list or object)."""
    return value not in (None, "", [], {})

"""Raw records to the values the crawl writes: one function per record type.

The first item pipeline and every command call these same functions.  Each returns
the normalised record and the list of problems it noticed (counted by the crawl).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any

from scraper.extract import urls
from scraper.extract.blocks import BLOCK_TYPES
from scraper.extract.dates import parse_date, with_year
from scraper.extract.items import LISTING_FIELDS, NAVIGATION_FIELDS, NEWS_FIELDS, ordered
from scraper.extract.pages.fields import RawRecord
from scraper.extract.text import clean, clean_block, fold, split_values, unique
from scraper.extract.vocabulary import FIELDS_OF_WORK


@lru_cache(maxsize=1)
def _fields_of_work_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for slug, names in FIELDS_OF_WORK.items():
        index[fold(slug.replace("-", " "))] = slug
        for variants in names.values():
            for name in variants:
                index.setdefault(_fow_key(name), slug)
    return index


def _fow_key(name: str) -> str:
    return " ".join(fold(name).replace("/", " ").replace("-", " ").split())


def field_of_work_id(name: str) -> str | None:
    """``"Управление границами"`` → ``"border-management"``; unknown → None."""
    return _fields_of_work_index().get(_fow_key(name))


def _text(value: Any) -> str | None:
    return clean(value) or None if isinstance(value, str) else None


def _list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = split_values(value)
    if not isinstance(value, list):
        return []
    return unique([clean(v) for v in value if isinstance(v, str) and clean(v)])


def _body(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    units = [clean_block(u) for u in value.split("\n\n")]
    return "\n\n".join(u for u in units if u) or None


def _body_blocks(value: Any) -> list[dict[str, str]]:
    """``[{"type", "text"}]`` with known types and text cleaned like the body's."""
    out = []
    for block in value if isinstance(value, list) else []:
        if not isinstance(block, dict) or block.get("type") not in BLOCK_TYPES:
            continue
        text = clean_block(block.get("text")) if isinstance(block.get("text"), str) else ""
        if text:
            out.append({"type": block["type"], "text": text})
    return out


def _url(value: Any) -> str | None:
    """A URL in canonical form; None for what cannot be one.  A relative URL stays as
    found, so the schema rejects the record with the value in plain sight."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return urls.canonical(value)
    except ValueError:
        return None


def _issued_on(raw: dict[str, Any], language: str | None, problems: list[str]) -> str | None:
    """The publication date as ISO; a value that is no date is reported, never guessed."""
    value = raw.get("issued_on")
    issued = parse_date(value, language) if isinstance(value, str) else None
    if value and not issued:
        problems.append(f"issued_on: {value!r} is not a date")
    return issued


def normalize_news(found: RawRecord | dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A news page's raw record (or a plain mapping of raw values) as written."""
    if isinstance(found, RawRecord):
        raw, provenance, problems = found.values, dict(found.provenance), list(found.warnings)
    else:
        raw, provenance, problems = found, dict(found.get("provenance") or {}), []
    language = _text(raw.get("language"))
    language = language.lower() if language else None
    record: dict[str, Any] = {
        "url": _url(raw.get("url")),
        "node_id": _text(raw.get("node_id")),
        "language": language,
        "content_type": _text(raw.get("content_type")),
        "title": _text(raw.get("title")),
        "summary": _text(raw.get("summary")),
    }
    issued = record["issued_on"] = _issued_on(raw, language, problems)
    record["issued_by"] = _list(raw.get("issued_by"))
    fow = _list(raw.get("fields_of_work"))
    record["fields_of_work"] = fow
    ids = []
    for name in fow:
        slug = field_of_work_id(name)
        if slug is None:
            problems.append(f"fields_of_work: unknown field of work {name!r}")
        elif slug not in ids:
            ids.append(slug)
    record["fields_of_work_ids"] = ids
    record["body"] = _body(raw.get("body"))
    record["body_blocks"] = _body_blocks(raw.get("body_blocks"))
    record["dateline"] = _dateline(raw.get("dateline"), issued, language)
    record["attachments"] = _attachments(raw.get("attachments"))
    record["translations"] = {
        k.lower(): u for k, v in (raw.get("translations") or {}).items()
        if isinstance(k, str) and (u := _url(v))
    }
    record["provenance"] = {k: v for k, v in provenance.items()
                            if record.get(k) not in (None, "", [], {})}
    if "body_html" in raw:    # asked for (-s BODY_HTML=1); otherwise no key at all
        html = raw["body_html"]
        record["body_html"] = unicodedata.normalize("NFC", html.strip()) or None \
            if isinstance(html, str) else None
    return ordered(record, NEWS_FIELDS), problems


def _dateline(value: Any, issued: str | None, language: str | None) -> dict[str, Any] | None:
    if not isinstance(value, dict) or not _text(value.get("place")):
        return None
    text = value.get("date") or ""
    date = parse_date(text, language) if text else None
    if text and date is None:
        year = dt.date.fromisoformat(issued).year if issued else None
        date = with_year(text, year, language)
    return {"place": clean(value["place"]), "date": date}


def _attachments(value: Any) -> list[dict[str, Any]]:
    out, seen = [], set()
    for item in value or []:
        if not isinstance(item, dict):
            continue
        url = _url(item.get("url"))
        if url and url not in seen:
            seen.add(url)
            out.append({"url": url, "title": _text(item.get("title"))})
    return out


def normalize_listing_entry(raw: dict[str, Any], language: str | None
                            ) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    record = {
        "url": _url(raw.get("url")),
        "title": _text(raw.get("title")),
        "issued_on": _issued_on(raw, language, problems),
        "content_type": _text(raw.get("content_type")),
        "issued_by": _list(raw.get("issued_by")),
        "fields_of_work": _list(raw.get("fields_of_work")),
        "summary": _text(raw.get("summary")),
    }
    return ordered(record, LISTING_FIELDS), problems


def normalize_navigation(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    record = {
        "name": _text(raw.get("name")),
        "url": _url(raw.get("url")),
        "path": [clean(p) for p in raw.get("path") or [] if clean(p)],
    }
    if raw.get("source_url"):
        record["source_url"] = _url(raw.get("source_url"))
    return ordered(record, NAVIGATION_FIELDS), []

"""Raw records to the values the crawl writes: one function per record type.

The first item pipeline and every command call these same functions.  Each returns
the normalised record and the list of problems it noticed (counted by the crawl).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from typing import Any

from scraper.extract import identities, urls
from scraper.extract.blocks import BLOCK_TYPES
from scraper.extract.dates import parse_date, with_year
from scraper.extract.items import (
    ARCHIVE_FIELDS,
    LISTING_FIELDS,
    NAVIGATION_FIELDS,
    NEWS_FIELDS,
    ordered,
)
from scraper.extract.pages.fields import RawRecord
from scraper.extract.text import clean, clean_block, split_values, unique

# the fields that say what the page shows; the content hash covers these and nothing
# derived from them (ids, provenance) or from the fetch (time, run), so the same page
# content gives the same hash whenever and however often it is fetched
HASHED_FIELDS = ("url", "language", "content_type", "title", "summary", "issued_on",
                 "issued_by", "fields_of_work", "body", "dateline", "attachments",
                 "translations")


def content_hash(record: dict[str, Any]) -> str:
    """SHA-256 (hex) of the record's displayed content: :data:`HASHED_FIELDS`, with
    fields of work as their labels."""
    content = {k: record.get(k) for k in HASHED_FIELDS}
    content["fields_of_work"] = [f["label"] if isinstance(f, dict) else f
                                 for f in content["fields_of_work"] or []]
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def translation_key(node_id: str | None, translations: dict[str, str]) -> str | None:
    """One value for every language version of a story: the smallest node id among the
    page's own and its hreflang alternates'.

    The site gives a story's translations the node id of the original
    (``/ru/secretariat/499851``), and where versions are separate nodes each lists the
    same alternates, so every version arrives at the same key.  None when neither the
    page nor its alternates give a node id.
    """
    found = [int(node_id)] if node_id and node_id.isdigit() else []
    found += [int(n) for u in translations.values() if (n := urls.node_id(u))]
    return str(min(found)) if found else None


def _issuers(names: list[str], problems: list[str]) -> list[str | None]:
    """The structure id of each issuer, aligned with ``issued_by`` (None: not in the table)."""
    found = [identities.structure_id(n) for n in names]
    problems.extend(f"issued_by: unknown structure {n!r}" for n, i in zip(names, found, strict=True)
                    if i is None)
    return found


def _fields_of_work(names: list[str], problems: list[str]) -> list[dict[str, str | None]]:
    pairs = [{"label": n, "id": identities.field_of_work_id(n)} for n in names]
    problems.extend(f"fields_of_work: unknown field of work {p['label']!r}" for p in pairs
                    if p["id"] is None)
    return pairs


def _content_type_id(label: str | None, problems: list[str]) -> str | None:
    found = identities.content_type_id(label)
    if label and found is None:
        problems.append(f"content_type: unknown content type {label!r}")
    return found


def utc_now() -> str:
    """Now, UTC, ISO 8601 to the second with ``Z`` (the form of ``fetched_at``)."""
    return utc_iso(dt.datetime.now(dt.UTC))


def utc_iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


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


def normalize_news(found: RawRecord | dict[str, Any], fetched_at: str | None = None,
                   run_id: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """A news page's raw record (or a plain mapping of raw values) as written.

    ``fetched_at`` and ``run_id`` come from the crawl; a saved page has neither.
    """
    if isinstance(found, RawRecord):
        raw, provenance, problems = found.values, dict(found.provenance), list(found.warnings)
    else:
        raw, provenance, problems = found, dict(found.get("provenance") or {}), []
    language = _text(raw.get("language"))
    language = language.lower() if language else None
    content_type = _text(raw.get("content_type"))
    record: dict[str, Any] = {
        "url": _url(raw.get("url")),
        "node_id": _text(raw.get("node_id")),
        "language": language,
        "content_type": content_type,
        "content_type_id": _content_type_id(content_type, problems),
        "title": _text(raw.get("title")),
        "summary": _text(raw.get("summary")),
    }
    issued = record["issued_on"] = _issued_on(raw, language, problems)
    record["issued_by"] = _list(raw.get("issued_by"))
    record["issued_by_ids"] = _issuers(record["issued_by"], problems)
    record["fields_of_work"] = _fields_of_work(_list(raw.get("fields_of_work")), problems)
    record["body"] = _body(raw.get("body"))
    record["body_blocks"] = _body_blocks(raw.get("body_blocks"))
    record["dateline"] = _dateline(raw.get("dateline"), issued, language)
    record["attachments"] = _attachments(raw.get("attachments"))
    record["translations"] = {
        k.lower(): u for k, v in (raw.get("translations") or {}).items()
        if isinstance(k, str) and (u := _url(v))
    }
    record["translation_key"] = translation_key(record["node_id"], record["translations"])
    record["provenance"] = {k: v for k, v in provenance.items()
                            if record.get(k) not in (None, "", [], {})}
    record["fetched_at"] = fetched_at
    record["run_id"] = run_id
    record["content_hash"] = content_hash(record)
    for key in ARCHIVE_FIELDS:   # a page read from a web archive; otherwise no key at all
        if key in raw:
            record[key] = _text(raw[key])
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

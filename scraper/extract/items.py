"""The records osce-scraper writes, defined once.

The JSON Schema files in ``schema/`` are the published form of these classes;
``tests/test_schema.py`` keeps the two in agreement.  Field order here is the key
order of every written JSON line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal


@dataclass
class Dateline:
    place: str
    date: str | None = None


@dataclass
class BodyBlock:
    # paragraph | heading | list-item | quote | table-row | preformatted
    # (scraper.extract.blocks.BLOCK_TYPES)
    type: str
    text: str


@dataclass
class Attachment:
    url: str
    title: str | None = None


@dataclass
class NewsItem:
    url: str
    node_id: str | None = None
    language: str | None = None
    content_type: str | None = None
    title: str | None = None
    summary: str | None = None
    issued_on: str | None = None
    issued_by: list[str] = field(default_factory=list)
    fields_of_work: list[str] = field(default_factory=list)
    fields_of_work_ids: list[str] = field(default_factory=list)
    body: str | None = None
    body_blocks: list[BodyBlock] = field(default_factory=list)
    dateline: Dateline | None = None
    attachments: list[Attachment] = field(default_factory=list)
    translations: dict[str, str] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    # only with -s BODY_HTML=1, and then last: the body region's HTML, sanitized
    body_html: str | None = None


@dataclass
class ListingEntry:
    url: str
    title: str | None = None
    issued_on: str | None = None
    content_type: str | None = None
    issued_by: list[str] = field(default_factory=list)
    fields_of_work: list[str] = field(default_factory=list)
    summary: str | None = None


@dataclass
class NavigationItem:
    name: str
    url: str
    path: list[str] = field(default_factory=list)
    source_url: str | None = None


def field_names(cls: type) -> list[str]:
    """The record's keys, in schema (and output) order."""
    return [f.name for f in fields(cls)]


# keys a news record has only when an option asks for them (and then after the others)
NEWS_OPTIONAL_FIELDS = ["body_html"]
# the keys every news record has, in order
NEWS_FIELDS = [f for f in field_names(NewsItem) if f not in NEWS_OPTIONAL_FIELDS]
NAVIGATION_FIELDS = field_names(NavigationItem)
LISTING_FIELDS = field_names(ListingEntry)


def ordered(record: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """Return ``record`` with its keys in schema order (unknown keys last)."""
    out = {k: record[k] for k in keys if k in record}
    out.update({k: v for k, v in record.items() if k not in out})
    return out


RecordKind = Literal["news", "navigation"]


@dataclass
class PageRecord:
    """What a spider hands to the item pipelines: one record and what the crawl knows of it.

    ``raw`` is the page object's record as found; the first pipeline (normalize) fills
    ``record`` with the values as written, and every later pipeline works on that.  The
    last one passes on ``record`` alone, so Scrapy's feed exports (``-o``/``-O``) write
    exactly the published record, never these crawl-side fields.
    """

    kind: RecordKind
    raw: Any                             # RawRecord from the page object
    fetched_url: str | None = None       # the response's address (after redirects)
    requested_url: str | None = None     # the address the crawl asked for
    record: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

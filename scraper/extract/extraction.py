"""The one extraction path: bytes + URL → Document → page object → normalised records.

Used by the command line, the fixture tests and the WARC re-extraction; spiders use
the page objects directly and the normalising pipeline does the last step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from scraper.extract.document import Document
from scraper.extract.normalize import normalize_listing_entry, normalize_navigation, normalize_news
from scraper.extract.pages import ListingPage, NavigationPage, NewsPage

Kind = Literal["news", "listing", "navigation"]
KINDS: tuple[Kind, ...] = ("news", "listing", "navigation")


@dataclass
class Extraction:
    records: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)
    next_page: str | None = None


def extract_document(doc: Document, kind: Kind) -> Extraction:
    if kind == "news":
        found = doc.page(NewsPage).to_item()
        if doc.capture is not None:
            found.values.update(doc.capture.fields())
        record, problems = normalize_news(found)
        return Extraction([record], problems)
    if kind == "listing":
        page = doc.page(ListingPage)
        records, problems = [], []
        for raw in page.entries():
            rec, probs = normalize_listing_entry(raw, page.language)
            records.append(rec)
            problems.extend(probs)
        nxt = page.next_page
        return Extraction(records, problems, nxt.value if nxt else None)
    nav = doc.page(NavigationPage)
    return Extraction([normalize_navigation(raw)[0] for raw in nav.entries()])


def extract(body: bytes, url: str, kind: Kind = "news",
            headers: Mapping[str, Any] | None = None) -> Extraction:
    """Raises :class:`scraper.extract.document.NotHTML` for bytes that are not a page."""
    return extract_document(Document.from_bytes(body, url, headers), kind)

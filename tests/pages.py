"""Small pages written in a test, read as a reader of the extractor would: the menu
entries of a page body, shortened to what a test compares, or a news page's record."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scraper.extract.extraction import extract

# (name, URL without the site's host, path)
Entry = tuple[str, str, list[str]]


def menu_entries(body: str, url: str = "https://www.osce.org/secretariat",
                 main: str = "") -> list[Entry]:
    """The navigation records of a page whose ``<body>`` is ``body`` (and ``main``, the
    page's own content, after it), URLs without the scheme and host of ``url``."""
    page = (f"<!DOCTYPE html><html lang='en'><head><title>t</title></head>"
            f"<body>{body}{main}</body></html>")
    records = extract(page.encode(), url, "navigation").records
    parts = urlsplit(url)
    host = f"{parts.scheme}://{parts.netloc}"
    return [(r["name"], r["url"].removeprefix(host), r["path"]) for r in records]


def menu_records(body: str, url: str = "https://www.osce.org/") -> list[dict[str, Any]]:
    """The navigation records of a page whose ``<body>`` is ``body``, whole URLs."""
    page = (f"<html lang='en'><head><title>X</title></head>"
            f"<body>{body}</body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def news_record(body: str, url: str, lang: str = "en") -> dict[str, Any]:
    """The news record of a page in ``lang`` whose ``<body>`` is ``body``."""
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "news").records[0]

"""Small pages written in a test, read as a reader of the extractor would: the menu
entries of a page body, shortened to what a test compares."""

from __future__ import annotations

from scraper.extract.extraction import extract

# (name, URL without the site's host, path)
Entry = tuple[str, str, list[str]]


def menu_entries(body: str, url: str = "https://www.osce.org/secretariat") -> list[Entry]:
    """The navigation records of a page whose ``<body>`` is ``body``."""
    page = f"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]

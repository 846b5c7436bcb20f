"""The history spider's arguments and the pieces of a capture it reads (no Scrapy).

``scrapy crawl history -a source=wayback|commoncrawl -a since=… -a until=…
[-a captures=all] [-a languages=ru,de] [-a archive=URL] [-a crawls=CC-MAIN-2024-10,…]``
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from scraper.crawl.args import ArgumentError, _choice, _date, _int, _languages
from scraper.crawl.cdx import Query, site_queries
from scraper.extract.vocabulary import LANGUAGES

SOURCES = ("wayback", "commoncrawl")
CAPTURES = ("latest", "all")
WAYBACK = "https://web.archive.org"
COMMONCRAWL_INDEX = "https://index.commoncrawl.org"
# where Common Crawl's WARC files are served over HTTPS (the index names them by path)
COMMONCRAWL_DATA = "https://data.commoncrawl.org"
# Seconds between two requests to an archive, one at a time.  The Wayback Machine does
# not publish its limits; the last reported one for its CDX API is 24 requests a minute
# (2.5 s), with an IP blocked for an hour when its 429s are ignored: 3 s keeps a margin,
# for its replay too.  Common Crawl's own client, cdx_toolkit, waits 1 s between index
# requests (0.55 s for its WARC files).
POLITE_DELAY = {"wayback": 3.0, "commoncrawl": 1.0}
# rows a CDX answer holds at most (the Wayback CDX server's own cap is far above)
CDX_BATCH = 5000


def _origin(name: str, value: str | None, default: str) -> str:
    if not value:
        return default
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ArgumentError(f"{name}: {value!r} is not an http(s) URL")
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True)
class HistoryArgs:
    source: str = "wayback"
    since: dt.date | None = None
    until: dt.date | None = None
    captures: str = "latest"
    languages: list[str] = field(default_factory=lambda: list(LANGUAGES))
    archive: str = WAYBACK                # the Wayback Machine (or a replay of it)
    index: str = COMMONCRAWL_INDEX        # Common Crawl's index server
    data: str = COMMONCRAWL_DATA          # and where its WARC files are
    crawls: list[str] = field(default_factory=list)   # Common Crawl crawls; none: by date
    max_captures: int | None = None
    mode: str = "full"                    # for the crawl state's run table

    @classmethod
    def parse(cls, **kwargs: Any) -> HistoryArgs:
        known = {"source", "since", "until", "captures", "languages", "archive", "index",
                 "data", "crawls", "max_captures"}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise ArgumentError(f"unknown argument(s): {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(known))}")
        since = _date("since", kwargs.get("since"))
        until = _date("until", kwargs.get("until"))
        if since and until and since > until:
            raise ArgumentError(f"since ({since}) is after until ({until})")
        crawls = [c.strip() for c in (kwargs.get("crawls") or "").split(",") if c.strip()]
        bad = [c for c in crawls if not c.startswith("CC-MAIN-")]
        if bad:
            raise ArgumentError(f"crawls: {', '.join(bad)} are not Common Crawl crawl ids "
                                "(CC-MAIN-YYYY-WW)")
        return cls(
            source=_choice("source", kwargs.get("source"), SOURCES, "wayback"),
            since=since, until=until,
            captures=_choice("captures", kwargs.get("captures"), CAPTURES, "latest"),
            languages=_languages(kwargs.get("languages")) or list(LANGUAGES),
            archive=_origin("archive", kwargs.get("archive"), WAYBACK),
            index=_origin("index", kwargs.get("index"), COMMONCRAWL_INDEX),
            data=_origin("data", kwargs.get("data"), COMMONCRAWL_DATA),
            crawls=crawls,
            max_captures=_int("max_captures", kwargs.get("max_captures"), 1),
        )

    @property
    def every(self) -> bool:
        return self.captures == "all"

    @property
    def start_urls(self) -> list[str]:
        """The services the crawl talks to (the preflight check tries each)."""
        if self.source == "wayback":
            return [self.archive]
        return [self.index, self.data]

    @property
    def hosts(self) -> list[str]:
        return sorted({(urlsplit(u).hostname or "").lower() for u in self.start_urls})

    @property
    def queries(self) -> list[Query]:
        return site_queries(self.languages)

    @property
    def since_day(self) -> str | None:
        return self.since.isoformat() if self.since else None

    @property
    def until_day(self) -> str | None:
        return self.until.isoformat() if self.until else None


@dataclass(frozen=True)
class WarcPage:
    """The HTTP response a WARC ``response`` record holds."""

    target: str
    status: int
    headers: dict[str, str]
    body: bytes


def read_warc_record(data: bytes) -> WarcPage:
    """The first response record of ``data`` (one gzip member, as Common Crawl's byte
    ranges are); ValueError when there is none."""
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        status = int(record.http_headers.get_statuscode() or 0)
        headers = dict(record.http_headers.headers)
        return WarcPage(record.rec_headers.get_header("WARC-Target-URI") or "", status,
                        headers, record.content_stream().read())
    raise ValueError("no WARC response record in the range")

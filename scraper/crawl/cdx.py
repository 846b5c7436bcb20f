"""The archives' capture indexes (CDX): queries, answers, and which captures to fetch.

Pure functions, no Scrapy and no network: the history spider makes the requests.

- Wayback Machine: ``https://web.archive.org/cdx/search/cdx`` (JSON output: a header
  row, then one row per capture; with ``showResumeKey=true`` and a ``limit``, an empty
  row and a row holding the key to ask for the next batch).
- Common Crawl: ``https://index.commoncrawl.org/<crawl>-index`` (one JSON object a
  line; ``showNumPages=true`` says how many pages an answer has).  A capture is a WARC
  record inside ``filename``, ``length`` bytes from ``offset``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from scraper.crawl.state import node_key
from scraper.extract.archive import timestamp_iso
from scraper.extract.urls import node_id
from scraper.extract.vocabulary import LANGUAGES

SITE = "osce.org"
# news items are the addresses urls.node_id reads a node from (/secretariat/499851,
# /ru/odihr/12345, /node/N, /it/odihr/498127/title-words) on the site's own host
_SITE_HOST = re.compile(r"^https?://(?:www\.)?osce\.org/", re.I)
_WAYBACK_FIELDS = "urlkey,timestamp,original,mimetype,statuscode,digest,length"
_CC_CRAWL = re.compile(r"^CC-MAIN-(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Capture:
    """One row of a capture index."""

    urlkey: str             # the address in SURT form: one key for http/https, www or not
    timestamp: str          # 14 digits, UTC
    original: str           # the address as captured
    mimetype: str
    status: int | None      # None: the index has no status ("-", a revisit record)
    digest: str
    filename: str | None = None    # Common Crawl: the WARC file holding the record
    offset: int | None = None
    length: int | None = None

    @property
    def archived_at(self) -> str | None:
        return timestamp_iso(self.timestamp)


@dataclass(frozen=True)
class Query:
    """One prefix of the site to ask an index about (a language's part of it)."""

    language: str
    prefix: str                    # "osce.org/ru/"
    exclude: str | None = None     # a regex of originals to leave out (other languages)


def site_queries(languages: Iterable[str] = LANGUAGES) -> list[Query]:
    """The site's news under every language prefix: ``/ru/``, ``/de/``, …, and English,
    which has no prefix (everything under the others is left out of it)."""
    langs = list(languages)
    others = [lang for lang in LANGUAGES if lang != "en"]
    out = []
    for lang in langs:
        if lang == "en":
            out.append(Query("en", f"{SITE}/",
                             rf"https?://(www\.)?osce\.org/({'|'.join(others)})/.*"))
        else:
            out.append(Query(lang, f"{SITE}/{lang}/"))
    return out


def _day(date: str | None) -> str | None:
    return date.replace("-", "") if date else None


def wayback_query(endpoint: str, query: Query, since: str | None, until: str | None,
                  limit: int, resume_key: str | None = None) -> str:
    """The CDX API address for one batch of ``query``'s captures."""
    params: list[tuple[str, str]] = [
        ("url", query.prefix), ("matchType", "prefix"), ("output", "json"),
        ("fl", _WAYBACK_FIELDS), ("filter", "statuscode:200"),
        ("filter", "mimetype:text/html"), ("limit", str(limit)),
        ("showResumeKey", "true")]
    if query.exclude:
        params.append(("filter", f"!original:{query.exclude}"))
    if since:
        params.append(("from", _day(since) or ""))
    if until:
        params.append(("to", _day(until) or ""))
    if resume_key:
        params.append(("resumeKey", resume_key))
    return f"{endpoint}?{urlencode(params)}"


def parse_wayback(text: str) -> tuple[list[Capture], str | None]:
    """The captures of one CDX JSON answer and the resume key (None: the last batch).

    A row that cannot be read is left out; an answer that is no JSON list raises
    ValueError with the reason.
    """
    text = text.strip()
    if not text:
        return [], None
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("the CDX answer is not a JSON list")
    rows = [r for r in data if isinstance(r, list)]
    resume = None
    if len(rows) >= 2 and rows[-2] == [] and len(rows[-1]) == 1:
        resume = str(rows[-1][0])
        rows = rows[:-2]
    if not rows:
        return [], resume
    header = [str(h) for h in rows[0]]
    out = []
    for row in rows[1:]:
        if len(row) != len(header):
            continue
        fields = dict(zip(header, (str(v) for v in row), strict=True))
        capture = _capture(fields.get("urlkey"), fields.get("timestamp"),
                           fields.get("original"), fields.get("mimetype"),
                           fields.get("statuscode"), fields.get("digest"))
        if capture is not None:
            out.append(capture)
    return out, resume


def _capture(urlkey: str | None, timestamp: str | None, original: str | None,
             mimetype: str | None, status: str | None, digest: str | None,
             filename: str | None = None, offset: str | None = None,
             length: str | None = None) -> Capture | None:
    if not (urlkey and timestamp and original and re.fullmatch(r"\d{14}", timestamp)):
        return None
    return Capture(urlkey, timestamp, original, mimetype or "", _number(status),
                   digest or "", filename or None, _number(offset), _number(length))


def _number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


# ---------------------------------------------------------------------------- Common Crawl
def commoncrawl_query(endpoint: str, crawl: str, query: Query, page: int | None = None,
                      num_pages: bool = False) -> str:
    """The index server's address for one page of ``query`` in ``crawl`` (or, with
    ``num_pages``, for the number of pages)."""
    params: list[tuple[str, str]] = [("url", f"{query.prefix}*"), ("output", "json"),
                                     ("filter", "=status:200")]
    if num_pages:
        params.append(("showNumPages", "true"))
    elif page is not None:
        params.append(("page", str(page)))
    return f"{endpoint.rstrip('/')}/{crawl}-index?{urlencode(params)}"


def parse_num_pages(text: str) -> int:
    data = json.loads(text)
    if isinstance(data, dict) and isinstance(data.get("pages"), int):
        return max(0, int(data["pages"]))
    raise ValueError("no 'pages' in the index server's answer")


def parse_commoncrawl(text: str) -> list[Capture]:
    """The captures of one page of the index server's answer (one JSON object a line)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if not isinstance(obj, dict):
            continue
        capture = _capture(obj.get("urlkey"), obj.get("timestamp"), obj.get("url"),
                           obj.get("mime"), obj.get("status"), obj.get("digest"),
                           obj.get("filename"), obj.get("offset"), obj.get("length"))
        if capture is not None and capture.filename and capture.length:
            out.append(capture)
    return out


def crawls_between(collections: Iterable[dict[str, object]], since: str | None,
                   until: str | None) -> list[str]:
    """The crawls (``CC-MAIN-2024-10``) of ``collinfo.json`` whose year can hold captures
    between ``since`` and ``until``, oldest first."""
    out = []
    for info in collections:
        m = _CC_CRAWL.match(str(info.get("id", "")))
        if not m:
            continue
        year = m[1]
        if (since and year < since[:4]) or (until and year > until[:4]):
            continue
        out.append(str(info["id"]))
    return sorted(out)


# ---------------------------------------------------------------------------- choosing
def is_news(capture: Capture) -> bool:
    # an item's own address, no query (a pager's, a print view's)
    return bool(_SITE_HOST.match(capture.original)) and "?" not in capture.original \
        and node_id(capture.original) is not None


def usable(capture: Capture, since: str | None, until: str | None) -> bool:
    """A 200 HTML capture of a news item inside the dates (``YYYY-MM-DD``, inclusive)."""
    day = f"{capture.timestamp[:4]}-{capture.timestamp[4:6]}-{capture.timestamp[6:8]}"
    return (capture.status == 200 and "html" in capture.mimetype.lower() and is_news(capture)
            and not (since and day < since) and not (until and day > until))


def page_key(capture: Capture) -> str:
    """One page whatever its address: the node in its language (``/node/N`` and its
    alias are one page), else the address in SURT form (http/https, www or not)."""
    return node_key(capture.original) or capture.urlkey


def choose(captures: Iterable[Capture], since: str | None, until: str | None,
           every: bool = False) -> list[Capture]:
    """The captures to fetch: per page (:func:`page_key`), the latest usable one, or with
    ``every`` the first capture of each distinct content (digest), oldest first.  The
    same capture listed twice (two queries, two crawls) is fetched once."""
    by_page: dict[str, list[Capture]] = {}
    for capture in captures:
        if usable(capture, since, until):
            by_page.setdefault(page_key(capture), []).append(capture)
    out: list[Capture] = []
    for key in sorted(by_page):
        page = sorted(set(by_page[key]), key=lambda c: (c.timestamp, c.digest, c.urlkey))
        if not every:
            out.append(page[-1])
            continue
        seen: set[str] = set()
        for capture in page:
            if capture.digest not in seen:
                seen.add(capture.digest)
                out.append(capture)
    return out

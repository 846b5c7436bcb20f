"""Reading a crawl's stats: failures by kind, field coverage, pages answered.

The run report (pipelines/report.py), the monitors (scraper/crawl/monitors.py) and the
crawl command read a run through these functions, so each number means one thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scraper.output.schema import KINDS

# field coverage, kept by the report pipeline for every record it passes on
RECORDS = "osce/coverage/{kind}/records"
FILLED = "osce/coverage/{kind}/filled/{field}"


def under(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    """The integer stats whose names start with ``prefix``, the prefix cut off."""
    return {k[len(prefix):]: v for k, v in sorted(stats.items())
            if k.startswith(prefix) and isinstance(v, int)}


# Every way a page can be lost, in the order of a request's way through the crawler;
# each one's count comes from the stat named (scraper/crawl/middlewares/, spiders/base.py,
# Scrapy's own middlewares).
FAILURE_KINDS = ("robots_forbidden", "offsite", "private_address", "timeout",
                 "connection_error", "size_limit", "redirect_refused", "redirect_loop",
                 "http_4xx", "http_5xx", "not_html", "broken_sitemap", "other")


def failures(stats: Mapping[str, Any]) -> dict[str, Any]:
    """The pages a crawl gave up on, by kind, with the retries that came before.

    ``by_kind`` has every kind (0 when none) so that reports compare field by field;
    ``total`` is their sum.  ``final_status`` is the last HTTP status of each page
    that ended on an error status (after retries), ``retried`` and ``gave_up`` the
    retry middleware's tries and give-ups by reason (``HTTP 503``,
    ``DownloadTimeoutError``, …).
    """
    final_status = under(stats, "osce/http_error/")
    download = under(stats, "osce/download_failed/")
    by_kind = {
        "robots_forbidden": stats.get("robotstxt/forbidden", 0),
        "offsite": stats.get("offsite/filtered", 0),
        "private_address": stats.get("osce/skipped/private_address", 0),
        "timeout": download.get("timeout", 0),
        "connection_error": download.get("connection_error", 0),
        "size_limit": download.get("size_limit", 0),
        "redirect_refused": stats.get("osce/skipped/redirect_refused", 0),
        "redirect_loop": stats.get("osce/skipped/redirect_loop", 0),
        "http_4xx": sum(n for c, n in final_status.items() if c.startswith("4")),
        "http_5xx": sum(n for c, n in final_status.items() if c.startswith("5")),
        "not_html": stats.get("osce/skipped/not_html", 0),
        "broken_sitemap": stats.get("osce/skipped/broken_sitemap", 0),
        "other": download.get("other", 0),
    }
    return {
        "total": sum(by_kind.values()),
        "by_kind": by_kind,
        "final_status": final_status,
        "redirect_refused": under(stats, "osce/redirect_refused/"),
        "retried": {k: v for k, v in under(stats, "osce/retry/").items()
                    if not k.startswith("gave_up/")},
        "gave_up": under(stats, "osce/retry/gave_up/"),
    }


def pages_answered(stats: Mapping[str, Any]) -> int:
    """Pages of the site that answered 2xx, robots.txt left out: 0 means the crawl
    fetched nothing it could use."""
    ok = sum(n for code, n in under(stats, "downloader/response_status_count/").items()
             if code.startswith("2"))
    robots = sum(n for code, n in under(stats, "robotstxt/response_status_count/").items()
                 if code.startswith("2"))
    return max(0, ok - robots)


def pages_tried(stats: Mapping[str, Any]) -> int:
    """Pages that got a final answer or a final failure: the failure ratio's denominator."""
    answered = sum(under(stats, "downloader/response_status_count/").values())
    robots = sum(under(stats, "robotstxt/response_status_count/").values())
    lost = sum(under(stats, "osce/download_failed/").values())
    return max(0, answered - robots) + lost


def coverage(stats: Mapping[str, Any], kind: str) -> tuple[int, dict[str, float | None]]:
    """How many records of ``kind`` were passed on, and the share with each field filled
    (None when there were none)."""
    records = int(stats.get(RECORDS.format(kind=kind), 0))
    return records, {
        f: round(stats.get(FILLED.format(kind=kind, field=f), 0) / records, 4)
        if records else None
        for f in KINDS[kind]}

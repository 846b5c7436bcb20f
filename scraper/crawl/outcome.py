"""A finished crawl's exit status, decided once from its run report.

Every way of starting a crawl returns this number: ``scrapy crawl`` (the project's crawl
command reads it from the stats), ``osce-scraper crawl`` and the demo (the child's exit
status), distributed workers, and Scrapyd jobs (``exit_status`` in the run report).
"""

from __future__ import annotations

from typing import Any

from scraper.exitcodes import FINISHED, Exit

STATUS_STAT = "osce/exit_status"
OUTCOME_STAT = "osce/outcome"


def _lost(report: dict[str, Any]) -> str:
    kinds = {k: n for k, n in report["failures"]["by_kind"].items() if n}
    return ", ".join(f"{k} {n}" for k, n in kinds.items()) or "no failure counted"


def decide(report: dict[str, Any]) -> tuple[int, str]:
    """``(exit status, one line saying why)`` for a run report.

    A crawl that stopped early failed (1) whatever else it did; one that got no page
    of the site fetched nothing (4), except a distributed worker, which the others may
    have left nothing to do; a failed monitor is the alarm (3).
    """
    reason = report["finish_reason"]
    if reason not in FINISHED:
        return Exit.FAILED, f"the crawl stopped early ({reason})"
    if report["pages"]["answered"] == 0 and not report.get("distributed"):
        return Exit.NOTHING_FETCHED, f"no page of the site answered ({_lost(report)})"
    failed = report["monitors"]["failed"]
    if failed:
        return Exit.ALARM, "; ".join(f"monitor failed: {f['monitor']}: {f['reason']}"
                                     for f in failed)
    return Exit.OK, "ok"

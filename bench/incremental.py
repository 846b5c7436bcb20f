"""4. Incremental efficiency: after the full crawl of the 20,000-item copy, what an
incremental re-run asks the server for when nothing is new, and when 50 items were
published at the top of the newsroom (``build_site(fresh=50)``).

Budget (tests/test_incremental.py's): k new items cost k item requests, the listing
pages that show them (10 a page), and 2 more (robots.txt and the first page whose
items are all known).  Every request counts here, robots.txt included.
"""

from __future__ import annotations

import math

from bench import Section, Target
from bench.common import LARGE, NEW_ITEMS, CrawlRun, crawl, full_crawl, served, site_copy
from scraper.localsite import Site
from scraper.sitegen import PER_PAGE

ORDER = 40


def budget(new: int) -> int:
    return new + math.ceil(new / PER_PAGE) + 2


def _kinds(run: CrawlRun) -> str:
    listing = sum(1 for t in run.requests if t.startswith("/press-releases"))
    robots = sum(1 for t in run.requests if t == "/robots.txt")
    items = len(run.requests) - listing - robots
    return f"{items} items, {listing} listing, {robots} robots.txt"


def run() -> Section:
    base = full_crawl(LARGE)
    if not base.ok:
        raise RuntimeError(base.failure())
    grown_root = site_copy(LARGE + NEW_ITEMS, fresh=NEW_ITEMS)
    site = served(LARGE)
    args = ("-a", "mode=incremental")
    quiet = crawl(site, LARGE, base.workdir, *args)
    original = site.server.site
    site.server.site = Site(grown_root)
    try:
        grown = crawl(site, LARGE + NEW_ITEMS, base.workdir, *args)
    finally:
        site.server.site = original
    rows = [[f"full crawl, {LARGE:,} items (the crawl benchmark's)", "all", f"{base.written:,}",
             f"{len(base.requests):,}", "–", _kinds(base)]]
    section = Section("4. Incremental re-runs after the full crawl",
                      ["run", "new items", "records written", "requests", "budget",
                       "requests by kind"], rows)
    for new, rerun in ((0, quiet), (NEW_ITEMS, grown)):
        if rerun.process.returncode != 0:
            raise RuntimeError(rerun.failure())
        allowed = budget(new)
        rows.append([f"incremental re-run, {new} new", str(new), f"{rerun.written:,}",
                     str(len(rerun.requests)), str(allowed), _kinds(rerun)])
        section.targets.append(Target(
            f"incremental re-run, {new} new items", f"≤ {allowed} requests",
            f"{len(rerun.requests)} requests, {rerun.written} records",
            len(rerun.requests) <= allowed and rerun.written == new,
            "" if rerun.written == new else f"wrote {rerun.written} records, not {new}"))
    section.notes.append(
        f"Budget: k + ceil(k / {PER_PAGE}) + 2 requests for k new items. Requests are what "
        "the loopback server logged during each run; the re-runs use the full crawl's "
        "STATE_DIR and `-a mode=incremental`, and the grown copy is served at the same "
        f"address (the full crawl's {LARGE:,} items and {NEW_ITEMS} newer ones at the top).")
    section.notes.append(
        f"Each re-run took {quiet.process.wall:.1f} s and {grown.process.wall:.1f} s, most of "
        "it Python and Scrapy starting up.")
    return section

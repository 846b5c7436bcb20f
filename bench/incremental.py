"""4. Incremental efficiency: after the full crawl of the 20,000-item copy, what an
incremental re-run asks the server for when nothing is new, and when 50 items were
published at the top of the newsroom (``build_site(fresh=50)``).

Budget (tests/e2e/test_incremental.py's): k new items cost k item requests, the listing
pages that show them (10 a page), and 2 more (robots.txt and the first page whose
items are all known).  Every request counts here, robots.txt included.
"""

from __future__ import annotations

import math
from collections import Counter

from bench import Section, Target
from bench.common import LARGE, NEW_ITEMS, CrawlRun, crawl, full_crawl, served, site_copy
from scraper.devsite.routes import Site
from scraper.devsite.sitegen import PER_PAGE
from scraper.extract import urls

ORDER = 40


def budget(new: int) -> int:
    return new + math.ceil(new / PER_PAGE) + 2


def _over_budget(run: CrawlRun, new: int) -> str:
    """Why a re-run asked for more than the budget, from what it asked for."""
    items = [t for t in run.requests if not t.startswith("/press-releases") and t != "/robots.txt"]
    listing = [t for t in run.requests if t.startswith("/press-releases")]
    nodes = Counter(urls.node_id("http://x" + t) for t in items)
    twice = sorted(n for n, c in nodes.items() if n and c > 1)
    why = []
    if twice:
        why.append(f"{len(twice)} item(s) listed at two addresses (node "
                   f"{', '.join(twice)}: /node/N and its alias), each fetched at both before "
                   "the crawl can tell they are one")
    if len(listing) > math.ceil(new / PER_PAGE) + 1:
        why.append(f"{len(listing)} listing pages, not {math.ceil(new / PER_PAGE) + 1}: the "
                   "newsroom's first pages also hold the copy's trap entries (a disallowed "
                   "link, an item listed twice, second addresses), so the new items spill "
                   "onto one more page")
    unexplained = len(items) - new - sum(nodes[n] - 1 for n in twice)
    if unexplained > 0:
        why.append(f"{unexplained} known item(s) fetched again")
    return "; ".join(why)


def _kinds(run: CrawlRun) -> str:
    listing = sum(1 for t in run.requests if t.startswith("/press-releases"))
    robots = sum(1 for t in run.requests if t == "/robots.txt")
    items = len(run.requests) - listing - robots
    return f"{items} items, {listing} listing, {robots} robots.txt"


def run() -> Section:
    base = full_crawl(LARGE)
    if not base.ok:
        raise RuntimeError(base.failure())
    known = base.state_items()
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
    known_text = f"{known:,}" if known is not None else "?"
    label = f"full crawl, {LARGE:,} items (the crawl benchmark's; the state knows {known_text})"
    rows = [[label, "all", f"{base.written:,}", f"{len(base.requests):,}", "–", _kinds(base)]]
    section = Section("4. Incremental re-runs after the full crawl",
                      ["run", "new items", "records written", "requests", "budget",
                       "requests by kind"], rows)
    for new, rerun in ((0, quiet), (NEW_ITEMS, grown)):
        if rerun.process.returncode != 0:
            raise RuntimeError(rerun.failure())
        allowed = budget(new)
        if rerun.errors:
            section.notes.append(f"The re-run with {new} new items logged {rerun.errors} "
                                 "ERROR lines.")
        rows.append([f"incremental re-run, {new} new", str(new), f"{rerun.written:,}",
                     str(len(rerun.requests)), str(allowed), _kinds(rerun)])
        within = len(rerun.requests) <= allowed
        why = [] if within else [f"by {len(rerun.requests) - allowed}: "
                                 + _over_budget(rerun, new)]
        if rerun.written != new:
            why.append(f"wrote {rerun.written} records, not {new}")
        section.targets.append(Target(
            f"incremental re-run, {new} new items", f"≤ {allowed} requests",
            f"{len(rerun.requests)} requests, {rerun.written} records",
            within and rerun.written == new, "; ".join(why)))
    section.notes.append(
        f"Budget: k + ceil(k / {PER_PAGE}) + 2 requests for k new items. Requests are what "
        "the loopback server logged during each run; the re-runs use the full crawl's "
        "STATE_DIR and `-a mode=incremental` like it, and the grown copy is served at the same "
        f"address (the full crawl's {LARGE:,} items and {NEW_ITEMS} newer ones at the top).")
    section.notes.append(
        f"Each re-run took {quiet.process.wall:.1f} s and {grown.process.wall:.1f} s, most of "
        "it Python and Scrapy starting up.")
    return section

"""3. Memory: peak RSS of the 20,000-item and the 2,000-item crawls (the same runs as
the crawl benchmark), and how much the extraction's content caches can hold.

The peak RSS is the crawl process's own (``ru_maxrss`` from ``os.wait4`` on it).
"""

from __future__ import annotations

import gc
import logging
import tracemalloc
from collections.abc import Callable
from typing import Any

from bench import Section, Target, mib
from bench.common import LARGE, SMALL, full_crawl
from scraper.devsite.fixtures import all_fixtures
from scraper.extract import dates, text
from scraper.extract.blocks import linearize
from scraper.extract.document import Document

ORDER = 30
MAX_RSS = 300 * 2**20
MAX_GROWTH = 1.3


def _bounded_caches() -> list[tuple[str, Callable[..., Any]]]:
    return [("fold", text.fold), ("parse_date", dates.parse_date)]


def cache_bound() -> tuple[int, dict[str, int]]:
    """Bytes the text-keyed caches hold when full of texts never seen before: the
    fixtures' block texts, each with a marker, folded and date-checked (as the page
    objects do) until ``fold``'s cache is full."""
    logging.disable(logging.CRITICAL)
    try:
        texts = []
        for fx in all_fixtures(kinds=("news",)):
            doc = Document.from_bytes(fx.html_path.read_bytes(), fx.url)
            texts += [b.text for b in linearize(doc.root, doc.order)]
    finally:
        logging.disable(logging.NOTSET)
    fold = text.fold
    limit = fold.cache_parameters()["maxsize"] or 65_536
    for _, cached in _bounded_caches():
        cached.cache_clear()         # type: ignore[attr-defined]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    n = 0
    while fold.cache_info().currsize < limit:
        sample = f"{texts[n % len(texts)]} n{n}"
        fold(sample)
        dates.parse_date(sample, "en")
        n += 1
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    sizes = {name: cached.cache_info().currsize   # type: ignore[attr-defined]
             for name, cached in _bounded_caches()}
    for _, cached in _bounded_caches():
        cached.cache_clear()         # type: ignore[attr-defined]
    return held, sizes


def run() -> Section:
    small, large = full_crawl(SMALL), full_crawl(LARGE)
    for crawl in (small, large):
        if not crawl.ok:
            raise RuntimeError(crawl.failure())
    rows = []
    for crawl in (small, large):
        rows.append([f"news crawl, {crawl.items:,} items", f"{crawl.pages:,}",
                     f"{crawl.written:,}", mib(crawl.process.peak_rss),
                     f"{crawl.process.peak_rss / small.process.peak_rss:.2f}×"])
    section = Section("3. Memory (peak RSS of the crawl process)",
                      ["crawl", "pages", "records", "peak RSS", "vs 2,000 items"], rows)
    held, sizes = cache_bound()
    per_item = (large.process.peak_rss - small.process.peak_rss) / (large.items - small.items)
    section.notes.append(
        f"The {LARGE - SMALL:,} extra items cost {per_item:,.0f} bytes each: what a crawl "
        "must remember per item (Scrapy's request fingerprints, the spider's requested URLs, "
        "the dedupe pipeline's keys) and the allocator's high-water mark. Records go to "
        "disk as they are made, and item requests come before the next listing page, so "
        "the scheduler holds about one listing page's worth.")
    section.notes.append(
        "The copies repeat the fixtures' text, so the extraction's text-keyed caches stay "
        "small here. On the real site they fill up and stop there (bounded LRU): "
        f"full of new texts they hold {mib(held)} "
        f"({', '.join(f'{k} {v:,} entries' for k, v in sizes.items())}), "
        "once, whatever the crawl's length.")
    growth = large.process.peak_rss / small.process.peak_rss
    section.targets.append(Target(
        f"peak RSS, {LARGE:,}-item crawl", f"< {mib(MAX_RSS)}", mib(large.process.peak_rss),
        large.process.peak_rss < MAX_RSS))
    section.targets.append(Target(
        f"peak RSS, {LARGE:,} vs {SMALL:,} items", f"≤ {MAX_GROWTH}×", f"{growth:.2f}×",
        growth <= MAX_GROWTH,
        "" if growth <= MAX_GROWTH else f"by {growth / MAX_GROWTH - 1:.0%}"))
    return section

"""1b. Where the extraction's time goes: each shared step of a news page, timed alone.

The page object computes its shared state lazily (``cached_property``); asking for each
step in dependency order, before the fields, charges each its own cost.  The same
marked pages as section 1, one core, CPU time.  This is what stands between the
extraction and the parse: the steps, their share, and the module that holds each.
"""

from __future__ import annotations

import gc
import logging
import math
import time

from bench import Section, rate
from bench.extraction import MIN_PAGES, fixture_pages, marked, ours
from scraper.extract.document import Document
from scraper.extract.normalize import normalize_news
from scraper.extract.pages import NewsPage

ORDER = 10      # after section 1 (same ORDER, its name sorts later)

# (step, the attribute computing it, where it lives); a step a version of the page
# object does not have is left out, its time counted with the fields
STEPS = [
    ("element order (document positions)", "order", "document.py"),
    ("labels and their values", "labels", "labels.py"),
    ("label regions", "label_elements", "labels.py"),
    ("text blocks (the visible-text walk)", "blocks", "blocks.py, structure.py"),
    ("body container", "body_container", "pages/news/body.py"),
    ("headline", "_title", "pages/news/headline.py"),
    ("type label", "_content_type", "pages/news/header.py"),
    ("lead", "_summary", "pages/news/header.py"),
    ("body units (the blocks of the body)", "body_units", "pages/news/body.py"),
]


def run() -> Section:
    fixtures = fixture_pages()
    passes = math.ceil(MIN_PAGES / len(fixtures))
    pages = [marked(page, n) for n in range(1, passes + 1) for page in fixtures]
    steps = [s for s in STEPS if s[1] == "order" or hasattr(NewsPage, s[1])]
    spent: dict[str, float] = {"parse": 0.0, "fields": 0.0, "normalize": 0.0}
    logging.disable(logging.CRITICAL)
    try:
        for page in fixtures:
            ours(page)                  # one-time set-up (date locales) left out
        gc.collect()
        for body, url, headers in pages:
            clock = time.process_time()
            doc = Document.from_bytes(body, url, headers)
            now = time.process_time()
            spent["parse"] += now - clock
            news = NewsPage(doc)
            for _, attribute, _ in steps:
                clock = now
                getattr(doc if attribute == "order" else news, attribute)
                now = time.process_time()
                spent[attribute] = spent.get(attribute, 0.0) + now - clock
            raw = news.to_item()
            clock, now = now, time.process_time()
            spent["fields"] += now - clock
            normalize_news(raw)
            spent["normalize"] += time.process_time() - now
    finally:
        logging.disable(logging.NOTSET)
    total = sum(spent.values())
    n = len(pages)

    def row(name: str, key: str, where: str) -> list[str]:
        return [name, f"{1000 * spent[key] / n:.3f}", f"{spent[key] / total:.0%}", where]

    rows = [row("decoding + parse + document set-up (`Document.from_bytes`)", "parse",
                "document.py (lxml via parsel)")]
    rows += [row(name, attribute, where) for name, attribute, where in steps]
    rows.append(row("the fields themselves (dates, issuers, links, node id, language…)",
                    "fields", "pages/news/*.py, dates.py, urls.py, language.py"))
    rows.append(row("normalisation", "normalize", "normalize.py"))
    rows.append(["all", f"{1000 * total / n:.3f}", "100%", f"{rate(n / total)} pages/s"])
    section = Section("1b. Where the extraction's time goes (one core)",
                      ["step", "ms/page", "share", "module"], rows)
    section.notes.append(
        f"The {n:,} marked pages of section 1, each step asked for alone in dependency "
        "order (each is computed once a page and shared by the fields), CPU time of this "
        "process. The profile under it: Python-level loops over the tree (the text-block "
        "walk, the label search, the chrome and widget tests on every element), not the "
        "parse.")
    return section

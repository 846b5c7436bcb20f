"""Outputs that never mix or grow silently: each run its own file, the dataset rebuilt.

Every run writes its records to a file of its own (``OUTPUT_FILE``,
``{spider}-{run_id}.jsonl``).  When the spider closes (after the pipelines have closed
their files), a run that wrote nothing leaves no empty file behind, and the dataset
(``OUTPUT_DATASET``, ``{spider}.jsonl``) is rebuilt by merging every run's file, oldest
first, so the newest version of each page wins and a second crawl of the same site
gives the same dataset, never twice the records.  A distributed worker leaves the merge
to ``crawl-distributed`` (or ``osce-scraper merge``): workers finish at different times.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from scraper.crawl.run import output_dir
from scraper.output.merge import merge
from scraper.output.paths import inside, safe_name

log = logging.getLogger(__name__)
DATASET_STAT = "osce/dataset_file"


def run_files(folder: Path, template: str, spider: str) -> list[Path]:
    """Every run's file of this spider in ``folder``, oldest first (by the time each
    was last written: run ids from Scrapyd are not in time order)."""
    pattern = template.format_map({"spider": spider, "run_id": "*", "worker": "*"})
    found = [p for p in folder.glob(pattern) if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


class RunOutputs:
    """Removes a run's empty output file and rebuilds the dataset from the run files."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunOutputs:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider) -> None:
        stats = self.crawler.stats
        assert stats is not None
        written = stats.get_value("osce/output_file")
        if written and _empty(Path(written)):
            Path(written).unlink()
            log.info("nothing written: %s removed", written)
            stats.set_value("osce/output_file", None)
        dataset = self.dataset_path(spider)
        if dataset is None:
            return
        template = str(self.crawler.settings.get("OUTPUT_FILE"))
        files = [p for p in run_files(dataset.parent, template, spider.name)
                 if p.resolve() != dataset.resolve()]
        if not files:
            return
        # the run files hold records the validate pipeline passed: no second schema check
        result = merge(files, dataset, report=log.warning, validate=False)
        if result.error:
            log.error("merge failed, %s unchanged: %s", dataset, result.error)
            return
        log.info("%s", result.summary())
        stats.set_value(DATASET_STAT, str(dataset))

    def dataset_path(self, spider: Spider) -> Path | None:
        """OUTPUT_DATASET inside OUTPUT_DIR, or None when there is nothing to rebuild (no
        per-run files, a distributed worker, the setting empty)."""
        settings = self.crawler.settings
        name = str(settings.get("OUTPUT_DATASET") or "")
        if not name or settings.getbool("OSCE_DISTRIBUTED") or \
                "{run_id}" not in str(settings.get("OUTPUT_FILE") or ""):
            return None
        return inside(output_dir(self.crawler), safe_name(name.format_map({"spider": spider.name})))


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False

"""What the pipelines of one crawl share: its run id and where its files go."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

from scrapy.crawler import Crawler

from scraper.crawl.runner import new_run_id
from scraper.output.paths import UnsafePath, inside, safe_name

_RUN_ID_STAT = "osce/run_id"


def run_id(crawler: Crawler) -> str:
    """``OSCE_RUN_ID`` (set by ``osce-scraper crawl``), else Scrapyd's job id, else the
    run's start time.

    The first caller fixes it (kept in the stats) so every file of a run agrees.
    """
    assert crawler.stats is not None
    value = crawler.stats.get_value(_RUN_ID_STAT)
    if not value:
        job = getattr(crawler.spider, "scrapyd_job", None)
        value = safe_name(crawler.settings.get("OSCE_RUN_ID") or job or new_run_id())
        crawler.stats.set_value(_RUN_ID_STAT, value)
    return str(value)


def worker_id(crawler: Crawler) -> str:
    """``OSCE_WORKER_ID``, else ``<host name>-<process id>``: which process of a
    distributed crawl wrote a file (``{worker}`` in OUTPUT_FILE)."""
    value = crawler.settings.get("OSCE_WORKER_ID")
    if not value:
        host = re.sub(r"[^A-Za-z0-9._-]+", "-", socket.gethostname()).strip("-.") or "host"
        value = f"{host}-{os.getpid()}"
    return safe_name(str(value))


def output_dir(crawler: Crawler) -> Path:
    return Path(crawler.settings.get("OUTPUT_DIR") or "data")


def output_path(crawler: Crawler, setting: str, *subdirs: str) -> Path:
    """The file named by a setting, inside OUTPUT_DIR; ``{spider}``, ``{run_id}`` and
    ``{worker}`` filled in.

    ``-s OUTPUT_FILE={spider}-{run_id}.jsonl`` gives ``data/news-20250101T…Z.jsonl``.
    """
    template = str(crawler.settings.get(setting) or "")
    spider = crawler.spider.name if crawler.spider else "crawl"
    try:
        name = template.format_map({"spider": spider, "run_id": run_id(crawler),
                                    "worker": worker_id(crawler)})
    except (KeyError, ValueError, IndexError) as exc:
        raise UnsafePath(f"{setting}={template!r}: only {{spider}}, {{run_id}} and {{worker}} "
                         f"may be filled in ({exc})") from None
    return inside(output_dir(crawler), *subdirs, safe_name(name))

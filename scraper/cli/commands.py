"""Sub-commands beyond extract/fixtures; each module registers its own parser."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from scraper.cli import dataset as dataset_commands
from scraper.cli import dumps as dump_commands
from scraper.crawl import reextract
from scraper.crawl import runner as crawl
from scraper.crawl.distributed import runner as distributed

# the offline copy, its server and the demo run from a checkout only: a Scrapyd egg or
# a wheel has no scraper.devsite, and the other commands work without it
DEV_MODULES = ("scraper.devsite.sitegen", "scraper.devsite.server", "scraper.devsite.demo",
               "scraper.devsite.archive", "scraper.devsite.history_demo")


def registrars() -> list[Callable[[Any], None]]:
    found: list[Callable[[Any], None]] = [crawl.register, dump_commands.register,
                                          dataset_commands.register,
                                          reextract.register, distributed.register]
    for name in DEV_MODULES:
        try:
            found.append(importlib.import_module(name).register)
        except ModuleNotFoundError as exc:
            if exc.name not in ("scraper.devsite", name):
                raise
    return found

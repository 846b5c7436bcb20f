"""Sub-commands beyond extract/fixtures; each module registers its own parser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipelines import commands as dump_commands
from pipelines import reextract
from scraper import crawl, demo, distributed, localsite, sitegen

REGISTRARS: list[Callable[[Any], None]] = [
    crawl.register, dump_commands.register, reextract.register, sitegen.register,
    localsite.register, demo.register, distributed.register,
]

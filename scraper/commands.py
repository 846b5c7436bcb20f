"""Sub-commands beyond extract/fixtures; each module registers its own parser."""

from __future__ import annotations

from pipelines import commands as dump_commands
from scraper import cli, crawl, demo, localsite, sitegen

cli._EXTRA_COMMANDS.extend([crawl.register, dump_commands.register, sitegen.register,
                            localsite.register, demo.register])

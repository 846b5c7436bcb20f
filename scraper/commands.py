"""Sub-commands beyond extract/fixtures; each module registers its own parser."""

from __future__ import annotations

from scraper import cli, crawl

cli._EXTRA_COMMANDS.extend([crawl.register])

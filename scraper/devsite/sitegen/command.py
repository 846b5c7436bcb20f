"""``osce-scraper build-site``: the offline copy into a folder, or the cached one."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from scraper.devsite.sitegen.build import DEFAULT_VARIANTS, build_site
from scraper.devsite.sitegen.cache import site_dir


def cmd_build_site(args: argparse.Namespace) -> int:
    # some fixtures are broken on purpose (invalid JSON-LD …): their warnings are no news here
    logging.getLogger("scraper").setLevel(logging.ERROR)
    if args.out is None:
        print(site_dir())
        return 0
    out = Path(args.out)
    try:
        summary = build_site(out, args.items, fresh=args.fresh, designs=args.designs)
    except (ValueError, FileExistsError) as exc:
        print(f"osce-scraper: build-site: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("build-site", help="build the offline copy of the site from the fixtures",
                       description="Writes the copy into --out DIR: pages, _routes.json "
                       "and _expected/*.jsonl. Without --out, builds the cached copy that "
                       "'osce-scraper serve' and 'make demo' use (when a fixture changed) "
                       "and prints its folder.")
    p.add_argument("--items", type=int, default=None,
                   help="number of news items (default: every news fixture and "
                        f"{DEFAULT_VARIANTS} variants)")
    p.add_argument("--designs", type=int, default=None,
                   help="a small copy: only this many news designs, a spread of the "
                        "fixtures (default: every one)")
    p.add_argument("--out", default=None, help="output directory (default: the cache)")
    p.add_argument("--fresh", type=int, default=0,
                   help="the last N items head the newsroom as just published (default 0)")
    p.set_defaults(func=cmd_build_site)

"""The offline copy of www.osce.org, built from the fixtures when it is served.

Nothing of it is committed: :func:`site_dir` builds it from ``fixtures/`` into a cache
folder (``.cache/site/<digest of the fixtures and this code>``) the first time it is
asked for after a fixture changed, in about half a second.

``build_site(out, items=N)`` writes a small but complete copy of the site's structure:

- every news fixture at its fixture URL's path and, when it names another canonical
  address on the site, there too (the real site answers at both; the newsroom lists
  the canonical one), plus synthetic variants (the node id substituted in the path,
  canonical, shortlink, hreflang and JSON-LD) up to N items.  The one change to a
  fixture's bytes: an hreflang alternate naming the page's own live address is made
  root-relative, so that it still names the page itself when served from 127.0.0.1;
- the English newsroom ``/press-releases``, ``?page=1`` … (zero-based, newest first,
  10 a page) in the older Drupal 7 listing markup with ``li.pager-next``; it lists
  every item, so one crawl reaches them all;
- the Russian newsroom ``/ru/press-releases`` in the current card markup with a
  ``rel=next`` / "следующая ›" pager, listing the items under ``/ru/``;
- a home page with the site menu and section pages for its links;
- the traps a crawler meets: ``robots.txt`` disallowing paths that pages link to, a
  ``/node/N`` redirect, an item that answers at two addresses, an item listed on two
  listing pages, a listed item that is missing (404), off-site, menu and footer links;
- ``_routes.json``: which path + query serves which file with which status and
  Content-Type (read by :mod:`scraper.devsite.server`);
- ``_expected/news.jsonl`` and ``_expected/navigation.jsonl``: the records a crawl must
  write, taken from the fixtures' expected records.

Everything is derived from the fixtures, deterministically: rebuilding gives the same
bytes.  Files are written one at a time and only small per-item facts are kept in
memory, so ``items=20_000`` is a matter of seconds.

The package, one concern a module: :mod:`.items` (the news items and their expected
records), :mod:`.listings` (what the newsrooms list, with the traps),
:mod:`.markup` (the HTML of the copy's own pages), :mod:`.build` (writing the copy),
:mod:`.cache` (the cached copy and reading it back), :mod:`.command` (the
``build-site`` command).  The names the server, the demo, the tests and the
benchmarks use are here.
"""

from scraper.devsite.sitegen.build import EXPECTED_DIR, ROUTES_FILE, BuildSummary, build_site
from scraper.devsite.sitegen.cache import (
    expected_records,
    load_routes,
    localize,
    read_jsonl,
    site_dir,
)
from scraper.devsite.sitegen.command import register
from scraper.devsite.sitegen.items import (
    SITE_ORIGIN,
    Item,
    Template,
    load_templates,
    make_items,
    rebase,
)
from scraper.devsite.sitegen.listings import PER_PAGE, Entry, Traps

__all__ = ["EXPECTED_DIR", "PER_PAGE", "ROUTES_FILE", "SITE_ORIGIN", "BuildSummary", "Entry",
           "Item", "Template", "Traps", "build_site", "expected_records", "load_routes",
           "load_templates", "localize", "make_items", "read_jsonl", "rebase", "register",
           "site_dir"]

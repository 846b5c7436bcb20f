"""Exit statuses of every ``osce-scraper`` command and every way of starting a crawl.

One table, documented in the README ("Exit status"); nothing else defines a number.
``scrapy crawl`` (through the project's crawl command, ``COMMANDS_MODULE``),
``osce-scraper crawl``, ``make crawl``, the demo and distributed workers all return
these; a Scrapyd job, whose exit status Scrapyd does not keep, records it as
``exit_status`` in its run report.
"""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0             # the command or the crawl did its job
    FAILED = 1         # the crawl did not finish its job (stopped early, could not write,
                       # no run report, a bootstrap error), an invalid record in a dump, a
                       # file that could not be read
    USAGE = 2          # bad arguments or settings: nothing was started
    ALARM = 3          # the crawl finished but a monitor failed (field coverage, empty
                       # listings, fewer records than before, too many failures)
    NOTHING_FETCHED = 4   # the site could not be reached, or no page of it answered
    WRONG_KIND = 5     # extract: a page is not of the kind asked for (or of none the
                       # extractor knows); no record was written for it


# the finish reasons of a crawl that did its job (Scrapy's CloseSpider counts included)
FINISHED = ("finished", "closespider_itemcount", "closespider_pagecount")

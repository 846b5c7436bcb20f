"""Exit statuses of every ``osce-scraper`` command and every way of starting a crawl.

One table, documented in the README ("Exit status"); nothing else defines a number.
"""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0             # the command or the crawl did its job
    FAILED = 1         # nothing to show: a crawl that failed, a site unreachable, an
                       # invalid record in a dump, a file that could not be read
    USAGE = 2          # bad arguments or settings: nothing was started
    ALARM = 3          # the crawl finished but its records fell below a threshold
    WRONG_KIND = 4     # extract: a page is not of the kind asked for (or of none the
                       # extractor knows); no record was written for it

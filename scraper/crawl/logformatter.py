"""Log lines that name a record instead of dumping it.

Scrapy's formatter writes the whole item after "Scraped from" and "Dropped:": with
every field of a news item, the log of a crawl outgrew its dataset.  The record's URL
says which one it was; the record itself is in the dataset or the rejects file.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure


def _name(item: Any) -> str:
    """A record's URL (the PageRecord's record, else a plain dict), else its type."""
    record = getattr(item, "record", None) or item
    url = record.get("url") if isinstance(record, dict) else None
    return str(url) if url else type(item).__name__


class QuietLogFormatter(LogFormatter):
    def scraped(self, item: Any, response: Response | Failure | None,
                spider: Spider) -> LogFormatterResult:
        result = super().scraped(item, response, spider)
        result["msg"] = "Scraped from %(src)s: %(item)s"
        result["args"] = {"src": dict(result["args"])["src"], "item": _name(item)}
        return result

    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        result["msg"] = "Dropped: %(exception)s"
        return result

    def item_error(self, item: Any, exception: BaseException,
                   response: Response | Failure | None, spider: Spider) -> LogFormatterResult:
        result = super().item_error(item, exception, response, spider)
        result["msg"] = "Error processing %(item)s"
        result["args"] = {"item": _name(item)}
        return result

"""What both spiders share: turning a response into a Document, counting skips."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from scrapy import Spider
from scrapy.http import Response

from scraper.extract.document import Document, NotHTML

log = logging.getLogger(__name__)

# the spider arguments Scrapyd passes to each job it runs (scrapyd.launcher.get_crawl_args)
SCRAPYD_ARGUMENTS = frozenset({"_job", "_version"})


class OsceSpider(Spider):
    """Base of the project's spiders; arguments are parsed by the subclass."""

    # NewsArgs / NavigationArgs: ``parse(**kwargs)`` gives the typed arguments or raises
    # ArgumentError with a message naming the argument
    args_class: ClassVar[Any]

    @classmethod
    def parse_arguments(cls, **kwargs: Any) -> Any:
        """The spider's ``-a`` arguments, checked; ``osce-scraper crawl`` calls this before
        starting Scrapy, so a bad argument is one clear line and no crawl.

        Scrapyd adds ``_job`` (and ``_version`` when one is asked for) to every crawl it
        starts; they are its bookkeeping, not arguments of ours, and are set aside.
        """
        ours = {k: v for k, v in kwargs.items() if k not in SCRAPYD_ARGUMENTS}
        return cls.args_class.parse(**ours)

    def count(self, key: str, value: int = 1) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(f"osce/{key}", value)

    def skip(self, response: Response, reason: str, detail: str = "") -> None:
        """Log and count a page the crawl gives up on."""
        self.logger.warning("skipped %s (%s)%s", response.url, reason,
                            f": {detail}" if detail else "")
        self.count(f"skipped/{reason}")

    def document(self, response: Response) -> Document | None:
        if response.status in (404, 410):
            self.skip(response, f"http_{response.status}")
            return None
        try:
            return Document.from_bytes(response.body, response.url,
                                       _headers(response))
        except NotHTML as exc:
            self.skip(response, "not_html", str(exc))
            return None


def _headers(response: Response) -> dict[str, Any]:
    """The headers extraction reads: the charset (``Content-Type``) and the day the page
    was served (``Date``: what "today" on it means)."""
    out: dict[str, Any] = {}
    for name in ("Content-Type", "Date"):
        value = response.headers.get(name.encode())
        if value:
            out[name] = value.decode("latin-1")
    return out

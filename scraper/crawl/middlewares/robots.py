"""robots.txt obeyed by every request, including those that arrive while it is fetched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from scrapy.robotstxt import RobotParser


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, without its hole for requests that wait.

    While a host's robots.txt is being fetched, Scrapy 2.19 parks the other requests
    for that host on one shared Deferred, each awaiting it through
    ``Deferred.asFuture``, which consumes the result: the first request to wait gets
    the parser, every later one gets None, and Scrapy lets a request with no parser
    through unchecked (it reads None as "robots.txt could not be had").  A crawl that
    starts with one request seldom has two waiting; a distributed worker often does:
    its first requests are items popped from the shared queue in a batch, and on a
    loaded machine robots.txt is slow enough for several of them to wait behind it.
    Here each waiting request gets a Deferred of its own, fed by a callback
    that passes the parser on to the next one.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        fetching = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(fetching, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[RobotParser | None] = Deferred()

        def hand_on(parser: RobotParser | None) -> RobotParser | None:
            mine.callback(parser)
            return parser

        fetching.addCallback(hand_on)
        return await maybe_deferred_to_future(mine)

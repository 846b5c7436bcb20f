"""robots.txt decides for every request, including those that wait while it is fetched."""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.conf import build_component_list
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred

from scraper.crawl import settings as project
from scraper.devsite.sitegen.markup import ROBOTS_TXT

ORIGIN = "http://127.0.0.1:8000"
# the disallowed ones after the first two: Scrapy 2.19's middleware checked only the
# request that fetched robots.txt and the first one to wait for it
URLS = ["/secretariat/1", "/secretariat/2", "/internal/899998", "/secretariat/3",
        "/search?q=x", "/secretariat/4", "/internal/5"]


class SlowRobots:
    """An engine whose download of robots.txt ends when the test says so."""

    def __init__(self) -> None:
        self.answer: Deferred[TextResponse] = Deferred()
        self.asked: list[str] = []

    async def download_async(self, request: Request) -> TextResponse:
        self.asked.append(request.url)
        return await maybe_deferred_to_future(self.answer)


def robots_middleware() -> tuple[Any, SlowRobots]:
    """The robots.txt middleware the project's settings enable, on a crawler whose
    engine downloads robots.txt slowly."""
    crawler = get_crawler(Spider, {"ROBOTSTXT_OBEY": True,
                                   "DOWNLOADER_MIDDLEWARES": project.DOWNLOADER_MIDDLEWARES})
    enabled = build_component_list(crawler.settings.getwithbase("DOWNLOADER_MIDDLEWARES"))
    robots = [cls for cls in map(load_object, enabled) if issubclass(cls, RobotsTxtMiddleware)]
    assert len(robots) == 1, enabled
    engine = SlowRobots()
    crawler.engine = engine  # type: ignore[assignment]
    return robots[0](crawler), engine


async def _outcomes(middleware: Any, engine: SlowRobots) -> list[str]:
    waiting = [asyncio.ensure_future(middleware.process_request(Request(ORIGIN + path)))
               for path in URLS]
    await asyncio.sleep(0.01)           # every request is waiting for robots.txt now
    assert not any(task.done() for task in waiting)
    engine.answer.callback(TextResponse(f"{ORIGIN}/robots.txt", body=ROBOTS_TXT.encode(),
                                        encoding="utf-8"))
    results = await asyncio.gather(*waiting, return_exceptions=True)
    return ["refused" if isinstance(r, IgnoreRequest) else "allowed" if r is None else repr(r)
            for r in results]


def test_every_request_waiting_for_robots_txt_is_checked() -> None:
    middleware, engine = robots_middleware()
    outcomes = asyncio.run(_outcomes(middleware, engine))
    assert engine.asked == [f"{ORIGIN}/robots.txt"]          # fetched once
    assert dict(zip(URLS, outcomes, strict=True)) == {
        path: "refused" if path.startswith(("/internal/", "/search")) else "allowed"
        for path in URLS}
    assert middleware.crawler.stats.get_value("robotstxt/forbidden") == 3


def test_a_request_after_robots_txt_is_checked_too() -> None:
    middleware, engine = robots_middleware()

    async def one_by_one() -> list[str]:
        first = asyncio.ensure_future(middleware.process_request(Request(ORIGIN + "/")))
        await asyncio.sleep(0.01)
        engine.answer.callback(TextResponse(f"{ORIGIN}/robots.txt", body=ROBOTS_TXT.encode(),
                                            encoding="utf-8"))
        await first
        later = await asyncio.gather(middleware.process_request(Request(ORIGIN + "/x/1")),
                                     middleware.process_request(Request(ORIGIN + URLS[2])),
                                     return_exceptions=True)
        return [type(r).__name__ for r in later]

    assert asyncio.run(one_by_one()) == ["NoneType", "IgnoreRequest"]


def test_a_request_cancelled_while_waiting_leaves_the_others_checked() -> None:
    middleware, engine = robots_middleware()

    async def one_gives_up() -> list[str]:
        waiting = [asyncio.ensure_future(middleware.process_request(Request(ORIGIN + path)))
                   for path in URLS]
        await asyncio.sleep(0.01)
        waiting[1].cancel()             # the engine closing, say
        engine.answer.callback(TextResponse(f"{ORIGIN}/robots.txt",
                                            body=ROBOTS_TXT.encode(), encoding="utf-8"))
        results = await asyncio.gather(*waiting, return_exceptions=True)
        return [type(r).__name__ for r in results]

    assert asyncio.run(one_gives_up()) == [
        "NoneType", "CancelledError", "IgnoreRequest", "NoneType", "IgnoreRequest",
        "NoneType", "IgnoreRequest"]

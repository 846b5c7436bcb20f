"""Spider contracts, checked against the installed Scrapy through its public API only."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator
from typing import Any

import pytest
import scrapy
from scrapy import Request
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader

from scraper.crawl.args import ArgumentError

START = "http://127.0.0.1:9"


def _loader() -> Any:
    settings = Settings()
    settings.setmodule("scraper.crawl.settings", priority="project")
    return get_spider_loader(settings)


LOADER = _loader()
SPIDERS = sorted(LOADER.list())


async def _collect(start: AsyncIterator[Any]) -> list[Any]:
    return [x async for x in start]


def first_requests(name: str, **kwargs: str) -> list[Any]:
    spider = LOADER.load(name)(**kwargs)
    return asyncio.run(_collect(spider.start()))


def test_the_project_has_its_spiders_on_a_scrapy_with_async_start() -> None:
    assert SPIDERS == ["history", "navigation", "news"]
    assert scrapy.version_info >= (2, 13)


@pytest.mark.parametrize("name", SPIDERS)
def test_spider_yields_its_first_requests_from_async_start(name: str) -> None:
    cls = LOADER.load(name)
    assert inspect.isasyncgenfunction(cls.start)
    assert "start" in vars(cls)
    # no pre-2.13 start_requests() in any class of ours
    ours = [k for k in cls.__mro__ if k.__module__.startswith("spiders.")]
    assert ours
    assert not [k for k in ours if "start_requests" in vars(k)]


@pytest.mark.parametrize(("name", "kwargs", "url", "callback"), [
    ("news", {"start_url": f"{START}/press-releases"}, f"{START}/press-releases",
     "parse_listing"),
    ("news", {"start_url": f"{START}/press-releases", "languages": "ru"},
     f"{START}/ru/press-releases", "parse_listing"),
    ("navigation", {"start_url": f"{START}/"}, f"{START}/", "parse"),
])
def test_start_requests_the_start_url(name: str, kwargs: dict[str, str], url: str,
                                      callback: str) -> None:
    requests = first_requests(name, **kwargs)
    assert [r.url for r in requests] == [url]
    assert isinstance(requests[0], Request)
    assert requests[0].callback.__name__ == callback


def test_news_discovers_from_the_sitemap_when_asked() -> None:
    requests = first_requests("news", start_url=f"{START}/press-releases", discover="sitemap")
    assert [r.url for r in requests] == [f"{START}/sitemap.xml"]


@pytest.mark.parametrize(("name", "kwargs"), [
    ("news", {"since": "yesterday"}),
    ("news", {"max_pages": "0"}),
    ("news", {"mode": "x"}),
    ("news", {"colour": "blue"}),
    ("navigation", {"max_depth": "-1"}),
])
def test_bad_arguments_are_refused_before_any_request(name: str, kwargs: dict[str, str]) -> None:
    cls = LOADER.load(name)
    with pytest.raises(ArgumentError):
        cls.parse_arguments(**kwargs)
    with pytest.raises(ArgumentError):
        cls(**kwargs)

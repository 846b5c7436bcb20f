"""Checks ``osce-scraper crawl`` makes before it starts Scrapy.

A bad spider argument or an unreachable site should cost a second and say one clear
line, not start a crawl that prints a traceback or spends minutes retrying DNS errors.
The spider is found by name through Scrapy's own spider loader, so this module does
not import a spider; the spider checks its arguments itself (``parse_arguments``).
"""

from __future__ import annotations

import argparse
import socket
import threading
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from scraper.exitcodes import Exit

OFFLINE_HINT = "no network? 'make demo' crawls the offline copy of the site instead"


@dataclass(frozen=True)
class Problem:
    message: str
    status: int


def spider_arguments(scrapy_args: list[str]) -> dict[str, str]:
    """The ``-a NAME=VALUE`` options among ``scrapy crawl`` arguments."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("-a", dest="spargs", action="append", default=[])
    known, _ = parser.parse_known_args(scrapy_args)
    out: dict[str, str] = {}
    for option in known.spargs:
        name, sep, value = option.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"-a {option!r}: expected NAME=VALUE")
        out[name.strip()] = value
    return out


def spider_class(name: str, settings_module: str) -> Any:
    """The spider class registered as ``name`` (KeyError when there is none)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import get_spider_loader

    settings = Settings()
    settings.setmodule(settings_module, priority="project")
    return get_spider_loader(settings).load(name)


def unreachable(url: str, timeout: float = 5.0) -> str | None:
    """Why a TCP connection to ``url``'s host (or its proxy) fails, or None when it opens.

    Name resolution is bounded too: it runs in a thread that is given ``timeout``.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and not urllib.request.proxy_bypass(host):
        proxy_parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        host, port = proxy_parts.hostname or host, proxy_parts.port or 80
    errors: list[OSError] = []

    def connect() -> None:
        try:
            socket.create_connection((host, port), timeout=timeout).close()
        except OSError as exc:
            errors.append(exc)

    thread = threading.Thread(target=connect, name="preflight", daemon=True)
    thread.start()
    thread.join(timeout + 0.5)
    if thread.is_alive():
        return f"no answer from {host}:{port} within {timeout:g} s"
    if errors:
        return f"cannot connect to {host}:{port}: {errors[0].strerror or errors[0]}"
    return None


def check(spider: str, scrapy_args: list[str], settings_module: str = "scraper.crawl.settings",
          timeout: float = 5.0) -> Problem | None:
    """What stops the crawl before it starts, or None."""
    try:
        cls = spider_class(spider, settings_module)
    except KeyError:
        return Problem(f"unknown spider {spider!r}", Exit.USAGE)
    try:
        kwargs = spider_arguments(scrapy_args)
    except ValueError as exc:
        return Problem(f"{spider}: bad argument: {exc}", Exit.USAGE)
    return check_spider(cls, kwargs, timeout)


def check_spider(cls: Any, kwargs: dict[str, str], timeout: float = 5.0,
                 reach: bool = True) -> Problem | None:
    """The spider's arguments, then (``reach``) whether each start URL's host answers."""
    spider = getattr(cls, "name", "spider")
    try:
        parse = getattr(cls, "parse_arguments", None)
        if parse is None:
            return None
        args = parse(**kwargs)
    except ValueError as exc:
        return Problem(f"{spider}: bad argument: {exc}", Exit.USAGE)
    if not reach:
        return None
    seen: set[tuple[str | None, int | None]] = set()
    for url in getattr(args, "start_urls", []):
        parts = urlsplit(url)
        key = (parts.hostname, parts.port)
        if key in seen:
            continue
        seen.add(key)
        why = unreachable(url, timeout)
        if why:
            return Problem(f"cannot reach {url}: {why}; {OFFLINE_HINT}", Exit.NOTHING_FETCHED)
    return None

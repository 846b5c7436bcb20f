"""No private addresses: refused before any connection (``osce/skipped/private_address``)."""

from __future__ import annotations

import ipaddress
import logging
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.url import url_is_from_any_domain

log = logging.getLogger(__name__)


def _literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names by itself, without DNS: ``10.0.0.1``, ``[::1]``, and the
    forms the C resolver also reads as IPv4 (``127.1``, ``2130706433``, ``0x7f.1``)."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _not_public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved
            or addr.is_multicast or addr.is_unspecified or not addr.is_global)


@lru_cache(maxsize=256)
def _resolves_to_private(host: str) -> bool:
    # blocking, but asked only for a host on the allowed domains other than the start
    # hosts (osce.org beside www.osce.org), once per host
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False          # the download will fail on its own, and be counted
    for info in infos:
        try:
            if _not_public(ipaddress.ip_address(info[4][0])):
                return True
        except ValueError:
            continue
    return False


def _origin(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return (parts.hostname or "").lower(), port or default


def _start_origins(spider: Spider) -> set[tuple[str, int | None]]:
    args = getattr(spider, "args", None)
    return {_origin(u) for u in getattr(args, "start_urls", None) or []}


def on_allowed_domains(host: str, spider: Spider) -> bool:
    allowed = getattr(spider, "allowed_domains", None) or []
    return not allowed or url_is_from_any_domain(f"http://{host}/", allowed)


def private_destination(url: str, spider: Spider) -> bool:
    """Whether ``url`` leads to a private, loopback, link-local or reserved address that
    is not a start URL's own origin (host and port): the crawl must not go there.

    A host off the allowed domains is never resolved here (the offsite filter refuses
    it without asking DNS); an address written as such, or ``localhost``, needs no DNS.
    """
    if _origin(url) in _start_origins(spider):
        return False
    host = (urlsplit(url).hostname or "").lower()
    addr = _literal_address(host)
    if addr is not None:
        return _not_public(addr)
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if not host or not on_allowed_domains(host, spider):
        return False
    return _resolves_to_private(host)


def _stats(crawler: Crawler, key: str) -> None:
    if crawler.stats:
        crawler.stats.inc_value(key)


class PrivateAddressMiddleware:
    """Refuse, before any connection, a request to a private or link-local address other
    than the start URL's own (a link to ``127.0.0.1:6379``, a host of the site that
    resolves into the intranet, the cloud metadata address)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        if spider is not None and private_destination(request.url, spider):
            log.warning("refused %s: a private or loopback address other than the start "
                        "URL's", request.url)
            _stats(self.crawler, "osce/skipped/private_address")
            raise IgnoreRequest(f"private address: {request.url}")

"""Spider arguments (``-a name=value``), parsed once into typed objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scraper.extract.vocabulary import LANGUAGES

DEFAULT_NEWSROOM = "https://www.osce.org/press-releases"
DEFAULT_HOME = "https://www.osce.org/"
MODES = ("full", "incremental")
DISCOVERY = ("listing", "sitemap")


class ArgumentError(ValueError):
    """A spider argument with a bad value; the message says which and why."""


def _urls(value: str | None, default: list[str]) -> list[str]:
    if not value:
        return default
    out = []
    for raw in value.split(","):
        url = raw.strip()
        if not url:
            continue
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ArgumentError(f"start_url: {url!r} is not an http(s) URL")
        out.append(url)
    if not out:
        raise ArgumentError("start_url: no URL given")
    return out


def _date(name: str, value: str | None) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ArgumentError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _int(name: str, value: Any, minimum: int) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ArgumentError(f"{name}: {value!r} is not a whole number") from None
    if number < minimum:
        raise ArgumentError(f"{name}: must be at least {minimum}, got {number}")
    return number


def _choice(name: str, value: str | None, choices: tuple[str, ...], default: str) -> str:
    value = (value or default).strip().lower()
    if value not in choices:
        raise ArgumentError(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value


def _languages(value: str | None) -> list[str]:
    if not value:
        return []
    langs = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in langs if v not in LANGUAGES]
    if bad:
        raise ArgumentError(f"languages: {', '.join(bad)} not among {', '.join(LANGUAGES)}")
    return langs


def _localized(url: str, lang: str) -> str:
    """``https://www.osce.org/press-releases`` in ``ru`` → ``…/ru/press-releases``."""
    parts = urlsplit(url)
    if lang == "en":
        return url
    return parts._replace(path=f"/{lang}{parts.path}").geturl()


@dataclass(frozen=True)
class NewsArgs:
    start_urls: list[str] = field(default_factory=lambda: [DEFAULT_NEWSROOM])
    since: dt.date | None = None
    until: dt.date | None = None
    max_pages: int | None = None
    mode: str = "full"
    refresh_days: int | None = None
    discover: str = "listing"

    @classmethod
    def parse(cls, **kwargs: Any) -> NewsArgs:
        known = {"start_url", "since", "until", "max_pages", "languages", "mode",
                 "refresh_days", "discover"}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise ArgumentError(f"unknown argument(s): {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(known))}")
        start = _urls(kwargs.get("start_url"), [DEFAULT_NEWSROOM])
        langs = _languages(kwargs.get("languages"))
        if langs:
            start = [_localized(u, lang) for u in start for lang in langs]
        since = _date("since", kwargs.get("since"))
        until = _date("until", kwargs.get("until"))
        if since and until and since > until:
            raise ArgumentError(f"since ({since}) is after until ({until})")
        return cls(
            start_urls=start, since=since, until=until,
            max_pages=_int("max_pages", kwargs.get("max_pages"), 1),
            mode=_choice("mode", kwargs.get("mode"), MODES, "full"),
            refresh_days=_int("refresh_days", kwargs.get("refresh_days"), 0),
            discover=_choice("discover", kwargs.get("discover"), DISCOVERY, "listing"),
        )

    @property
    def hosts(self) -> list[str]:
        return sorted({(urlsplit(u).hostname or "").lower() for u in self.start_urls})


@dataclass(frozen=True)
class NavigationArgs:
    start_urls: list[str] = field(default_factory=lambda: [DEFAULT_HOME])
    max_depth: int = 1
    max_pages: int | None = None

    @classmethod
    def parse(cls, **kwargs: Any) -> NavigationArgs:
        known = {"start_url", "max_depth", "max_pages"}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise ArgumentError(f"unknown argument(s): {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(known))}")
        depth = _int("max_depth", kwargs.get("max_depth"), 0)
        return cls(start_urls=_urls(kwargs.get("start_url"), [DEFAULT_HOME]),
                   max_depth=1 if depth is None else depth,
                   max_pages=_int("max_pages", kwargs.get("max_pages"), 1))

    @property
    def hosts(self) -> list[str]:
        return sorted({(urlsplit(u).hostname or "").lower() for u in self.start_urls})

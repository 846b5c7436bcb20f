"""Settings checked before a crawl starts: a bad value is one line and exit status 2.

Scrapy reads most settings only when the component that needs them starts, so a
``-s DOWNLOAD_DELAY=soon`` or ``-s OUTPUT_FILE=../x`` would otherwise end in a traceback
half-way through the start, and a crawl that never ran would look like a site that
changed (no records).  :func:`problem` reads every setting of ours, and the Scrapy
settings a user is likely to pass, the way the crawl will read them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object

from scraper.crawl.stats import FAILURE_KINDS
from scraper.output.paths import UnsafePath, safe_name
from scraper.output.schema import KINDS

# (setting, minimum): read with getfloat / getint as the crawl reads them
FLOATS = {
    "DOWNLOAD_DELAY": 0.0, "AUTOTHROTTLE_START_DELAY": 0.0, "AUTOTHROTTLE_MAX_DELAY": 0.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 0.0, "DOWNLOAD_TIMEOUT": 0.0,
    "CLOSESPIDER_TIMEOUT": 0.0, "LOGSTATS_INTERVAL": 0.0, "PROGRESS_INTERVAL": 0.0,
    "OSCE_RETRY_BACKOFF_BASE": 0.0, "OSCE_RETRY_BACKOFF_MAX": 0.0,
    "OSCE_RETRY_AFTER_MAX": 0.0, "MAX_IDLE_TIME_BEFORE_CLOSE": 0.0,
    "OSCE_REDIS_POLL_INTERVAL": 0.0, "OSCE_MONITOR_MAX_DROP": 0.0,
}
INTS = {
    "CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_MAXSIZE": 0,
    "DOWNLOAD_WARNSIZE": 0, "OSCE_RETRY_TIMES": 0, "REDIRECT_MAX_TIMES": 0,
    "WARC_MAX_SIZE": 1, "CLOSESPIDER_ITEMCOUNT": 0, "CLOSESPIDER_PAGECOUNT": 0,
    "CLOSESPIDER_ERRORCOUNT": 0, "OSCE_MONITOR_HISTORY": 1,
    "OSCE_MONITOR_EMPTY_LISTINGS_MAX": 0, "OSCE_MONITOR_COVERAGE_MIN_RECORDS": 0,
    "OSCE_MONITOR_FAILURE_MIN_PAGES": 1,
}
BOOLS = ("ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED", "HTTPCACHE_ENABLED", "BODY_HTML",
         "OUTPUT_FSYNC", "STATE_ENABLED", "WARC_ENABLED", "OSCE_DISTRIBUTED",
         "SPIDERMON_ENABLED", "OSCE_SUMMARY", "OSCE_PREFLIGHT", "OSCE_LOOPBACK_FAST")
# file names inside OUTPUT_DIR, with the fields each may fill in
NAMES = {"OUTPUT_FILE": ("spider", "run_id", "worker"),
         "OUTPUT_REJECTS_FILE": ("spider", "run_id", "worker"),
         "OUTPUT_DATASET": ("spider",)}
PROGRESS_DISPLAYS = ("log", "terminal", "off")


def _number(settings: BaseSettings, name: str, read: Callable[[str], Any],
            minimum: float, what: str) -> str | None:
    try:
        value = read(name)
    except (TypeError, ValueError):
        return f"-s {name}={settings.get(name)!r}: not {what}"
    if value < minimum:
        return f"-s {name}={settings.get(name)!r}: must be at least {minimum:g}"
    return None


def _shares(settings: BaseSettings, name: str, keys: tuple[str, ...]) -> str | None:
    try:
        table = settings.getdict(name)
    except (TypeError, ValueError):
        return f"-s {name}: not a JSON object of shares, e.g. '{{\"{keys[0]}\": 0.5}}'"
    for key, value in table.items():
        if key not in keys:
            return f"-s {name}: {key!r} is not one of {', '.join(keys)}"
        try:
            share = float(value)
        except (TypeError, ValueError):
            return f"-s {name}: {key}={value!r} is not a number"
        if not 0.0 <= share <= 1.0:
            return f"-s {name}: {key}={value!r} is not a share from 0 to 1"
    return None


def _name(settings: BaseSettings, name: str, fields: tuple[str, ...]) -> str | None:
    template = str(settings.get(name) or "")
    if not template and name != "OUTPUT_DATASET":
        return f"-s {name}: empty; a file name inside OUTPUT_DIR"
    if not template:
        return None
    try:
        filled = template.format_map(dict.fromkeys(fields, "x"))
    except (KeyError, ValueError, IndexError):
        return (f"-s {name}={template!r}: only "
                f"{', '.join('{' + f + '}' for f in fields)} may be filled in")
    try:
        safe_name(filled)
    except UnsafePath:
        return (f"-s {name}={template!r}: a single file name inside OUTPUT_DIR (letters, "
                "digits, '.', '_', '-'; no '..', separators or absolute paths)")
    return None


def _actions(settings: BaseSettings) -> str | None:
    from spidermon.core.actions import Action

    from scraper.crawl.monitors import action_paths

    try:
        paths = action_paths(settings)
    except ValueError:
        return "-s OSCE_MONITOR_ACTIONS: not a JSON list of class paths"
    for path in paths:
        try:
            cls = load_object(path)
        except (ImportError, AttributeError, ValueError, NameError) as exc:
            return f"-s OSCE_MONITOR_ACTIONS: cannot load {path!r} ({exc})"
        if not (isinstance(cls, type) and issubclass(cls, Action)):
            return f"-s OSCE_MONITOR_ACTIONS: {path!r} is not a Spidermon action class"
    return None


def problem(settings: BaseSettings) -> str | None:
    """The first setting the crawl cannot use, as one line, or None."""
    for name, minimum in FLOATS.items():
        if (why := _number(settings, name, settings.getfloat, minimum, "a number")):
            return why
    for name, least in INTS.items():
        if (why := _number(settings, name, settings.getint, least, "a whole number")):
            return why
    for name in BOOLS:
        try:
            settings.getbool(name)
        except ValueError:
            return f"-s {name}={settings.get(name)!r}: not a boolean (1/0, True/False)"
    for name, fields in NAMES.items():
        if (why := _name(settings, name, fields)):
            return why
    run_id = str(settings.get("OSCE_RUN_ID") or "")
    if run_id:
        try:
            safe_name(run_id)
        except UnsafePath as exc:
            return f"-s OSCE_RUN_ID={run_id!r}: {exc}"
    watched = tuple(sorted({f for fields in KINDS.values() for f in fields}))
    if (why := _shares(settings, "OSCE_COVERAGE_THRESHOLDS", watched)):
        return why
    if (why := _shares(settings, "OSCE_MONITOR_FAILURE_RATIOS", FAILURE_KINDS)):
        return why
    if settings.getfloat("OSCE_MONITOR_MAX_DROP") > 1:
        return "-s OSCE_MONITOR_MAX_DROP: a share from 0 to 1"
    level = str(settings.get("LOG_LEVEL") or "INFO").upper()
    if level not in logging.getLevelNamesMapping():
        return f"-s LOG_LEVEL={level!r}: not one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    display = str(settings.get("PROGRESS_DISPLAY") or "log")
    if display not in PROGRESS_DISPLAYS:
        return f"-s PROGRESS_DISPLAY={display!r}: not one of {', '.join(PROGRESS_DISPLAYS)}"
    return _actions(settings)

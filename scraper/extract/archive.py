"""Pages saved by web archives, read as the original page.

The Internet Archive's Wayback Machine serves a capture at
``https://web.archive.org/web/<timestamp>[modifier]/<original URL>``.  Its playback
form injects scripts and a stylesheet into ``<head>`` (up to
``<!-- End Wayback Rewrite JS Include -->``), a toolbar at the top of ``<body>``
(``<!-- BEGIN WAYBACK TOOLBAR INSERT -->`` … ``END``) and rewrites every URL of the
page to point into the archive (absolute, protocol-relative or root-relative
``/web/<timestamp>[modifier]/<original>``).  Its raw form (modifier ``id_``), like a
Common Crawl WARC record, is the original bytes.

Other replays of the same software family write the same form under a collection name
in place of ``web``: Archive-It (``wayback.archive-it.org/<collection id>/<timestamp>/
<original>``), pywb / Webrecorder (``<host>/<collection>/<timestamp>[modifier]/<original>``,
its ``<!-- WB Insert -->`` block in ``<head>`` and its ``_wb_frame_top_banner`` at the top
of ``<body>``).  archive.today (``archive.ph/<YYYY.MM.DD-HHMMSS>/<original>``) leaves the
page's links alone and puts its own header (``<div id="HEADER">``, with links to the
previous and next captures) above the page.  A replay of any of them is read as the
original page too: one record per original page, whichever archive kept it.

:func:`unarchive` undoes all of it on the decoded text, before the page is parsed, so
every page object sees the page as the site served it; the :class:`Capture` says where
and when it was saved.  Pure functions: no Scrapy, no network.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from urllib.parse import urlsplit

from scraper.extract import urls

WAYBACK_HOST = "web.archive.org"
# the modifiers Wayback puts after the timestamp: id_ raw, im_ image, cs_ css, js_ script,
# if_/fw_ frame, oe_ embed
_MODIFIER = r"(?:[a-z]{2}_)?"
# /web/<1-14 digit timestamp><modifier>/<original>; the original keeps its own scheme
_PLAYBACK_PATH = re.compile(r"^/(web)/(\d{1,14})(" + _MODIFIER + r")/(.+)$", re.S)
# /<collection>/<14 digit timestamp><modifier>/<original with its scheme> (Archive-It,
# pywb): a collection is any one path segment, so the rest must be unmistakable
_COLLECTION_PATH = re.compile(
    r"^/([A-Za-z0-9_.~-]+)/(\d{14})(" + _MODIFIER + r")/(https?:/.+)$", re.S | re.I)
# archive.today: /<YYYY.MM.DD-HHMMSS>/<original with its scheme>
_DOTTED_TIMESTAMP = r"\d{4}\.\d\d\.\d\d-\d{6}"
_DOTTED_PATH = re.compile(r"^/()(" + _DOTTED_TIMESTAMP + r")()/(https?:/.+)$", re.S | re.I)
# pywb's insert in <head> and its banner at the top of <body>
_WB_INSERT = re.compile(r"<!--\s*WB Insert\s*-->.*?<!--\s*End WB Insert\s*-->", re.S | re.I)
_WB_BANNER = re.compile(r"<div[^>]*\bid=[\"']_wb_frame_top_banner[\"']", re.I)
# archive.today's header: a div id=HEADER naming the archive
_AT_HEADER = re.compile(r"<div[^>]*\bid=[\"']HEADER[\"']", re.I)
# the replay's own notes in a saved page: pywb's wbinfo, Archive-It's wbPrefix
_WB_PREFIX = re.compile(r"(?:wbinfo\.prefix\s*=\s*(?:decodeURI\()?|\bwbPrefix\s*=\s*)"
                        r"[\"'](https?://[^\"'/]+)/([A-Za-z0-9_.~-]+)/[\"']")
_WB_URL = re.compile(r"(?:wbinfo\.url|\bwbCurrentUrl)\s*=\s*[\"'](https?://[^\"']+)[\"']")
_WB_TIMESTAMP = re.compile(r"wbinfo\.timestamp\s*=\s*[\"'](\d{14})[\"']")
_HEAD_INSERT = re.compile(
    r"<script[^>]*(?:/_static/|archive\.org/includes/)[^>]*>.*?"
    r"<!--\s*End Wayback Rewrite JS Include\s*-->", re.S | re.I)
_TOOLBAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?"
                      r"<!--\s*END WAYBACK TOOLBAR INSERT\s*-->", re.S | re.I)
# what the head insert holds when it comes without its closing comment, one by one
_ARCHIVE_SCRIPT = re.compile(
    r"<script[^>]*\bsrc=[\"'][^\"']*(?:/_static/js/|archive\.org/includes/)[^>]*>\s*</script>"
    r"|<script[^>]*>(?:(?!</script>).)*?(?:__wm\.|wombat|archive_analytics)"
    r"(?:(?!</script>).)*?</script>", re.S | re.I)
_ARCHIVE_CSS = re.compile(r"<link[^>]*\bhref=[\"'][^\"']*/_static/css/[^>]*>", re.I)
# the comment Wayback appends: "FILE ARCHIVED ON 12:34:56 Mar 04, 2019 AND RETRIEVED …"
_ARCHIVED_ON = re.compile(r"FILE ARCHIVED ON (\d\d:\d\d:\d\d) ([A-Z][a-z]{2}) (\d\d?), (\d{4})")
_WOMBAT = re.compile(r"__wm\.wombat\(\s*[\"']([^\"']*)[\"']\s*,\s*[\"'](\d{14})[\"']")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MARKERS = ("WAYBACK TOOLBAR INSERT", "End Wayback Rewrite JS Include", "FILE ARCHIVED ON",
            "__wm.init", "WB Insert -->", "_wb_frame_top_banner")


@dataclass(frozen=True)
class Capture:
    """Where a page was saved: the original address, the capture time, the archive copy."""

    original_url: str
    archived_at: str | None      # ISO 8601 UTC, "2019-03-04T12:34:56Z"
    archive_url: str | None      # the capture's playback address
    source: str = "wayback"      # wayback | commoncrawl

    def fields(self) -> dict[str, str | None]:
        """The record keys a capture adds (``source``, ``archived_at``, ``archive_url``)."""
        return {"source": self.source, "archived_at": self.archived_at,
                "archive_url": self.archive_url}


@dataclass(frozen=True)
class PlaybackUrl:
    origin: str          # "https://web.archive.org"
    timestamp: str       # 1 to 14 digits (archive.today: YYYY.MM.DD-HHMMSS), as written
    modifier: str        # "", "id_", "im_", …
    original: str        # the original URL
    collection: str = "web"     # "web", an Archive-It or pywb collection; "" archive.today

    @property
    def _prefix(self) -> str:
        return f"{self.origin}/{self.collection}/" if self.collection else f"{self.origin}/"

    @property
    def playback(self) -> str:
        """The capture's address in its playback form (no modifier)."""
        return f"{self._prefix}{self.timestamp}/{self.original}"

    @property
    def raw(self) -> str:
        """The capture's address in its raw form (``id_``: the original bytes)."""
        return f"{self._prefix}{self.timestamp}id_/{self.original}"


def parse_playback_url(url: str) -> PlaybackUrl | None:
    """``https://web.archive.org/web/20190304123456id_/https://www.osce.org/x`` → its
    parts; None for any other URL.  Any host serving the ``/web/<timestamp>/<URL>``
    form is taken for an archive (a mirror, a local replay), and so is any serving
    ``/<collection>/<14-digit timestamp>/<URL with its scheme>`` (Archive-It, pywb) or
    archive.today's ``/<YYYY.MM.DD-HHMMSS>/<URL with its scheme>``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    path = url[len(f"{parts.scheme}://{parts.netloc}"):]
    m = _PLAYBACK_PATH.match(path) or _COLLECTION_PATH.match(path) or _DOTTED_PATH.match(path)
    if not m:
        return None
    original = _original_scheme(m[4])
    if original is None:
        return None
    return PlaybackUrl(f"{parts.scheme}://{parts.netloc}", m[2], m[3], original, m[1])


def _original_scheme(value: str) -> str | None:
    """The original URL as written after the timestamp; a scheme folded to one slash
    (``http:/www.osce.org``, as some clients normalise paths) is repaired.  None when
    what follows is no web address (``https://[www.osce.org/x``): no capture's."""
    m = re.match(r"^(https?):/+(.*)$", value, re.I)
    if m:
        original = f"{m[1].lower()}://{m[2]}"
    elif re.match(r"^[a-z0-9.-]+\.[a-z]{2,}(?:[:/]|$)", value, re.I):
        original = f"http://{value}"     # Wayback accepts a bare host: it means http
    else:
        return None
    try:
        urls.canonical(original)
    except ValueError:
        return None
    return original


def timestamp_iso(timestamp: str) -> str | None:
    """A Wayback/CDX timestamp (``20190304123456``, or a shorter prefix of one) as ISO
    8601 UTC; None when it is no date.  archive.today's ``2019.03.12-101522`` too."""
    if re.fullmatch(_DOTTED_TIMESTAMP, timestamp):
        timestamp = re.sub(r"\D", "", timestamp)
    digits = (timestamp + "0101000000")[:14] if len(timestamp) < 14 else timestamp[:14]
    if len(timestamp) == 6:         # YYYYMM: the month's first day
        digits = timestamp + "01000000"
    try:
        moment = dt.datetime.strptime(digits, "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def looks_archived(text: str, url: str) -> bool:
    """Is this page an archive's playback of another page?"""
    head = text[:200_000]
    return parse_playback_url(url) is not None or any(m in head for m in _MARKERS)


def _prefix_pattern(origins: set[str], collections: AbstractSet[str] = frozenset()
                    ) -> re.Pattern[str]:
    """Rewritten URLs: an archive origin (absolute or protocol-relative), or none at all
    (root-relative), then ``/web/<timestamp><modifier>/``, or a replay's own collection
    ``/<collection>/<14-digit timestamp><modifier>/`` before an address with its scheme."""
    hosts = "|".join(re.escape(urlsplit(o).netloc) for o in sorted(origins))
    named = "|".join(re.escape(c) for c in sorted(collections) if c and c != "web")
    other = (r"|(?:" + named + r")/\d{14}" + _MODIFIER + r"/(?=https?:/)") if named else ""
    return re.compile(r"(?:(?:https?:)?//(?:" + hosts + r"))?/(?:web/\d{1,14}" + _MODIFIER
                      + r"/(?=https?:|//|[a-z0-9.-]+\.[a-z]{2,}/)" + other + ")", re.I)


# a rewritten URL starts right after a quote, an equals sign, "url(" or a srcset comma
_ROOT_RELATIVE_CONTEXT = re.compile(r"""(["'=(,\s])$""")


def unrewrite(text: str, origins: set[str], collections: AbstractSet[str] = frozenset()) -> str:
    """Every archive-rewritten URL in ``text`` back to its original."""
    pattern = _prefix_pattern(origins, collections)

    def strip(m: re.Match[str]) -> str:
        if m[0].startswith("/") and not _ROOT_RELATIVE_CONTEXT.search(
                text[max(0, m.start() - 1):m.start()]):
            return m[0]             # "/web/2019…/" in running text, not a link
        return ""

    text = pattern.sub(strip, text)
    # a protocol-relative original ("//www.osce.org/x" after the prefix) stays valid
    return text


def capture_time(text: str, playback: PlaybackUrl | None) -> str | None:
    """When the page was captured: the address's timestamp, else the archive's own
    notes in the page (the wombat call, the closing comment)."""
    if playback is not None and len(playback.timestamp) == 14:
        return timestamp_iso(playback.timestamp)
    m = _WOMBAT.search(text)
    if m:
        return timestamp_iso(m[2])
    m = _ARCHIVED_ON.search(text)
    if m and m[2] in _MONTHS:
        month = _MONTHS.index(m[2]) + 1
        return f"{m[4]}-{month:02d}-{int(m[3]):02d}T{m[1]}Z"
    return timestamp_iso(playback.timestamp) if playback is not None else None


def unarchive(text: str, url: str) -> tuple[str, Capture | None]:
    """The page as its site served it, and where it was saved (None: not a capture).

    The toolbar, the archive's scripts and stylesheets go; every rewritten URL gets its
    original back.  The raw form (``id_``) changes nothing but the address.
    """
    if not looks_archived(text, url):
        return text, None
    playback = parse_playback_url(url)
    archived_at = capture_time(text, playback)
    original_text = text
    text = _TOOLBAR.sub("", text)
    text = _HEAD_INSERT.sub("", text)
    text = _ARCHIVE_SCRIPT.sub("", text)
    text = _ARCHIVE_CSS.sub("", text)
    text = _WB_INSERT.sub("", text)
    text = _drop_div(text, _WB_BANNER)
    text = _drop_div(text, _AT_HEADER, "archive.today")
    origins = {f"https://{WAYBACK_HOST}"}
    collections = {"web"}
    if playback is not None:
        origins.add(playback.origin)
        collections.add(playback.collection)
    notes = _replay_notes(original_text)
    if notes is not None:
        origins.add(notes.origin)
        collections.add(notes.collection)
    text = unrewrite(text, origins, collections)
    if playback is None and notes is not None and notes.original != "":
        # a saved replay page without its address: its own notes name the original
        return text, Capture(notes.original, capture_time(original_text, notes) or archived_at,
                             notes.playback if notes.timestamp else None)
    if playback is None:
        # a saved playback page without its address: the archive's script names the
        # original and the capture (else the page's canonical will have to say)
        m = _WOMBAT.search(original_text)
        if m and _original_scheme(m[1]) and timestamp_iso(m[2]):
            original = _original_scheme(m[1]) or url
            return text, Capture(original, archived_at, f"https://{WAYBACK_HOST}/web/{m[2]}/"
                                                        f"{original}")
        return text, Capture(url, archived_at, None)
    return text, Capture(playback.original, archived_at, playback.playback)


def _replay_notes(text: str) -> PlaybackUrl | None:
    """What a replay's own script says of the page (pywb's ``wbinfo``, Archive-It's
    ``wbPrefix``): the archive's origin and collection, and, when it names them, the
    original address and capture time (``original`` empty when it does not)."""
    head = text[:200_000]
    m = _WB_PREFIX.search(head)
    if m is None:
        return None
    url = _WB_URL.search(head)
    ts = _WB_TIMESTAMP.search(head)
    original = (_original_scheme(url[1]) or "") if url else ""
    return PlaybackUrl(m[1], ts[1] if ts else "", "", original, m[2])


def _drop_div(text: str, start: re.Pattern[str], naming: str = "") -> str:
    """``text`` without the ``<div>`` that ``start`` finds, all it holds included (when
    ``naming`` is given, only a div whose text names it: an archive's own block)."""
    m = start.search(text)
    if m is None:
        return text
    depth = 0
    for tag in re.finditer(r"<(/?)div\b[^>]*>", text[m.start():], re.I):
        depth += -1 if tag[1] else 1
        if depth == 0:
            end = m.start() + tag.end()
            if naming and naming not in text[m.start():end]:
                return text
            return text[:m.start()] + text[end:]
    return text

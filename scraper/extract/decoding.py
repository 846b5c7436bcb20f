"""From a response's bytes to text, the way a browser decides (BOM, HTTP header,
``<meta>``, guess), and what the response's headers say of the page (the day served).
:mod:`.document` parses what this decodes."""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from typing import Any

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    to_unicode,
)

_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
    b"\x00\x00\x01\x00", b"BM", b"II*\x00", b"MM\x00*", b"\xd0\xcf\x11\xe0",
)


def looks_binary(head: bytes) -> bool:
    if head.startswith(_BINARY_MAGIC):
        return True
    sample = head[:1024]
    return b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def _header(headers: Mapping[str, Any] | None, name: str) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        k = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if k.lower() == name.lower():
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            if isinstance(value, bytes):
                return value.decode("latin-1")
            return None if value is None else str(value)
    return None


def served_day(headers: Mapping[str, Any] | None) -> dt.date | None:
    """The day of a response's HTTP ``Date`` header (``Thu, 17 Mar 2016 12:00:00 GMT``),
    in UTC; None without one or for one that is no date."""
    value = _header(headers, "Date")
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.date()


def decode(body: bytes, headers: Mapping[str, Any] | None = None) -> tuple[str, str]:
    """(encoding, text) the way a browser decides: BOM, HTTP header, ``<meta>``, guess.

    A charset nobody knows is ignored rather than trusted; undecodable bytes become
    U+FFFD instead of failing the page.
    """
    content_type = _header(headers, "Content-Type")
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
        if m and not _known_codec(m[1]):
            content_type = re.sub(r";?\s*charset\s*=\s*[\"']?[\w.:-]+[\"']?", "", content_type,
                                  flags=re.I)
    encoding, text = _browser_decode(content_type, body)
    if "\ufffd" in text and _codec_name(encoding) == "utf-8":
        # declared UTF-8 but not UTF-8 throughout (a lying header, or a page pasted
        # together from two encodings): the stray bytes are almost always cp1252
        text = body.decode("utf-8", errors=_CP1252_FALLBACK).lstrip("\ufeff")
        encoding = "utf-8+cp1252"
    return encoding, text


def _browser_decode(content_type: str | None, body: bytes) -> tuple[str, str]:
    """BOM, then the header's charset, then ``<meta>``/XML declaration, then our guess.

    The steps are w3lib's own parts, put in order here: its ``html_to_unicode`` stopped
    taking a guessing function (2.6), and its new guess (the top-level domain's usual
    charset) would read a page differently by where it was served from, which a
    fixture on disk cannot say.
    """
    bom_encoding, bom = read_bom(body)
    if bom_encoding is not None and bom is not None:
        return bom_encoding, to_unicode(body[len(bom):], bom_encoding)
    encoding = http_content_type_encoding(content_type) or _guess(body)
    return encoding, to_unicode(body, encoding)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start:error.end]
    return chunk.decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "osce-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


# a cut tag is the body's last; a body panicking again is read as declaring nothing
_PRESCAN_TRIES = 2


def _declared(body: bytes) -> str | None:
    """The encoding a ``<meta>`` or an XML declaration in ``body`` declares (w3lib's
    reader).  Its prescan (frostwork 0.2.2, in Rust) panics on a body cut off inside a
    ``<meta`` tag, a truncated download: the cut tag declares nothing, so the body
    before it is read again (a declaration above it still counts)."""
    for _ in range(_PRESCAN_TRIES):
        try:
            return html_body_declared_encoding(body)
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException:   # pyo3's PanicException derives from BaseException only
            body = body[:max(body.rfind(b"<"), 0)]
    return None


def _guess(body: bytes) -> str:
    declared = _declared(body)
    if declared and _known_codec(declared):
        return declared
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        # real UTF-8 sequences present: UTF-8 with a few stray bytes (fixed on decode)
        return "utf-8" if _UTF8_SEQUENCE.search(body) else "cp1252"
    return "utf-8"

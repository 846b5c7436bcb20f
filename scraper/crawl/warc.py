"""WARC archive of every exchange, and reading it back for re-extraction.

Each response is stored as a WARC ``response`` record (the HTTP status line,
headers and the body as received, Content-Encoding and all) with its ``request``
record, in gzip-compressed files rotated by size.  Reading decodes the body.  A custom header
``OSCE-Page-Kind`` says which page object read the response, so re-extraction
needs no guessing.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

log = logging.getLogger(__name__)

KIND_HEADER = "OSCE-Page-Kind"
# the body is stored whole and unchunked, so its length is restated
_DROP_HEADERS = {"transfer-encoding", "content-length"}


@dataclass
class ArchivedResponse:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    kind: str | None
    date: str | None


class WarcArchive:
    """Append-only WARC files ``<prefix>-<timestamp>-<serial>.warc.gz`` under ``directory``."""

    def __init__(self, directory: Path, prefix: str = "osce", max_size: int = 100 * 2**20,
                 software: str = "osce-scraper") -> None:
        self.directory = directory
        self.prefix = prefix
        self.max_size = max_size
        self.software = software
        self.serial = 0
        self._file: IO[bytes] | None = None
        self._writer: WARCWriter | None = None
        self.path: Path | None = None
        self.records = 0

    def _open(self) -> WARCWriter:
        if self._writer is not None and self._file is not None \
                and self._file.tell() < self.max_size:
            return self._writer
        self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S%f")
        self.serial += 1
        self.path = self.directory / f"{self.prefix}-{stamp}-{self.serial:05d}.warc.gz"
        self._file = open(self.path, "ab")  # noqa: SIM115 - kept open across records
        self._writer = WARCWriter(self._file, gzip=True)
        info = self._writer.create_warcinfo_record(self.path.name, {
            "software": self.software, "format": "WARC File Format 1.1"})
        self._writer.write_record(info)
        return self._writer

    def write(self, url: str, status: int, reason: str, response_headers: list[tuple[str, str]],
              body: bytes, request_method: str, request_headers: list[tuple[str, str]],
              kind: str | None = None) -> None:
        writer = self._open()
        headers = [(k, v) for k, v in response_headers if k.lower() not in _DROP_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        extra = {KIND_HEADER: kind} if kind else None
        # with the length known, warcio digests the payload without a temporary copy
        response = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                             length=len(body), http_headers=http,
                                             warc_headers_dict=extra)
        path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        req_http = StatusAndHeaders(f"{request_method} /{path} HTTP/1.1", request_headers,
                                    is_http_request=True)
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0,
                                            http_headers=req_http)
        request.rec_headers.add_header("WARC-Concurrent-To",
                                       response.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(response)
        writer.write_record(request)
        self.records += 1
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.flush()
            self._file.close()
        self._file = None
        self._writer = None


def read_responses(path: Path) -> Iterator[ArchivedResponse]:
    """Every response record of a WARC file (truncated last records are skipped)."""
    with open(path, "rb") as fh:
        iterator: Any = ArchiveIterator(fh)
        try:
            for rec in iterator:
                if rec.rec_type != "response":
                    continue
                http = rec.http_headers
                status = int(http.get_statuscode() or "0") if http else 0
                headers = dict(http.headers) if http else {}
                yield ArchivedResponse(
                    url=rec.rec_headers.get_header("WARC-Target-URI"),
                    status=status,
                    headers=headers,
                    body=rec.content_stream().read(),
                    kind=rec.rec_headers.get_header(KIND_HEADER),
                    date=rec.rec_headers.get_header("WARC-Date"),
                )
        except Exception as exc:   # warcio raises all sorts on a cut or corrupt record
            # a file cut short by a crash: everything before the cut was read
            log.warning("%s: archive ends in a damaged record (%s: %s); records before it "
                        "were read", path, type(exc).__name__, exc)
            return

"""Decompression within DOWNLOAD_MAXSIZE, the refusal counted
(``osce/download_failed/size_limit``)."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response


class SizeLimitedCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression (which stops at DOWNLOAD_MAXSIZE and logs the URL), with
    the refusal counted: a decompression bomb is a size-limit failure like any other."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            if self.stats:
                self.stats.inc_value("osce/download_failed/size_limit")
            raise

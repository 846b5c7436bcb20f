"""A line that is one document's link and nothing more is the item's attachment, no
body text, though the link carries screen-reader-only words ("(opens in a new tab)"):
the line is judged by the words the link shows."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Monitors report | OSCE</title>
<style>.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}</style>
</head><body><main><article>
<h1>Monitors report on the situation in the east</h1>
<div class="article-body">
<p>The monitors recorded fewer ceasefire violations than in the previous period and
visited three settlements along the contact line to speak with residents.</p>
<p><a href="/files/f/documents/1/2/annex.pdf">Annex: restrictions (PDF, 96 KB){sr}</a></p>
<p>The monitors also observed the repair of a water pipeline near the contact line,
which the sides had agreed to allow in a local ceasefire.</p>
</div></article></main></body></html>"""


def _record(sr: str) -> dict:
    page = _PAGE.format(sr=sr).encode()
    return extract(page, "https://www.osce.org/secretariat/591301").records[0]


def test_a_file_line_with_screen_reader_words_is_no_body() -> None:
    record = _record('<span class="sr-only"> (opens in a new tab)</span>')
    assert "Annex" not in record["body"]
    assert [b["type"] for b in record["body_blocks"]] == ["paragraph", "paragraph"]
    assert {"url": "https://www.osce.org/files/f/documents/1/2/annex.pdf",
            "title": "Annex: restrictions (PDF, 96 KB)"} in record["attachments"]


def test_a_file_line_without_them_is_no_body_either() -> None:
    assert "Annex" not in _record("")["body"]

"""An attachment-labelled line whose file link is followed by a description line of
the file ("Description: Adobe PDF document", a mail archive's attached part) is the
attachment, no paragraph of the text."""
from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Election observers trained in Vienna</title></head>
<body><main><article>
<h1>Election observers trained in Vienna</h1>
<div class="text">
<p>Thirty short-term election observers from nine participating States began a
three-day course today on the methods of election observation used by the Office.</p>
<p>The course covers the legal framework, the campaign and the media, and the count.</p>
<p><strong>Attachment:
<a href="/files/course_programme.pdf"><tt>course_programme.pdf</tt></a></strong><br>
<em>Description:</em> Adobe PDF document</p>
</div>
</article></main></body></html>"""


def _record() -> dict[str, Any]:
    return extract(_PAGE.encode(), "https://www.example.org/news/observers-trained").records[0]


def test_the_described_file_line_is_no_body() -> None:
    record = _record()
    assert "Attachment" not in record["body"]
    assert record["body"].endswith("and the count.")


def test_the_file_is_an_attachment() -> None:
    urls = [a["url"] for a in _record()["attachments"]]
    assert urls == ["https://www.example.org/files/course_programme.pdf"]

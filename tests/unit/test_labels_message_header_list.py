"""A list whose every item reads "Label: value" on one line, one of them a known label
(an e-mail archive's message header: To, Subject, From, Date), is the item's labels
as a whole: none of its lines is the lead or the text."""
from __future__ import annotations

from typing import Any

import pytest
from lxml import html

from scraper.extract.extraction import extract
from scraper.extract.label_regions import header_list_items

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Election observers trained in Vienna</title></head>
<body>
<h1>Election observers trained in Vienna</h1>
<hr>
<ul>
<li><em>To</em>: press-list@example.org</li>
<li><em>Subject</em>: Election observers trained in Vienna</li>
<li><em>From</em>: Press list &lt;press-list@example.org&gt;</li>
<li><em>Date</em>: Tue, 4 May 2004 10:12:00 +0200</li>
</ul>
<hr>
<pre>VIENNA, 4 May 2004 - Thirty short-term election observers from nine
participating States began a three-day course today on the methods
of election observation used by the Office.

The course covers the legal framework, the campaign and the media.
</pre>
</body></html>"""


def _record() -> dict[str, Any]:
    return extract(_PAGE.encode(), "https://lists.example.org/press/2004-05/msg00004.html"
                   ).records[0]


def test_no_header_line_is_the_lead() -> None:
    assert _record()["summary"] is None


def test_the_text_starts_after_the_header_list() -> None:
    body = _record()["body"]
    assert body.startswith("VIENNA, 4 May 2004")
    assert "Subject" not in body
    assert "press-list@" not in body


def test_a_list_of_sentences_is_no_header() -> None:
    root = html.fromstring("<ul><li><b>Date</b>: 4 May 2004</li><li>The course covers the "
                           "legal framework and the campaign.</li><li>Note: more.</li></ul>")
    holder = root.xpath("//b")[0]
    assert header_list_items(holder, lambda el: el.text_content()) == []

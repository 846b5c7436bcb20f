"""A table row whose first cell is a label and nothing more ("Source file:") and whose
other cell is a document's link with its file facts is the attachment's line: the
link is the attachment and the label goes with it, no table row of the body; a label
cell beside a cell of words stays."""
from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Border seminar opens</title></head>
<body><div class="page">
<h3>Border seminar opens</h3>
<table class="meta">
<tr><td><b>Type:</b></td><td>Press release</td></tr>
<tr><td><b>Source file:</b></td><td><a href="/files/seminar.pdf">Press release
(PDF, 96 KB)</a></td></tr>
</table>
<hr>
<pre>
The Centre opened a three-day seminar on border management today for forty
officers of the border service, the customs service and the migration office.

The seminar deals with methods of detecting forged travel documents and with
risk analysis at crossing points, and with sharing information between agencies.
</pre>
</div></body></html>"""


def _record() -> dict[str, Any]:
    return extract(_PAGE.encode(), "https://www.example.org/news/seminar").records[0]


def test_the_label_of_a_file_row_is_no_body() -> None:
    record = _record()
    assert "Source file" not in record["body"]
    assert record["body"].startswith("The Centre opened")
    assert [b["type"] for b in record["body_blocks"]] == ["preformatted", "preformatted"]


def test_the_file_is_the_attachment() -> None:
    attachments = _record()["attachments"]
    assert [a["url"] for a in attachments] == ["https://www.example.org/files/seminar.pdf"]


_FACTS_PAGE = """<html lang="en"><head><title>Border seminar opens</title></head>
<body><div class="page">
<h1>Border seminar opens</h1>
<div class="text">
<p>The Centre opened a three-day seminar on border management today for forty
officers of the border service, the customs service and the migration office.</p>
<p>The seminar deals with methods of detecting forged travel documents and with
risk analysis at crossing points, and with sharing information between agencies.</p>
<table>
<tr><td>Venue:</td><td>Training centre at the old crossing</td></tr>
<tr><td>Organizer:</td><td><a href="/centre">The Centre</a></td></tr>
<tr><td>Source file:</td><td><a href="/files/seminar.pdf">Programme (PDF, 96 KB)</a></td></tr>
</table>
</div>
</div></body></html>"""


def test_a_label_beside_words_stays_in_the_text() -> None:
    record = extract(_FACTS_PAGE.encode(), "https://www.example.org/news/seminar").records[0]
    rows = [b["text"] for b in record["body_blocks"] if b["type"] == "table-row"]
    assert rows == ["Venue: | Training centre at the old crossing",
                    "Organizer: | The Centre"]

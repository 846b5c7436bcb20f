"""A heading the body ends on heads nothing that is body (its section, tag links or a
files list, was left out), so it is no block of the body either."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Border officers trained | OSCE</title></head><body>
<main><article>
<h1>Border officers trained in risk analysis</h1>
<div class="post-body">
<p>Twenty border officers from five participating States completed a two-week course on
risk analysis and document security at the OSCE Border Management Staff College.</p>
<h2>What the course covered</h2>
<p>The course covered profiling, the detection of forged documents and the exchange of
information between agencies, with exercises at a border crossing point.</p>
{tail}
</div>
</article></main></body></html>"""

_KEYWORDS = """<div class="keywords"><h5>Keywords</h5><ul class="tags">
<li><a href="/blog/tag/borders/">borders</a></li><li><a href="/blog/tag/training/">training</a></li>
</ul></div>"""


def _blocks(tail: str) -> list[dict[str, str]]:
    body = _PAGE.replace("{tail}", tail).encode()
    return extract(body, "https://www.osce.org/secretariat/591234").records[0]["body_blocks"]


def test_a_heading_over_tag_links_is_no_block() -> None:
    blocks = _blocks(_KEYWORDS)
    assert blocks[-1]["type"] == "paragraph"
    assert "Keywords" not in [b["text"] for b in blocks]


def test_a_heading_with_text_after_it_stays() -> None:
    blocks = _blocks("")
    assert {"type": "heading", "text": "What the course covered"} in blocks
    assert blocks[-1]["text"].startswith("The course covered")

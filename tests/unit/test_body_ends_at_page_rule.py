"""A text standing in the page's <body> itself, in no box of its own, ends at the first
rule (<hr>) across the page after its start: the links to the previous and next
message and the list's footer below it are the page's, no text."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Election observers trained in Vienna</title></head>
<body>
<h1>Election observers trained in Vienna</h1>
<hr>
<pre>VIENNA, 4 May 2004 - Thirty short-term election observers from nine
participating States began a three-day course today on the methods
of election observation used by the Office.

The course covers the legal framework, the campaign and the media.
</pre>
{rule}
<ul>
<li>Previous message: <strong><a href="msg00003.html">The High Commissioner on National
Minorities visits Latvia to discuss the language law</a></strong></li>
<li>Next message: <strong><a href="msg00005.html">The Mission to Croatia welcomes the
adoption of the law on the return of refugees</a></strong></li>
</ul>
<p><font size="1">To subscribe to the list or to leave it, write to the list's request
address with subscribe or unsubscribe in the subject of the message.</font></p>
</body></html>"""


def _body(rule: str) -> str:
    page = _PAGE.replace("{rule}", rule).encode()
    return extract(page, "https://lists.example.org/press/2004-05/msg00004.html"
                   ).records[0]["body"]


def test_the_text_ends_at_the_rule_after_it() -> None:
    body = _body("<hr>")
    assert body.endswith("the campaign and the media.")
    assert "Previous message" not in body
    assert "subscribe" not in body


def test_without_a_rule_the_text_is_read_as_before() -> None:
    assert "Previous message" in _body("")

"""A block of ``<br>`` lines under the text, a row of utility links ("Top | Print |
Back") over a "last updated" line, is the page's tools and information, no body."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html><head><meta http-equiv="Content-Language" content="en">
<title>Border guards trained | OSCE</title></head><body>
<table><tr><td>
<font size="4"><b>Border guards trained in human rights at crossing points</b></font>
<br><br>
WARSAW, 13 October 2008 – Twenty-four border guards completed a three-day course on
human rights at border checks organised by the OSCE in Warsaw on Monday.<br>
<br>
The course was led by experts and covered interviews with asylum seekers, checks of
children travelling with adults and the treatment of foreigners held at the border.<br>
<br>
{last}
<br><br>
<div align="right"><font size="1">
<a href="#top">Top</a> &nbsp;|&nbsp; <a href="javascript:window.print()">Print</a>
&nbsp;|&nbsp; <a href="javascript:history.back()">Back</a><br>
{change}
</font></div>
</td></tr></table></body></html>"""

_LAST = "For more information:<br>ODIHR Press Office<br>tel. +48 22 520 06 99"


def _blocks(change: str) -> list[str]:
    page = _PAGE.format(last=_LAST, change=change).encode()
    record = extract(page, "https://www.osce.org/odihr/591304").records[0]
    return [b["text"] for b in record["body_blocks"]]


def test_a_tool_row_over_a_change_line_is_no_body() -> None:
    blocks = _blocks("Last updated: 20.10.2008")
    assert blocks[-1].startswith("For more information:")


def test_a_tool_row_over_a_sentence_stays() -> None:
    blocks = _blocks("The course will be repeated in Lithuania in the spring.")
    assert blocks[-1].endswith("in the spring.")

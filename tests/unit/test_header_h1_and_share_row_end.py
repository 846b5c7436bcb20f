"""An <h1> in the site's header (a project tracker's project name) is no headline when
another <h1> stands in the content; a share row set after the text's boxes, as their
sibling, ends the text (a contacts box after it is the page's, not the item's)."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/secretariat/591234"

_TRACKER = """<html lang="en"><head><title>Report 2018-03-12 - Mission - OSCE</title></head>
<body><div id="wrapper">
<div id="header"><h1><span class="current-project">OSCE Mission to Somewhere</span></h1>
<div id="main-menu"><ul><li><a href="/p/overview">Overview</a></li>
<li><a href="/p/wiki">Reports</a></li></ul></div></div>
<div id="main"><div id="content"><div class="wiki">
<h1>Monitors record fewer ceasefire violations across the region this week</h1>
<p>The monitors recorded fewer ceasefire violations in the region compared with the
previous reporting period, most of them near the contact line.</p>
<p>They continued to observe weapons in violation of withdrawal lines on both sides,
and their freedom of movement was restricted at two checkpoints.</p>
</div></div></div></div></body></html>"""

_PARTS = """<html lang="en"><head><title>Cyber exercise held | OSCE</title></head><body>
<div class="content" role="main">
<h1>Cyber exercise tests national responses to incidents</h1>
<div class="part">
<p>Senior officials from fourteen participating States tested how their countries would
co-operate during a large-scale cyber incident at a two-day exercise in Vienna.</p>
<p>The scenario simulated a series of attacks on energy and telecommunications networks
spreading across several countries, under time pressure.</p>
</div>
<div class="part">
<p>The exercise was opened by the Director of the Department, who underlined the value
of practical steps to build trust between States.</p>
<p>The event was financially supported by Germany, the Netherlands and Switzerland, as
part of a wider project on confidence-building measures.</p>
</div>
<div class="row-links"><span>Share:</span>
<a href="https://twitter.com/share?u=x">Twitter</a> |
<a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div>
<div class="box"><h3>Contacts</h3>
<p>Communication and Media Relations Section<br/>OSCE Secretariat<br/>
<a href="mailto:press@osce.org">press@osce.org</a></p></div>
</div></body></html>"""


def _record(page: str) -> dict:
    return extract(page.encode(), _URL).records[0]


def test_the_headers_h1_gives_way_to_the_contents() -> None:
    rec = _record(_TRACKER)
    assert rec["title"] == ("Monitors record fewer ceasefire violations across the region "
                            "this week")


def test_a_share_row_after_the_text_boxes_ends_the_text() -> None:
    blocks = _record(_PARTS)["body_blocks"]
    texts = [b["text"] for b in blocks]
    assert texts[-1].startswith("The event was financially supported")
    assert "Contacts" not in texts

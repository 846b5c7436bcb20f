"""A teaser card of another item set between the body's paragraphs (type line,
heading, lead, a link to the item) is a related widget, not body; a "Sur le même
sujet" heading ends the body."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_P1 = ("The mission will assess the election against OSCE commitments and other "
       "international standards for democratic elections, and national legislation.")
_P2 = ("Observers will follow the work of the election administration, the campaign, "
       "the media environment and the resolution of election disputes in the country.")

_PAGE = """<html lang="en"><head><title>Mission opened | OSCE</title></head><body>
<main><div class="document">
<h1>ODIHR opens election observation mission in Moldova</h1>
<p>{p1}</p><p>{p2} Again.</p>
<div class="card">{card}</div>
<p>{p2}</p>
{tail}
</div></main></body></html>"""

_CARD = """<div class="content"><div class="kind">Press release · 17 June 2024</div>
<h2>ODIHR publishes needs assessment report</h2><p>The report recommends a full mission.</p>
<a href="{href}"><span>Read more: ODIHR publishes needs assessment report</span></a></div>"""

_RELATED = """<div class="grid"><h2>Sur le même sujet</h2><a href="/odihr/594377">
<div>News</div><h3>Local elections: final report</h3><p>21 recommendations.</p></a></div>"""


def _texts(card: str, tail: str = "") -> list[str]:
    page = _PAGE.format(p1=_P1, p2=_P2, card=card, tail=tail).encode()
    rec = extract(page, "https://www.osce.org/odihr/596284").records[0]
    return [b["text"] for b in rec["body_blocks"]]


def test_a_card_of_another_item_is_no_body() -> None:
    texts = _texts(_CARD.format(href="/odihr/595910"))
    assert texts[-1] == _P2
    assert not any("ODIHR publishes" in t or "Press release" in t or "full mission" in t
                   for t in texts)


def test_a_heading_with_text_and_no_link_is_body() -> None:
    card = "<h2>Work of the mission</h2><p>The mission has a core team.</p>"
    texts = _texts(card)
    assert "Work of the mission" in texts
    assert "The mission has a core team." in texts


def test_a_card_linking_to_the_page_itself_is_kept() -> None:
    texts = _texts(_CARD.format(href="/odihr/596284"))
    assert "ODIHR publishes needs assessment report" in texts


def test_a_same_subject_heading_ends_the_body() -> None:
    texts = _texts("", _RELATED)
    assert texts[-1] == _P2
    assert "Local elections: final report" not in texts

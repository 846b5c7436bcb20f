"""A body split over sibling sections with a related box between them: the next
section may open on its own subhead, and is joined; a section whose heading stands
outside it is not."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_A = ("DUSHANBE, 12 September 2023 – The OSCE Programme Office held a three-day safety "
      "training for twenty-four journalists from the regions of the country.")
_B = ("Participants discussed digital security, the protection of sources and what to do "
      "when covering mass events, with exercises led by experienced trainers.")
_C = ("A separate session was devoted to gender aspects of safety: women journalists "
      "spoke about online harassment and support measures offered by newsrooms.")
_D = ("The training is part of a multi-year project of the Programme Office supporting "
      "independent media; each participant received the OSCE safety guide.")

_PAGE = """<html lang="en"><head><title>Journalists trained | OSCE</title></head><body><main>
<div><div class="header"><h1>Regional journalists trained in safety</h1></div></div>
<div><p>{a}</p><p>{b}</p></div>
<div><div class="related-articles"><h3>Read also</h3>
<p><a href="/dushanbe/591266">Access to information discussed in Bokhtar</a></p></div></div>
{second}
</main></body></html>"""


def _texts(second: str) -> list[str]:
    page = _PAGE.format(a=_A, b=_B, second=second).encode()
    rec = extract(page, "https://www.osce.org/dushanbe/593417").records[0]
    return [b["text"] for b in rec["body_blocks"]]


def test_a_section_opening_on_its_subhead_continues_the_body() -> None:
    texts = _texts(f"<div><h2>Practical sessions</h2><p>{_C}</p><p>{_D}</p></div>")
    assert texts == [_A, _B, "Practical sessions", _C, _D]


def test_a_heading_outside_the_next_section_stops_the_join() -> None:
    texts = _texts(f"<h2>Practical sessions</h2><div><p>{_C}</p><p>{_D}</p></div>")
    assert texts == [_A, _B]

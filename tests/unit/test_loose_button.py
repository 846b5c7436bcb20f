"""A link drawn as a button standing loose in the text's container, after the box of
paragraphs (a site builder's download button): its run's links are its own, not every
link under the container (the labels', the share row's), so it is a control, no
paragraph of the body."""

from __future__ import annotations

import pytest

from scraper.extract.blocks import linearize
from scraper.extract.document import Document
from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_P1 = "VIENNA, 3 May 2021 – Experts from twelve participating States met to discuss water."
_P2 = "The meeting was the third of its kind and the first held in person since 2019."
_P3 = "Participants agreed to meet again next year in Tashkent, with a wider agenda."
_PAGE = ("<html lang='en'><body><h1>Talks on water</h1><div class='cell'>"
         "<div class='meta'><b>Issued by:</b> <a href='/secretariat'>OSCE Secretariat</a>"
         f"</div><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
         "<a class='btn' href='/files/programme.pdf'><svg aria-hidden='true'></svg>"
         "&nbsp;Programme (PDF, 310 KB)</a>"
         "<div class='social'><a href='https://facebook.com/share'>f</a></div>"
         "</div></body></html>")


def test_a_loose_run_has_only_its_own_links() -> None:
    doc = Document(url="https://www.osce.org/secretariat/1", text=_PAGE)
    run = next(b for b in linearize(doc.root, doc.order) if b.text.startswith("Programme"))
    assert [a.get("href") for a in run.links] == ["/files/programme.pdf"]


def test_a_loose_button_after_the_text_is_no_paragraph() -> None:
    record = extract(_PAGE.encode(), "https://www.osce.org/secretariat/1").records[0]
    assert [b["text"] for b in record["body_blocks"]] == [_P1, _P2, _P3]

"""A short single line the page styles as a heading without a heading element (a page
builder's ``<div class="vc_custom_heading">``, ``osce-subhead``, or an inline style bold
and larger than the text) is a heading block of the body; a bold lead-in, a short bold
paragraph of normal size, or a styled line reading as a sentence stays a paragraph."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.heading_style import is_styled_heading
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_P = ("<p>The mission opened on Tuesday with a core team of experts based in the capital "
      "and long-term observers deployed across the country.</p>")


def _types(middle: str) -> list[tuple[str, str]]:
    doc = Document(url="https://www.osce.org/fr/odihr/594817",
                   text=f"<html lang='en'><body><h1>Mission deployed</h1><div class='body'>"
                        f"{_P}{middle}{_P.replace('Tuesday', 'Monday')}</div></body></html>")
    found = NewsPage(doc).body_blocks
    return [(b["type"], b["text"]) for b in (found.value if found else [])]


@pytest.mark.parametrize("box", [
    "<div class='vc_custom_heading vc_do_custom_heading'>Next steps</div>",
    "<div class='ct-text-block osce-subhead'>Digital and physical safety</div>",
    "<div class='section-title'>Next steps</div>",
    "<div style='font-size:22px;font-weight:700'>Next steps</div>",
    "<div style='font-weight: bold; font-size: 1.4em'>Next steps</div>",
    "<p style='font-size:x-large;font-weight:600'>Next steps</p>",
])
def test_a_styled_heading_box_is_a_heading(box: str) -> None:
    assert ("heading", box.split(">")[1].split("<")[0]) in _types(box)


@pytest.mark.parametrize("box", [
    "<div style='font-weight:700'>Next steps</div>",                 # bold, normal size
    "<div style='font-size:22px'>Next steps</div>",                  # large, not bold
    "<div style='font-size:14px;font-weight:700'>Next steps</div>",  # bold, small
    "<div class='vc_custom_heading'>The mission will report.</div>",  # a sentence
    "<div class='osce-subhead'>Contact for the media:</div>",        # a lead-in
    "<p><b>Contact:</b> press office</p>",                            # a bold lead-in
    "<div class='body-text'>Next steps</div>",                        # no heading word
])
def test_other_short_lines_stay_paragraphs(box: str) -> None:
    kinds = [k for k, _ in _types(box)]
    assert "heading" not in kinds


def test_part_of_the_box_is_no_heading() -> None:
    # the block is only part of the box's text (a line before a <br><br>)
    doc = Document(url="https://x.org/a",
                   text="<html><body><div class='subhead'>A<br><br>B</div></body></html>")
    box = doc.root.xpath("//div")[0]
    assert not is_styled_heading(box, "A", "".join(box.itertext()))
    whole = Document(url="https://x.org/a", text="<html><body><div class='subhead'>Next "
                     "<em>steps</em></div></body></html>").root.xpath("//div")[0]
    assert is_styled_heading(whole, "Next steps", "".join(whole.itertext()))

"""A "how to cite" box (its headline and address again) is neither lead nor text; a
lead's class on the box holding the whole text hints no lead."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage
from scraper.extract.pages.news.hints import is_citation_of

pytestmark = pytest.mark.unit

_HEADLINE = "Prosecutors improve skills in documenting environmental damage"
_TEXT = ("<p>KYIV, 27 June 2023 – Thirty-two prosecutors and environmental inspectors "
         "completed a two-day workshop on documenting environmental damage.</p>"
         "<p>Participants practised collecting and preserving samples and drafting expert "
         "opinions for criminal proceedings.</p>")


def _page(head: str, between: str, text: str) -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/support-programme-for-ukraine/801366",
        text=f"<html lang='en'><head><title>{head}</title></head><body><main>"
             f"<h1>{_HEADLINE}</h1>{between}"
             "<dl><dt>Issued on</dt><dd>28 June 2023</dd>"
             "<dt>Issued by</dt><dd>OSCE Support Programme for Ukraine</dd></dl>"
             f"{text}</main></body></html>"))


@pytest.mark.parametrize(("text", "cites"), [
    (f'OSCE, 2023, "{_HEADLINE}", https://doi.org/10.5072/FK2/8NQ2VR, OSCE Dataverse, V1',
     True),
    (f"OSCE (2023) «{_HEADLINE}». Available at: https://www.osce.org/x/1", True),
    (f"{_HEADLINE} in Kyiv on Tuesday, the OSCE said.", False),   # no address
    ("OSCE, 2023, https://doi.org/10.5072/FK2/8NQ2VR", False),    # no headline
])
def test_a_citation_holds_the_headline_and_an_address(text: str, cites: bool) -> None:
    assert is_citation_of(text, _HEADLINE) is cites


def test_a_citation_box_over_the_labels_is_no_lead() -> None:
    cite = (f"<div class='bg-citation'><span>OSCE Support Programme for Ukraine, 2023, "
            f"\"{_HEADLINE}\", <a href='https://doi.org/10.5072/FK2/8NQ2VR'>"
            "https://doi.org/10.5072/FK2/8NQ2VR</a>, OSCE Dataverse, V1</span></div>")
    assert _page("x", cite, f"<div>{_TEXT}</div>").summary is None


def test_a_lead_class_on_the_whole_text_hints_no_lead() -> None:
    text = ("<div class='ds-description-value'>KYIV, 27 June 2023 – Thirty-two prosecutors "
            "and environmental inspectors completed a two-day workshop on documenting "
            "environmental damage.<br><br>Participants practised collecting and preserving "
            "samples and drafting expert opinions for criminal proceedings.</div>")
    page = _page("x", "", text)
    assert page.summary is None
    assert page.body is not None
    assert page.body.value.startswith("KYIV, 27 June 2023")


def test_a_how_to_cite_box_after_the_text_is_no_text() -> None:
    cite = ("<h3>How to cite</h3><p>OSCE (2023) «Prosecutors improve skills», OSCE. "
            "Available at: https://www.osce.org/x/801366</p>")
    body = _page("x", "", f"<div>{_TEXT}{cite}</div>").body
    assert body is not None
    assert body.value.endswith("for criminal proceedings.")

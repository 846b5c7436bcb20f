"""A type shown only in ``<title>``, beside the headline, is the item's type."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage
from scraper.extract.pages.news.title_parts import type_in_title

pytestmark = pytest.mark.unit

_HEADLINE = "Prosecutors improve skills in documenting environmental damage"


def _page(title: str) -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/support-programme-for-ukraine/801366",
        text=f"<html lang='en'><head><title>{title}</title></head><body><main>"
             f"<h1>{_HEADLINE}</h1>"
             "<dl><dt>Issued on</dt><dd>28 June 2023</dd></dl>"
             "<p>KYIV, 27 June 2023 – Thirty-two prosecutors and environmental inspectors "
             "completed a two-day workshop on documenting environmental damage.</p>"
             "</main></body></html>"))


@pytest.mark.parametrize(("title", "found"), [
    (f"Press release | {_HEADLINE} | OSCE", "Press release"),
    (f"{_HEADLINE} – Comunicado de prensa – OSCE", "Comunicado de prensa"),
    ("Press release | Other words | OSCE", None),          # the headline is no part
    (f"{_HEADLINE} | OSCE", None),
])
def test_type_in_title_beside_the_headline(title: str, found: str | None) -> None:
    known = frozenset({"press release", "comunicado de prensa"})
    assert type_in_title(title, _HEADLINE, known) == found


def test_a_type_shown_only_in_the_title_is_the_type() -> None:
    page = _page(f"Press release | {_HEADLINE} | OSCE")
    assert page.content_type is not None
    assert page.content_type.value == "Press release"
    assert page.content_type.signal == "document-title"

"""A title block's meta rows before the text are page furniture, not body: the
category chips between the headline and the labels (the lead above the labels being no
start of the text), and a row of a short label over one date (Quarto's "Modified")."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

_LEAD = ("Voters had a genuine choice in the parliamentary elections, but the misuse of "
         "state resources blurred the line between party and state, observers said.")


def _page(modified: str) -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/odihr/elections/594326",
        text="<html lang='en'><head><title>Preliminary findings | OSCE</title></head><body>"
             "<main><header><div class='quarto-title'><h1 class='title'>Preliminary "
             "findings: competitive elections</h1><div class='quarto-categories'>"
             "<div class='quarto-category'>north macedonia</div>"
             "<div class='quarto-category'>elections</div>"
             "<div class='quarto-category'>2024</div></div></div>"
             f"<div><div class='description'>{_LEAD}</div></div>"
             "<div class='quarto-title-meta'><div><div class='quarto-title-meta-heading'>"
             "Published</div><div class='quarto-title-meta-contents'><p class='date'>"
             "May 9, 2024</p></div></div><div><div class='quarto-title-meta-heading'>"
             "Fields of work</div><div class='quarto-title-meta-contents'><p>"
             "<a href='/elections'>Elections</a></p></div></div>"
             f"{modified}</div></header>"
             f"<p><strong>SKOPJE, 9 May 2024</strong> – {_LEAD}</p>"
             "<p>The joint observation mission found that fundamental freedoms were "
             "generally respected and that contestants were able to campaign freely.</p>"
             "</main></body></html>"))


_MODIFIED = ("<div><div class='quarto-title-meta-heading'>Modified</div>"
             "<div class='quarto-title-meta-contents'><p class='date-modified'>May 14, 2024"
             "</p></div></div>")


def test_chips_and_dated_row_are_no_body() -> None:
    page = _page(_MODIFIED)
    body = page.body
    assert body is not None
    assert body.value.startswith("SKOPJE, 9 May 2024 –")
    assert "Modified" not in body.value
    assert "north macedonia" not in body.value
    dateline = page.dateline
    assert dateline is not None
    assert dateline.value["place"] == "SKOPJE"


def test_chips_go_without_a_dated_row() -> None:
    body = _page("").body
    assert body is not None
    assert body.value.startswith("SKOPJE")


def test_a_short_line_over_text_stays() -> None:
    row = "<div><p>Modified</p><p>Observers will stay until the second round.</p></div>"
    body = _page(row).body
    assert body is not None
    assert "north macedonia" not in body.value

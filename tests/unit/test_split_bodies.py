"""Bodies split across sibling text containers (issue 14): the body field, then a
component's text item, with a hidden pull quote and a related box between them, are
joined in page order; a lone paragraph or text past a heading of its own is not."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

LEAD = "Forty judges and prosecutors from all regions completed a three-day course on hate crimes."
P1 = "The course, held in Pristina from 22 to 24 May, covered bias indicators and evidence."
P2 = "Participants analysed real cases from regional and European case law during the course."
P3 = "“Hate crimes harm the whole community, not only the victim,” the Deputy Head said today."
P4 = "The training is part of a wider programme supporting the judiciary since the year 2022."


def _nested(inner: str, depth: int = 7) -> str:
    """``inner`` under a few wrappers, as a field and its items print it."""
    return "<div class='field'>" * depth + inner + "</div>" * depth


def _record(between: str, second: str) -> dict[str, Any]:
    html = ("<html lang='en'><head><title>Judges trained | OSCE</title></head><body>"
            "<div class='content'><h1>Judges trained on hate crimes</h1>"
            f"<div class='pane summary'><p class='lead'>{LEAD}</p></div>"
            "<div class='pane meta'><p>Issued by: OSCE Mission in Kosovo</p></div>"
            f"<div class='pane body'>{_nested(f'<p>{LEAD}</p><p>{P1}</p><p>{P2}</p>')}</div>"
            f"<div class='pane extra'>{_nested(between + _nested(second, 5), 2)}</div>"
            "</div></body></html>")
    return extract(html.encode(), "https://www.osce.org/mission-in-kosovo/595473").records[0]


_QUOTE = ("<div class='pullquote' aria-hidden='true'><blockquote><p>Hate crimes harm the "
          "whole community, not only the victim, and need a swift answer.</p></blockquote></div>")
_RELATED = ("<div class='related-content'><h3>Related content</h3><ul>"
            "<li><a href='/odihr/1'>ODIHR presents hate crime data for the year 2022</a></li>"
            "<li><a href='/odihr/2'>Mission publishes its report on institutional response</a></li>"
            "</ul></div>")


@pytest.mark.parametrize("between", [_QUOTE + _RELATED, _RELATED, _QUOTE, ""])
def test_a_body_split_across_sibling_containers_is_joined_in_order(between: str) -> None:
    record = _record(between, f"<p>{P3}</p><p>{P4}</p>")
    # the first paragraph repeats the lead: the lead, kept once, as the summary
    assert record["summary"] == LEAD
    assert record["body"] == "\n\n".join([P1, P2, P3, P4])
    assert "Related content" not in record["body"]


def test_a_lone_paragraph_after_a_widget_does_not_continue_the_body() -> None:
    # one paragraph is a teaser, a blurb or a caption: no part of the text
    record = _record(_RELATED, f"<p>{P3}</p>")
    assert record["body"] == "\n\n".join([P1, P2])


def test_text_after_a_heading_of_its_own_does_not_continue_the_body() -> None:
    # a section of its own (comments, "About the Mission") under a heading in the open
    record = _record(_RELATED + "<h2>About the Mission</h2>", f"<p>{P3}</p><p>{P4}</p>")
    assert P3 not in record["body"]


def test_the_part_before_the_densest_container_is_joined_too() -> None:
    # the later container holds the most text: the earlier one is found going back
    p5 = ("Since 2022 more than two hundred justice professionals took part in similar "
          "activities organized by the Mission across all regions, with more to follow.")
    record = _record(_QUOTE + _RELATED, f"<p>{P3}</p><p>{P4}</p><p>{p5}</p><p>{p5} Again.</p>")
    assert record["body"] == "\n\n".join([P1, P2, P3, P4, p5, f"{p5} Again."])

"""News mechanisms (a blog's facts line under the post date, a static site
generator's footnote definitions); each test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from tests.pages import news_record

TEXT = ("Forty election observers from twelve participating States completed a week-long "
        "course in Vienna today, preparing them for missions later this year.")
MORE = ("The course covered the legal framework of elections, the work of election "
        "administrations and the participation of women as voters and candidates.")
NOTE = "The handbook was revised in 2020 and is available in four languages."


def _news(body: str, url: str = "https://example.org/posts/observers-course/") -> dict[str, Any]:
    return news_record(body, url)


def test_type_as_first_fact_of_a_line_under_the_post_date() -> None:
    # the post date on a line of its own under the headline, then a facts line printed
    # in one element: the type as a bare word before a labelled list
    record = _news(
        "<main><article><h1>Observers complete course</h1>"
        "<p><i><time datetime='2023-06-08'>08 Jun, 2023</time></i></p>"
        "<p><small>Press release · Topics: <a href='/t/e'>Elections</a></small></p>"
        f"<p>{TEXT}</p><p>{MORE}</p></article></main>")
    assert record["content_type"] == "Press release"
    assert record["content_type_id"] == "press-release"
    assert "Press release" not in record["body"]


def test_a_sentence_under_the_date_gives_no_type() -> None:
    record = _news(
        "<main><article><h1>Observers complete course</h1>"
        "<p><i><time datetime='2023-06-08'>08 Jun, 2023</time></i></p>"
        f"<p>{TEXT}</p><p>{MORE}</p></article></main>")
    assert record["content_type"] is None


def test_footnote_definition_label_is_no_paragraph() -> None:
    # pulldown-cmark (Zola): the note's number in a sup before the note's paragraph;
    # the reference marker in the text stays as displayed
    record = _news(
        "<main><article><h1>Observers complete course</h1><div class='post-content'>"
        f"<p>{TEXT}</p>"
        f"<p>{MORE[:-1]} handbook<sup class='footnote-reference'><a href='#1'>1</a></sup>.</p>"
        "<div class='footnote-definition' id='1'><sup class='footnote-definition-label'>1"
        f"</sup>\n<p>{NOTE}</p></div></div></article></main>")
    texts = [b["text"] for b in record["body_blocks"]]
    assert texts[-1] == NOTE
    assert "1" not in texts
    assert texts[-2].endswith("handbook1.")


def test_a_number_with_no_note_after_it_stays() -> None:
    record = _news(
        "<main><article><h1>Observers complete course</h1><div class='post-content'>"
        f"<p>{TEXT}</p><p>{MORE}</p><div><sup>2</sup></div></div></article></main>")
    assert record["body_blocks"][-1]["text"] == "2"

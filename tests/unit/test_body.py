"""Bodies in every shape, their structure (body_blocks) and the lead rule."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

HEAD = ("<html lang='en'><head><title>Talks on water | OSCE</title></head><body>"
        "<h1>Talks on water</h1><p class='lead'>{lead}</p>"
        "<p>Issued by: OSCE Secretariat</p>")
LEAD = "Experts from twelve States met in Vienna to discuss shared rivers and lakes today."
P1 = "VIENNA, 3 May 2021 – Experts from twelve participating States met to discuss water."
P2 = "The meeting was the third of its kind and the first held in person since 2019."
P3 = "Participants agreed to meet again next year in Tashkent, with a wider agenda."


def _record(body: str, lead: str = LEAD) -> dict[str, Any]:
    html = HEAD.format(lead=lead) + body + "</body></html>"
    return extract(html.encode(), "https://www.osce.org/secretariat/1").records[0]


def _blocks(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(b["type"], b["text"]) for b in record["body_blocks"]]


@pytest.mark.parametrize("body", [
    # a print view: runs of text separated by <br><br> in one <div>
    f"<div class='print'>{P1}<br><br>{P2}<br><br>{P3}</div>",
    # text directly in the container, between elements
    f"<div class='text'>{P1}<br><br>{P2}<p>{P3}</p></div>",
    # the body split across sibling containers around a figure
    (f"<div class='a'><p>{P1}</p><p>{P2}</p></div><figure><img src='x.jpg'>"
    f"<figcaption>Photo: the hall</figcaption></figure><div class='b'><p>{P3}</p></div>"),
])
def test_body_shapes_give_paragraphs_and_the_dateline(body: str) -> None:
    record = _record(body)
    assert _blocks(record) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]
    assert record["body"] == "\n\n".join([P1, P2, P3])
    assert record["dateline"] == {"place": "VIENNA", "date": "2021-05-03"}


def test_preformatted_body_is_cut_at_blank_lines_and_keeps_its_lines() -> None:
    record = _record(f"<pre>\n{P1}\n\n{P2}\n\nContact:\nPress Office\nVienna\n</pre>")
    assert _blocks(record) == [("preformatted", P1), ("preformatted", P2),
                               ("preformatted", "Contact:\nPress Office\nVienna")]
    assert record["dateline"]["place"] == "VIENNA"


def test_structure_is_kept() -> None:
    record = _record(
        f"<div><p>{P1}</p><h2>What comes next</h2><ul><li>A first step;</li>"
        "<li>a second step.</li></ul><blockquote><p>“We will meet again,” she said.</p>"
        "</blockquote><figure class='table'><table><tr><th>Town</th><th>Teams</th></tr>"
        "<tr><td>Niš</td><td>4</td></tr></table><figcaption>Source: OSCE</figcaption>"
        f"</figure><p>{P2}</p><div class='share'>Share</div></div>")
    assert _blocks(record) == [
        ("paragraph", P1), ("heading", "What comes next"), ("list-item", "A first step;"),
        ("list-item", "a second step."), ("quote", "“We will meet again,” she said."),
        ("table-row", "Town | Teams"), ("table-row", "Niš | 4"), ("paragraph", P2)]


def test_a_lead_repeated_word_for_word_is_kept_once_as_the_summary() -> None:
    record = _record(f"<div><p>{LEAD}</p><p>{P2}</p><p>{P3}</p></div>")
    assert record["summary"] == LEAD
    assert _blocks(record) == [("paragraph", P2), ("paragraph", P3)]
    assert record["body"] == f"{P2}\n\n{P3}"


def test_a_first_paragraph_that_only_resembles_the_lead_stays() -> None:
    first = f"VIENNA, 3 May 2021 – {LEAD}"
    record = _record(f"<div><p>{first}</p><p>{P2}</p><p>{P3}</p></div>")
    assert record["body"].split("\n\n")[0] == first
    assert record["dateline"]["place"] == "VIENNA"


def test_a_page_without_headings_is_headed_by_its_largest_type_not_by_the_section_link() -> None:
    # <title> names the section, which only a breadcrumb link shows; the headline is
    # the line in large type, the type label the short line above it
    html = ("<html lang='en'><head><title>OSCE - Press releases</title></head><body><table>"
            "<tr><td><font size='1'><a href='/'>Home</a> &gt; <a href='/press_rel/'>Press "
            "releases</a></font></td></tr><tr><td><font size='1'><b>PRESS RELEASE</b></font>"
            "<br><font size='4'><b>Experts meet in Vienna on shared rivers</b></font></td></tr>"
            f"<tr><td><p><font size='2'>{P1}</font></p><p><font size='2'>{P2}</font></p>"
            f"<p><font size='2'>{P3}</font></p></td></tr></table></body></html>")
    record = extract(html.encode(), "https://www.osce.org/press_rel/2005/06/15432.html").records[0]
    assert (record["title"], record["content_type"]) == (
        "Experts meet in Vienna on shared rivers", "PRESS RELEASE")
    assert record["dateline"] == {"place": "VIENNA", "date": "2021-05-03"}


def test_a_column_header_that_is_a_label_word_stays_in_its_table() -> None:
    # "Location" labels a column of figures, not the item: the header row is body
    record = _record(f"<div><p>{P1}</p><table><thead><tr><th>Location</th><th>Period</th>"
                     "</tr></thead><tbody><tr><td>Warsaw</td><td>April</td></tr><tr><td>"
                     f"Tbilisi</td><td>June</td></tr></tbody></table><p>{P2}</p></div>")
    assert _blocks(record)[1:4] == [("table-row", "Location | Period"),
                                    ("table-row", "Warsaw | April"),
                                    ("table-row", "Tbilisi | June")]


def _page(body: str, title: str = "OSCE") -> dict[str, Any]:
    html = f"<html lang='en'><head><title>{title}</title></head><body>{body}</body></html>"
    return extract(html.encode(), "https://www.osce.org/secretariat/1").records[0]


@pytest.mark.parametrize("head", [
    "<div role='heading' aria-level='1'>Experts meet on shared rivers</div>",
    "<div class='article-title'>Experts meet on shared rivers</div>",
])
def test_a_headline_without_a_heading_tag(head: str) -> None:
    record = _page(f"<div class='page'>{head}<div class='text'><p>{P1}</p><p>{P2}</p></div></div>")
    assert record["title"] == "Experts meet on shared rivers"
    assert record["body"] == f"{P1}\n\n{P2}"


def test_text_after_the_headline_in_its_own_box_is_the_body_a_bare_date_line_the_date() -> None:
    record = _page(f"<div class='text'><h1>Experts meet on shared rivers</h1>4 May 2021"
                   f"<br><br>{P1}<br><br>{P2}</div>")
    assert (record["title"], record["issued_on"]) == ("Experts meet on shared rivers",
                                                      "2021-05-04")
    assert record["body"] == f"{P1}\n\n{P2}"
    assert record["dateline"] == {"place": "VIENNA", "date": "2021-05-03"}


def test_labels_after_the_whole_text_leave_no_lead_above_them() -> None:
    record = _page(f"<article><h1>Experts meet on shared rivers</h1><div class='content'>"
                   f"<p>{P1}</p><p>{P2}</p></div><div class='terms'>Fields of work: <a "
                   "href='/environmental-activities'>Environmental activities</a></div></article>")
    assert record["summary"] is None
    assert record["body"] == f"{P1}\n\n{P2}"


def test_a_line_of_facts_around_the_headline_gives_its_date_and_type() -> None:
    record = _page(f"<article><header><div class='meta'><time datetime='2021-05-04'>4 May "
                   "2021</time> / <a href='/tag/press-release/'>Press release</a></div><h1>"
                   "Experts meet on shared rivers</h1></header><div class='content'>"
                   f"<p>{P1}</p><p>{P2}</p></div></article>")
    assert (record["content_type"], record["issued_on"]) == ("Press release", "2021-05-04")
    record = _page(f"<article><h1>Experts meet on shared rivers</h1><div class='meta'><span>"
                   "May 4, 2021</span> · <span>OSCE Secretariat</span></div><div class='c'>"
                   f"<p>{P1}</p><p>{P2}</p></div></article>")
    assert record["issued_on"] == "2021-05-04"

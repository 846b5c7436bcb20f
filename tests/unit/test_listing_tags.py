"""Listing entries whose issuers and fields are shown without labels, and row numbers."""

from __future__ import annotations

from scraper.extract.extraction import extract

ROW = """<tr><td>{n}.</td><td><a href="news.cfm?id={id}"><b>{title}</b></a><br>
<font size="1">{date} &middot; {issuer}</font></td></tr>"""

PAGE = """<html lang="en"><head><title>News archive</title></head><body>
<h1>News archive</h1><table>{rows}</table></body></html>"""

ITEMS = [("21", "4702", "Chairman calls for restraint after the vote", "22-Mar-2006",
          "OSCE Chairman-in-Office"),
         ("22", "4701", "Mission trains municipal officials on property rights", "21-Mar-2006",
          "OSCE Mission in Kosovo"),
         ("23", "4698", "Observers begin the final week of their assessment", "21-Mar-2006",
          "OSCE/ODIHR")]


def _entries() -> list[dict[str, object]]:
    rows = "".join(ROW.format(n=n, id=i, title=t, date=d, issuer=s) for n, i, t, d, s in ITEMS)
    page = PAGE.format(rows=rows).encode()
    return extract(page, "http://www.osce.org/news/news_list.cfm?lang=en", "listing").records


def test_a_known_structure_in_a_line_of_facts_is_the_issuer() -> None:
    assert [e["issued_by"] for e in _entries()] == [[s] for *_, s in ITEMS]


def test_the_line_of_facts_is_no_teaser_and_a_row_number_is_no_type() -> None:
    entries = _entries()
    assert [e["summary"] for e in entries] == [None, None, None]
    assert [e["content_type"] for e in entries] == [None, None, None]
    assert [e["issued_on"] for e in entries] == ["2006-03-22", "2006-03-21", "2006-03-21"]


CARD = """<article><div class="eyebrow"><span class="type">Feature</span>
<span aria-hidden="true">&middot;</span> <time datetime="2025-02-20">20 February 2025</time></div>
<h3><a href="/mission-to-skopje/58642{i}">Young people map safe routes to school {i}</a></h3>
<div class="meta"><a href="/mission-to-skopje">OSCE Mission to Skopje</a></div>
<ul><li><a href="/youth">Youth</a></li></ul></article>"""


def test_bare_links_to_a_structure_and_a_field_and_the_type_beside_the_date() -> None:
    page = ("<html lang='en'><body><h1>Newsroom</h1>"
            + "".join(CARD.format(i=i) for i in range(3)) + "</body></html>").encode()
    entries = extract(page, "https://www.osce.org/newsroom", "listing").records
    assert len(entries) == 3
    for entry in entries:
        assert entry["content_type"] == "Feature"
        assert entry["issued_by"] == ["OSCE Mission to Skopje"]
        assert entry["fields_of_work"] == ["Youth"]

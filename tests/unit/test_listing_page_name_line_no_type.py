"""A line in each entry whose words are the page's own name, in several pieces ("OSCE –
News", the feed a reader's page shows, beside each of its articles), is the entries'
source: the type's word ending it names the list, no entry's type."""

from __future__ import annotations

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_types import is_type

ENTRY = """<div class="flux">
<div class="source"><a href="./?get=f_7"><span>{source}</span></a></div>
<time datetime="2023-04-1{n}T10:00:00+02:00">1{n} April 2023, 10:00</time>
<h2><a href="https://www.osce.org/odihr/82962{n}">ODIHR publishes a guide on polling
stations {n}</a></h2>
<div class="text"><p>The new guide gathers practical examples from thirty participating
States, number {n}.</p></div></div>"""


def _page(title: str, source: str) -> bytes:
    entries = "".join(ENTRY.format(n=n, source=source) for n in range(1, 4))
    return (f"<html><head><title>{title}</title></head><body><main>{entries}</main>"
            "</body></html>").encode()


def test_a_line_naming_the_page_is_no_type() -> None:
    assert is_type("News")
    got = extract(_page("OSCE – News · European security reader", "OSCE – News"),
                  "https://reader.example.org/i/?a=normal&get=f_7", "listing")
    assert len(got.records) == 3
    assert [r["content_type"] for r in got.records] == [None, None, None]
    assert [r["issued_on"] for r in got.records] == ["2023-04-11", "2023-04-12", "2023-04-13"]


def test_a_line_of_facts_naming_another_list_still_gives_its_type() -> None:
    got = extract(_page("European security reader", "OSCE – News"),
                  "https://reader.example.org/i/?a=normal&get=f_7", "listing")
    assert [r["content_type"] for r in got.records] == ["News", "News", "News"]

"""A listing's next page from its pager's words (scraper/extract/pages/listing_pager.py)."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_pager import is_next_text


@pytest.mark.parametrize(("text", "expected"), [
    ("Next", True),
    ("следующая ›", True),
    ("Next 20 >>", True),       # a pager counting items says how many come next
    ("»", True),
    ("20", False),
    ("Previous 20", False),
    ("21 - 40 of 1,874", False),
])
def test_is_next_text(text: str, expected: bool) -> None:
    assert is_next_text(text) is expected


PAGE = """<html lang="en"><head><title>News archive</title></head><body>
<table><tr><td><a href="archive.cfm?lang=en">Older news...</a></td>
<td><h1>News archive</h1><ul>
<li><a href="news.cfm?id=4702&amp;lang=en">Chairman calls for restraint after the vote</a></li>
<li><a href="news.cfm?id=4701&amp;lang=en">Mission trains officials on property rights</a></li>
</ul><a href="news_list.cfm?lang=en&amp;startrow=41">Next 20 &gt;&gt;</a></td></tr></table>
</body></html>"""


def test_the_pager_of_this_listing_wins_over_a_sidebar_link_to_another_archive() -> None:
    found = extract(PAGE.encode(), "http://www.osce.org/news/news_list.cfm?lang=en&startrow=21",
                    "listing")
    assert found.next_page == "http://www.osce.org/news/news_list.cfm?lang=en&startrow=41"


LOAD_MORE = """<html lang="en"><head><title>News</title></head><body><main><h1>News</h1><ul>
<li><a href="/news/4702">Chairman calls for restraint after the vote</a></li>
<li><a href="/news/4701">Mission trains officials on property rights</a></li>
</ul><a class="button" href="{href}">Load more</a></main></body></html>"""


@pytest.mark.parametrize("href", ["news/page/2", "/news/page/2",
                                  "https://www.osce.org/news/page/2"])
def test_a_load_more_link_is_read_by_its_address_however_its_href_is_spelled(href: str
                                                                             ) -> None:
    # a relative href and the absolute one a Wayback playback rewrites it to are one page
    found = extract(LOAD_MORE.format(href=href).encode(), "https://www.osce.org/news",
                    "listing")
    assert found.next_page == "https://www.osce.org/news/page/2"


@pytest.mark.parametrize("href", ["#", "javascript:void(0)"])
def test_a_load_more_link_to_no_address_gives_no_next_page(href: str) -> None:
    found = extract(LOAD_MORE.format(href=href).encode(), "https://www.osce.org/news",
                    "listing")
    assert found.next_page is None

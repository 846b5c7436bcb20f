"""An item's tags in the footer of its ``<article>``, beside (not inside) the box that
holds its headline and text: the whole article is the item."""
from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><body><main><article class="post">
<div class="entry-content-wrap"><h1>Trust is built one step at a time</h1>
<div class="entry-content"><p>The Secretary General spoke to the conference about the
verification of arms control agreements in the region.</p>
<p>She met the delegations of the participating States afterwards.</p></div></div>
<footer class="entry-footer"><span class="tags-links">
<a href="https://www.osce.org/arms-control" rel="tag">Arms control</a>
<a href="https://www.osce.org/tag/asrc-2024" rel="tag">ASRC 2024</a>
<a href="https://www.osce.org/elections" rel="tag">Elections</a></span></footer>
</article>{after}</main></body></html>"""


def _fields(after: str = "") -> list[str]:
    page = NewsPage(Document(url="https://www.osce.org/secretary-general/590003",
                             text=_PAGE.format(after=after)))
    found = page.fields_of_work
    return [] if found is None else list(found.value)


def test_tags_in_the_article_footer_are_its_fields() -> None:
    assert _fields() == ["Arms control", "Elections"]


def test_a_related_story_outside_the_article_gives_none() -> None:
    related = ('<aside><article><h3><a href="/secretariat/590004">Other</a></h3>'
               '<a href="https://www.osce.org/gender-equality" rel="tag">Gender equality</a>'
               '</article></aside>')
    assert "Gender equality" not in _fields(related)

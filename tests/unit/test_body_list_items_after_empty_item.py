"""A paragraph standing in a list right after an empty item written ``<li/>`` (a word
processor's HTML export) is an item of the list: a browser sets it inside that item."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html lang="en"><head><title>Three priorities | OSCE</title></head><body>
<h1>The Secretary General sets out three priorities</h1>
<p>The Secretary General opened the conference and proposed three priorities for the
work of the participating States in the coming months of the year.</p>
<ol>
<li/>
<p>Strengthen the network of national points of contact across the region.</p>
<li/>
<p>Hold more communication checks between the points of contact.</p>
</ol>
<p>He thanked the Chairmanship for its constant support of the work in this field and
wished the conference frank and productive debates over the two days.</p>
</body></html>"""


def test_paragraphs_after_empty_items_are_list_items() -> None:
    record = extract(_PAGE.encode(), "https://www.osce.org/secretariat/591302").records[0]
    assert [b["type"] for b in record["body_blocks"]] == [
        "paragraph", "list-item", "list-item", "paragraph"]


def test_a_paragraph_after_a_closed_item_stays_a_paragraph() -> None:
    page = _PAGE.replace("<li/>\n<p>Hold", "<li>Also:</li>\n<p>Hold")
    record = extract(page.encode(), "https://www.osce.org/secretariat/591302").records[0]
    kinds = {b["text"]: b["type"] for b in record["body_blocks"]}
    assert kinds["Hold more communication checks between the points of contact."] == \
        "paragraph"

"""Tag links in a widget row inside the text's own container (a block editor's
``div.tags`` after the paragraphs) are the item's tags: fields of work are read from
those leading to a field of work's page."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_P = ("The mission will assess the election against OSCE commitments and other "
      "international standards for democratic elections, and national legislation.")

_PAGE = """<html lang="fr"><head><title>Mission | OSCE</title></head><body><main>
<div class="document"><h1>Le BIDDH ouvre une mission</h1>
<p>{p}</p><p>{p}</p>
<div class="{cls}"><a href="/fr/elections">Élections</a>
<a href="/fr/democratization">Démocratisation</a></div>
</div></main></body></html>"""


def _fields(cls: str) -> list[str]:
    page = _PAGE.format(p=_P, cls=cls).encode()
    rec = extract(page, "https://www.osce.org/fr/odihr/596284").records[0]
    return [f["id"] for f in rec["fields_of_work"]]


def test_tag_row_links_in_the_text_container_give_fields() -> None:
    assert _fields("tags") == ["elections", "democratization"]


def test_links_in_a_plain_row_of_the_text_are_no_tags() -> None:
    assert _fields("links") == []

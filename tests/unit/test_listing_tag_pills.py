"""A tag pill in a card's footer (a link to a tag's page, classed ``label`` or
``p-category`` like a type's badge) names a topic the item is filed under, no type."""

from __future__ import annotations

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit


def _card(n: int, topic: str) -> str:
    return (f"<div class='card'><div class='card-header'><time datetime='2023-08-1{n}'>"
            f"1{n} Ago 2023</time><h5><a href='/es/secretariat/76760{n}'>Titular de la "
            f"noticia número {n}</a></h5></div><div class='card-body'><p>Un resumen bastante "
            f"largo de la noticia número {n} para el lector.</p></div><div class='card-footer'>"
            f"<span class='tags'><a class='label label-rounded p-category' "
            f"href='/es/noticias/tag:{topic.replace(' ', '-')}'>{topic}</a></span></div></div>")


def test_a_tag_pill_is_no_content_type() -> None:
    cards = "".join(_card(n, t) for n, t in enumerate(
        ("seguridad digital", "cooperación regional", "seguridad digital")))
    page = (f"<html lang='es'><head><title>Noticias</title></head><body><main>{cards}"
            "</main></body></html>")
    records = extract(page.encode(), "https://www.osce.org/es/noticias", "listing").records
    assert len(records) == 3
    assert [r["content_type"] for r in records] == [None] * 3


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.org/es/noticias/tag:juventud#body-wrapper", True),   # Grav's parameter
    ("https://x.org/tag/odihr/", True),
    ("https://x.org/es/noticias/tagliatelle", False),
    ("https://x.org/es/noticias/page:2", False),
    ("https://x.org/fr/?tag=/formation", True),                      # BlogEngine's query
    ("https://x.org/blog/index.php?page=2&tags=youth", True),
    ("https://x.org/fr/?stage=/formation", False),
])
def test_is_tag_page(url: str, expected: bool) -> None:
    assert urls.is_tag_page(url) is expected

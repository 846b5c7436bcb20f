"""A blog's pager between single posts words each step in the singular ("Post più
recente", "Article plus ancien", "Älterer Post"): a pager, no menu entries."""
from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.pagers import steps_through

pytestmark = pytest.mark.unit

SITE = "https://www.example.org"


@pytest.mark.parametrize("texts", [
    ["Articolo più recente", "Articolo meno recente"],
    ["Post più recente", "Post più vecchio"],
    ["Article plus récent", "Article plus ancien"],
    ["Entrada más reciente", "Entrada antigua"],
    ["Neuerer Post", "Älterer Post"],
    ["Nowszy post", "Starszy post"],
])
def test_singular_post_steps_are_a_pager(texts: list[str]) -> None:
    links = [html.fromstring(f"<a href='/x'>{t}</a>") for t in texts]
    assert steps_through(links)


def test_post_nav_inside_the_article_gives_no_entry() -> None:
    body = ("<nav aria-label='Menu'><ul><li><a href='/'>Home</a></li>"
            "<li><a href='/about'>Chi siamo</a></li><li><a href='/contact'>Contatti</a></li>"
            "</ul></nav><main><article><h1>Titolo</h1><p>Testo dell'articolo.</p>"
            "<ul class='post-nav'><li><a href='/blog/2'>Articolo più recente</a></li>"
            "<li><a href='/blog/1'>Articolo meno recente</a></li></ul></article></main>")
    page = f"<!DOCTYPE html><html lang='it'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), f"{SITE}/blog/3", "navigation").records
    assert [r["name"] for r in records] == ["Home", "Chi siamo", "Contatti"]

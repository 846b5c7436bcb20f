"""A box around the page's main landmark is no chrome, whatever its class says.

Bootstrap 3's off-canvas layout (Drupal's Bootstrap Barrio writes it on every page)
wraps the main column and the sidebars in ``<div class="row row-offcanvas
row-offcanvas-left">``: the row slides aside to show a drawer on a small screen, but
it is the page's layout, not the drawer.  The ``<main>`` (or ``role="main"``) inside it
is the content: its headline and text are read, even when the text stands bare between
``<br><br>`` (no paragraph to vouch for it)."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.structure import is_chrome_element

TEXT = ("The three-day training brought together forty inspectors from twelve regions, "
        "who practised taking samples of soil, water and air.<br><br>They also learned "
        "how to record evidence and draw up the documents courts accept, and received "
        "twenty sets of field equipment for their work in the coming season.")


def _page(main_attrs: str = "", main_tag: str = "main") -> str:
    return (
        "<html lang='en'><head><title>Inspectors trained to document damage | OSCE</title>"
        "</head><body><div class='row row-offcanvas row-offcanvas-left'>"
        f"<{main_tag} class='col-lg-8' {main_attrs}><article>"
        "<h1>Inspectors trained to document damage</h1>"
        f"<div class='field--name-body'>{TEXT}</div></article></{main_tag}>"
        "<aside class='col-lg-4'><h2>Read also</h2><a href='/x/2'>Other story</a></aside>"
        "</div></body></html>")


def _row(page: str) -> Any:
    doc = Document(url="https://www.osce.org/x/1", text=page)
    return doc.root.xpath("//div[contains(@class, 'row-offcanvas')]")[0]


def test_offcanvas_row_around_main_is_no_chrome() -> None:
    assert not is_chrome_element(_row(_page()))
    assert not is_chrome_element(_row(_page("role='main'", "div")))


def test_offcanvas_box_without_main_is_still_chrome() -> None:
    page = ("<html><body><div class='offcanvas-menu'><ul><li><a href='/a'>A</a></li>"
            "</ul></div><main><p>x</p></main></body></html>")
    doc = Document(url="https://www.osce.org/x/1", text=page)
    assert is_chrome_element(doc.root.xpath("//div")[0])


def test_text_in_main_inside_offcanvas_row_is_the_body() -> None:
    record = extract(_page().encode(), "https://www.osce.org/x/1", "news").records[0]
    assert record["title"] == "Inspectors trained to document damage"
    assert record["body"].startswith("The three-day training brought together")
    assert record["body"].endswith("for their work in the coming season.")

"""A link to the listing's script that leaves out the page's own number
(``news.php?lng=fr&start=10``) for another one (``&pg=828331``) asks for an item, not for
another page of the list."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_pager import is_page_of

PAGE = "http://www.osce.org/fr/news.php?lng=fr&start=10"
TEASER = "Des experts ont examiné les moyens de mieux protéger les journalistes."


@pytest.mark.parametrize(("href", "expected"), [
    ("http://www.osce.org/fr/news.php?lng=fr&pg=828331", False),
    ("http://www.osce.org/fr/news.php?lng=fr&start=20", True),
    ("http://www.osce.org/fr/news.php?lng=fr", True),
])
def test_a_link_leaving_the_pages_number_for_another_is_no_page_of_it(
        href: str, expected: bool) -> None:
    assert is_page_of(href, PAGE) is expected


def test_boxes_linking_items_by_pg_are_entries() -> None:
    boxes = "".join(
        f"<table><tr><td><a href='news.php?lng=fr&amp;pg=82833{i}'>Atelier régional "
        f"numéro {i}</a></td></tr><tr><td><div>Publié le 1{i}/05/2008 à 10:00</div>"
        f"<div>{TEASER}</div></td></tr></table>" for i in range(3))
    page = ("<html lang='fr'><head><title>Actualités</title></head><body>"
            f"<div class='main'>{boxes}</div></body></html>")
    records = extract(page.encode(), PAGE, "listing").records
    assert [(r["url"], r["issued_on"], r["summary"]) for r in records] == [
        (f"http://www.osce.org/fr/news.php?lng=fr&pg=82833{i}", f"2008-05-1{i}", TEASER)
        for i in range(3)]

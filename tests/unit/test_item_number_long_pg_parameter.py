"""A script's ``pg`` parameter numbers a pager's pages (``?q=…&pg=2``) or, in a portal
script, names its item (``news.php?lng=fr&pg=828331``): a long number names the item."""

from __future__ import annotations

import pytest

from scraper.extract import urls


@pytest.mark.parametrize(("url", "expected"), [
    ("http://www.osce.org/fr/news.php?lng=fr&pg=828331", "828331"),
    ("http://www.osce.org/fr/articles.php?lng=fr&pg=1204", "1204"),
    # a pager's page number is short
    ("https://www.osce.org/es/?q=elecciones&pg=2", None),
    ("https://www.osce.org/es/?q=elecciones&pg=12", None),
])
def test_a_long_pg_number_names_an_item(url: str, expected: str | None) -> None:
    assert urls.item_number(url) == expected

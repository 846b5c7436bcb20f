"""A box of links whose ``pg`` parameter is long names items (a portal script's
``news.php?lng=fr&pg=828331``), not a pager's pages: the pager check and the item
number ask one predicate, :func:`urls.names_item_not_page`."""

from __future__ import annotations

import pytest

from scraper.extract import urls
from scraper.extract.pages.navigation.pagers import turns_page
from tests.pages import menu_entries


@pytest.mark.parametrize(("query", "expected"), [
    ("q=elecciones&pg=2", True),
    ("paged=3", True),
    ("start=20", True),
    ("lng=fr&pg=828331", False),
    ("lng=fr&pg=1204", False),
])
def test_a_long_pg_number_turns_no_page(query: str, expected: bool) -> None:
    assert turns_page(query) is expected


def test_item_number_and_pager_agree_on_pg() -> None:
    for value in ("2", "12", "999", "1204", "828331"):
        item = urls.item_number(f"https://www.osce.org/fr/news.php?lng=fr&pg={value}")
        assert (item is not None) is (not turns_page(f"lng=fr&pg={value}"))


SIDEBAR = """
<div id="menu"><h3>Rubriques</h3><ul>
  <li><a href="/fr/articles.php?lng=fr&amp;pg=1204">Qui sommes-nous</a></li>
  <li><a href="/fr/articles.php?lng=fr&amp;pg=1205">Domaines d'action</a></li>
  <li><a href="/fr/articles.php?lng=fr&amp;pg=1206">Présences sur le terrain</a></li>
  <li><a href="/fr/articles.php?lng=fr&amp;pg=1207">Contact</a></li>
</ul></div>
"""


def test_a_menu_of_long_pg_links_is_read() -> None:
    entries = menu_entries(SIDEBAR, url="https://www.osce.org/fr/index.php?lng=fr")
    assert [name for name, _, _ in entries] == [
        "Qui sommes-nous", "Domaines d'action", "Présences sur le terrain", "Contact"]

"""A listing's "more articles" list continues it, though a menu's class word dresses it.

A blog's category page shows its first items in full, then a few more as bare headline
links in a list classed like a menu (``nav nav-stacked``).  Inside the listing's own
region, after its items, each line one link to an item of the same address family,
they are more entries of the list (title only).  A sidebar's box of other items outside
that region, dressed the same, still gives nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_more import address_family

pytestmark = pytest.mark.unit

URL = "https://www.osce.org/fr/communiques-de-presse?start=10"


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='fr'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), URL, "listing").records


def _item(n: int) -> str:
    return (f"<article><h2><a href='/fr/communiques-de-presse/73960{n}-titre-{n}'>"
            f"Titre de l’article numéro {n}</a></h2>"
            f"<p><time datetime='2016-05-1{n}'>1{n} mai 2016</time></p>"
            f"<p>Un résumé assez long de l’article numéro {n} pour faire un chapeau.</p>"
            f"</article>")


def _links(ns: range, folder: str = "communiques-de-presse") -> str:
    return "".join(f"<li><a href='/fr/{folder}/7395{n}0-autre-{n}'>Autre article {n}</a></li>"
                   for n in ns)


def _page(more: str, side: str = "") -> str:
    items = "".join(_item(n) for n in range(3))
    return (f"<div class='row'><div id='component'><div class='blog'>{items}{more}"
            f"</div></div><div id='right'>{side}</div></div>")


def test_a_more_list_after_the_items_gives_title_only_entries() -> None:
    more = ("<div class='items-more'><h3>Plus d'articles...</h3>"
            f"<ol class='nav nav-tabs nav-stacked'>{_links(range(3))}</ol></div>")
    records = _listing(_page(more))
    assert len(records) == 6
    assert [r["title"] for r in records[3:]] == [f"Autre article {n}" for n in range(3)]
    assert all(r["issued_on"] is None and r["summary"] is None and r["content_type"] is None
               for r in records[3:])


def test_a_sidebar_box_dressed_the_same_gives_nothing() -> None:
    side = ("<div class='module'><h3>Derniers articles</h3>"
            f"<ol class='nav nav-tabs nav-stacked'>{_links(range(3))}</ol></div>")
    assert len(_listing(_page("", side))) == 3


def test_links_of_another_address_family_or_with_more_words_continue_nothing() -> None:
    other = f"<ol class='nav nav-stacked'>{_links(range(3), 'publications')}</ol>"
    worded = ("<ol class='nav nav-stacked'><li><a href='/fr/communiques-de-presse/7395"
              "90-x'>Autre</a> et un commentaire qui en dit plus</li></ol>")
    assert len(_listing(_page(other))) == 3
    assert len(_listing(_page(worded))) == 3


def test_an_address_family_is_host_folder_and_parameter_names() -> None:
    assert address_family("https://www.osce.org/fr/cp/739502-a") == (
        "osce.org", "/fr/cp", frozenset())
    assert address_family("https://osce.org/index.php?option=x&id=7:7") == (
        "osce.org", "/index.php", frozenset({"option", "id"}))


def test_a_more_list_continues_items_that_span_folders_by_their_shape() -> None:
    """Items filed under their issuers (``/pl/odihr/765312``, ``/pl/hcnm/765307``): the
    "more articles" list's links of the same shape continue them, whatever folder."""
    items = "".join(
        f"<article><h2><a href='/pl/{who}/7653{n}'>Tytuł artykułu numer {n}</a></h2>"
        f"<p><time datetime='2018-05-1{n}'>1{n} maja 2018</time></p>"
        f"<p>Dość długie streszczenie artykułu numer {n}, które jest zapowiedzią.</p>"
        f"</article>" for n, who in enumerate(("odihr", "hcnm", "secretariat")))
    more = ("<div class='items-more'><h3>Więcej artykułów…</h3><ol class='nav'>"
            "<li><a href='/pl/mission-to-serbia/765298'>Misja w Serbii</a></li>"
            "<li><a href='/pl/presence-in-albania/765296'>Obecność w Albanii</a></li>"
            "</ol></div>")
    page = (f"<html lang='pl'><head><title>X</title></head><body><div id='component'>"
            f"<div class='blog'>{items}{more}</div></div></body></html>")
    records = extract(page.encode(), "https://www.osce.org/pl/aktualnosci?start=20",
                      "listing").records
    assert [r["title"] for r in records[3:]] == ["Misja w Serbii", "Obecność w Albanii"]

"""A blog script's author line naming a known structure is the issuer, in any of the
site's languages ("Автор: <strong>СММ ОБСЄ</strong>"), a person or a site's user none;
what is left of a listing entry's line of labelled facts ("Rédigé par <strong>X</strong>
dans : <a>Actualités</a> <a>2 commentaires</a>") and the entry's own ``<footer>`` are
no teaser; a link to a place on the page written with the page's own address (an "On
this page" list under ``<base href>``) is no menu entry."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.navigation import NavigationPage
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_NEWS = ("<html lang='{lang}'><body><main><article><header><h1>Daily report from the "
         "monitors in the east of the country</h1><small><span class='written-by'>{label} "
         "<strong>{writer}</strong></span> <time datetime='2014-08-18'>18.08.2014</time>"
         "</small></header><section><p>The monitors worked in ten cities and observed "
         "the situation in the regions.</p><p>The security situation remained tense.</p>"
         "</section></article></main></body></html>")


@pytest.mark.parametrize(("lang", "label", "writer"), [
    ("uk", "Автор:", "СММ ОБСЄ"),
    ("fr", "Rédigé par", "Mission de l’OSCE en Moldavie"),
    ("fr", "Rédigé par",
     ("Représentant spécial de la Présidence en exercice pour le processus de règlement "
      "transnistrien")),
])
def test_an_author_line_naming_a_known_structure_is_the_issuer(
        lang: str, label: str, writer: str) -> None:
    html = _NEWS.format(lang=lang, label=label, writer=writer)
    record = NewsPage(Document(url="https://www.osce.org/x/727690", text=html)).to_item()
    assert record.values["issued_by"] == [writer]


@pytest.mark.parametrize("writer", ["Ivan Petrenko", "admin"])
def test_an_author_line_naming_a_person_is_no_issuer(writer: str) -> None:
    html = _NEWS.format(lang="uk", label="Автор:", writer=writer)
    record = NewsPage(Document(url="https://www.osce.org/x/727690", text=html)).to_item()
    assert record.values["issued_by"] == []


_ENTRY = ("<article><header><h2><a href='/fr/moldova/{n}'>La Mission forme les membres "
          "des bureaux de vote numéro {n}</a></h2><small><span class='written-by'>Rédigé "
          "par <strong>Mission de l’OSCE en Moldavie</strong></span> <time "
          "datetime='2014-06-1{i}'>1{i} juin 2014</time> <span>dans : <a "
          "href='/fr/moldova/categorie1/actualites'>Actualités</a></span> <span><a "
          "href='/fr/moldova/{n}#comments'>{i} commentaires</a></span></small></header>"
          "<section>{teaser}</section><footer><small><span>Classé dans :</span> "
          "Aucun mot clé</small></footer></article>")


def _entries(teaser: str) -> list[dict[str, object]]:
    body = "".join(_ENTRY.format(n=727100 + i, i=i, teaser=teaser) for i in range(3))
    html = f"<html lang='fr'><body><main>{body}</main></body></html>"
    return ListingPage(Document(url="https://www.osce.org/fr/moldova/", text=html)).entries()


def test_what_is_left_of_a_line_of_labelled_facts_is_no_teaser() -> None:
    teaser = "<p>Plus de 200 membres des bureaux électoraux ont été formés.</p>"
    entries = _entries(teaser)
    assert [e["summary"] for e in entries] == [
        "Plus de 200 membres des bureaux électoraux ont été formés."] * 3
    assert all(e["issued_by"] == ["Mission de l’OSCE en Moldavie"] for e in entries)


def test_the_entry_footer_alone_gives_no_teaser() -> None:
    assert [e["summary"] for e in _entries("")] == [None] * 3


_PAGE = ("<html lang='en'><head><base href='https://www.osce.org/'></head><body><header>"
         "<nav aria-label='Main'><ul><li><a href='our-work'>Our work</a></li>{current}<li>"
         "<a href='about'>About</a></li></ul></nav></header><main><h1>Overview</h1><nav "
         "class='in-page-nav' aria-labelledby='toc'><div id='toc'>On this page</div><ul><li>"
         "<a href='our-work/overview#dimensions'>Three dimensions</a></li><li><a "
         "href='our-work/overview#partners'>Partners</a></li></ul></nav><h2 "
         "id='dimensions'>Three dimensions</h2><p>Text.</p></main></body></html>")


def _menu(current: str = "") -> list[tuple[str, str]]:
    page = NavigationPage(Document(url="https://www.osce.org/our-work/overview",
                                   text=_PAGE.format(current=current)))
    return [(e["name"], e["url"]) for e in page.entries()]


def test_a_jump_written_with_the_page_address_is_no_menu_entry() -> None:
    assert _menu() == [("Our work", "https://www.osce.org/our-work"),
                       ("About", "https://www.osce.org/about")]


def test_the_page_itself_linked_without_a_place_on_it_is_an_entry() -> None:
    # the menu's current item
    assert _menu("<li><a href='our-work/overview'>Overview</a></li>") == [
        ("Our work", "https://www.osce.org/our-work"),
        ("Overview", "https://www.osce.org/our-work/overview"),
        ("About", "https://www.osce.org/about")]

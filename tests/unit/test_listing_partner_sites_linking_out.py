"""Listing designs: a project's or partner's site on a domain of its own (a Mobirise or
Strikingly page) whose news cards link out to the items on the organisation's site; one
test for the mechanism, on small pages written for it."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.kind import classify
from scraper.extract.pages.listing import ListingPage

_CARD = ("<div class='card'><h4><a href='https://www.osce.org/ro/mission-to-moldova/{n}'>"
         "{title}</a></h4><p>Știre | 0{d}.05.2021</p><p>{teaser}</p>"
         "<a class='btn' href='https://www.osce.org/ro/mission-to-moldova/{n}'>Citește</a>"
         "</div>")
_CARDS = "".join(_CARD.format(n=n, d=d, title=title, teaser=teaser) for n, d, title, teaser in [
    (485120, 7, "Misiunea a sprijinit un atelier pentru jurnaliști locali",
     "Douăzeci de jurnaliști din nordul țării au discutat despre verificarea faptelor."),
    (484998, 4, "Tinerii din Bălți au învățat despre prevenirea conflictelor",
     "Treizeci de elevi au participat la un curs de două zile despre mediere."),
    (484731, 2, "Un nou ghid pentru primării a fost lansat la Chișinău",
     "Ghidul explică pas cu pas cum se organizează consultările publice."),
])
_PAGE = ("<nav><a href='/index.html'>Acasă</a> <a href='/stiri.html'>Știri</a> "
         "<a href='/contact.html'>Contact</a></nav>"
         "<section><h1>Știri</h1><div class='cards'>{cards}"
         "<div class='card'><h4><a href='/files/pliant.pdf'>Pliantul proiectului</a></h4></div>"
         "<div class='card'><h4><a href='/harta.html'>Harta campaniei</a></h4></div>"
         "</div></section><footer>© 2021 proiect-dialog.md</footer>")
_URL = "https://proiect-dialog.md/stiri.html"


def _doc(body: str, url: str = _URL) -> Document:
    return Document(url=url, text=f"<html lang='ro'><body>{body}</body></html>")


def _urls(body: str, url: str = _URL) -> list[Any]:
    return [e["url"] for e in ListingPage(_doc(body, url)).entries()]


def test_a_partner_site_listing_the_organisations_items_off_its_host() -> None:
    body = _PAGE.format(cards=_CARDS)
    assert _urls(body) == ["https://www.osce.org/ro/mission-to-moldova/485120",
                           "https://www.osce.org/ro/mission-to-moldova/484998",
                           "https://www.osce.org/ro/mission-to-moldova/484731"]
    assert classify(_doc(body)).kind == "listing"


def test_off_host_items_are_read_only_when_the_page_lists_none_of_its_own() -> None:
    own = ("<ul class='news'>"
           + "".join(f"<li><h4><a href='/ro/stiri/{n}'>Știrea numărul {n} a proiectului</a>"
                     f"</h4><p>Un text scurt despre știrea {n}.</p></li>"
                     for n in (71, 72, 73))
           + "</ul>")
    body = _PAGE.format(cards=own + _CARDS)
    assert _urls(body) == [f"https://proiect-dialog.md/ro/stiri/{n}" for n in (71, 72, 73)]


def test_two_links_out_to_another_sites_items_are_no_list() -> None:
    two = "".join(_CARD.split("</div>")[0].format(n=n, d=1, title=f"Articol {n}", teaser="x")
                  + "</div>" for n in (485120, 484998))
    assert _urls(_PAGE.format(cards=two)) == []

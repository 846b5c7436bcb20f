"""A side column's titled box (Plone's and Zope CMF's ``portlet``, a box headed "New on
the site") lists no entry while the page lists its items elsewhere; an item linked both
from such a box and from the listing is the listing's entry, in the listing's place
(the box apart showing the item's facts wins: listing.ListingPage._facts_shown,
listing_items.entry_elements)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

URL = "https://www.osce.org/ru/press_rel/folder_contents"


def _row(n: int) -> str:
    return (f"<tr><td><a href='/ru/press_rel/2005/10/165{n}_ru.html'><b>Миссия ОБСЕ "
            f"проводит семинар номер {n} для пограничной полиции</b></a>"
            f"<table><tr><td>Дата публикации:</td><td>{n} октября 2005 г.</td></tr>"
            f"<tr><td>Тип материала:</td><td>Пресс-релиз</td></tr></table>"
            f"<p>Участники семинара обсудили обмен информацией, номер {n}.</p></td></tr>")


def _page(box_class: str, heading: str, main: bool = True) -> list[dict[str, Any]]:
    box = (f"<div class='{box_class}'><h5>{heading}</h5><div>"
           "<div><a href='/ru/press_rel/2005/10/16599_ru.html'>Генсек посетит Азию</a><br>"
           "<span>24.10.2005</span></div>"
           "<div><a href='/ru/press_rel/2005/10/16512_ru.html'>Семинар 12</a><br>"
           "<span>12.10.2005</span></div>"
           "<div><a href='/ru/press_rel/2005/10/16597_ru.html'>Другой пресс-релиз</a>"
           "<br><span>11.10.2005</span></div></div></div>")
    rows = "".join(_row(n) for n in (11, 12, 13)) if main else ""
    page = (f"<html lang='ru'><body><table><tr><td>{box}</td><td>"
            f"<h1>Пресс-релизы</h1><table>{rows}</table></td></tr></table></body></html>")
    return extract(page.encode("utf-8"), URL, "listing").records


def _numbers(entries: list[dict[str, Any]]) -> list[str]:
    return [e["url"].rsplit("/", 1)[1].split("_")[0] for e in entries]


@pytest.mark.unit
def test_a_portlet_lists_no_entry_beside_the_listing() -> None:
    entries = _page("portlet", "Архив")
    assert _numbers(entries) == ["16511", "16512", "16513"]
    assert all(e["content_type"] == "Пресс-релиз" for e in entries)


@pytest.mark.unit
def test_a_box_of_what_is_new_lists_no_entry_beside_the_listing() -> None:
    assert _numbers(_page("box", "Новое на сайте")) == ["16511", "16512", "16513"]


@pytest.mark.unit
def test_an_item_linked_from_a_plain_box_and_the_listing_is_the_listings_entry() -> None:
    entries = _page("box", "Пресс-центр")
    numbers = _numbers(entries)
    # the item both boxes link stands in the listing's place, with the listing's facts
    assert numbers.index("16512") > numbers.index("16511")
    entry = next(e for e in entries if e["url"].endswith("16512_ru.html"))
    assert entry["issued_on"] == "2005-10-12"
    assert entry["content_type"] == "Пресс-релиз"
    assert entry["title"].startswith("Миссия ОБСЕ проводит семинар номер 12")


@pytest.mark.unit
def test_a_portlet_alone_still_lists_its_items() -> None:
    assert _numbers(_page("portlet", "Архив", main=False)) == ["16599", "16512", "16597"]

"""Listing mechanisms that page designs showed: an ASP.NET CMS's item parameter
(``ItemID``, beside Joomla's menu entry ``Itemid``), and a bar written as an element
of its own between a label's value and the next fact of the line."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


@pytest.mark.parametrize(("url", "expected"), [
    # Ektron's QuickLink and a .NET module's detail page name the item by ItemID
    ("https://x.org/linkit.aspx?LinkIdentifier=id&ItemID=99287", "99287"),
    ("https://x.org/News/Detail.aspx?tabid=54&ItemId=1210", "1210"),
    # Joomla's and Mambo's Itemid is the menu entry, however its component is named
    ("http://x.org/index.php?option=com_poll&Itemid=14", None),
    ("http://x.org/component/search/?searchword=x&Itemid=101", None),
    ("http://x.org/index.php?option=com_contact&itemid=3", None),
])
def test_an_item_id_parameter_names_an_item(url: str, expected: str | None) -> None:
    assert urls.item_number(url) == expected


def test_rows_linking_through_an_item_parameter_are_entries() -> None:
    rows = "".join(
        f"<tr><td>1{i}/03/2013</td><td><a href='/linkit.aspx?LinkIdentifier=id&amp;"
        f"ItemID=9928{i}'>Experts meet in Vienna, round {i}</a><div>{TEASER}</div></td>"
        "<td>News</td></tr>" for i in range(3))
    records = _listing(f"<main><table>{rows}</table></main>").records
    assert [(r["url"], r["issued_on"], r["summary"]) for r in records] == [
        (f"https://www.osce.org/linkit.aspx?LinkIdentifier=id&ItemID=9928{i}",
         f"2013-03-1{i}", TEASER) for i in range(3)]


def _hit(i: int, facts: str) -> str:
    return (f"<div class='result'><h3><a href='/es/odihr/7184{i}'>Misión de observación "
            f"número {i}</a></h3><p>{TEASER}</p><div>{facts}</div></div>")


def test_a_bar_of_its_own_ends_a_labels_value() -> None:
    facts = ("Tipo de contenido: <span>Comunicado de prensa</span> <span class='sep'>|"
             "</span> Fecha de publicación: <span>23 de agosto de 2010</span>")
    records = _listing("<main>" + "".join(_hit(i, facts) for i in range(3)) + "</main>",
                       "es", "https://www.osce.org/es/search").records
    assert {(r["content_type"], r["issued_on"]) for r in records} == {
        ("Comunicado de prensa", "2010-08-23")}


def test_a_bar_between_like_links_parts_one_labels_values() -> None:
    facts = ("Publicado por: <a href='/odihr'>OIDDH</a> <span>|</span> "
             "<a href='/pa'>Asamblea Parlamentaria</a>")
    records = _listing("<main>" + "".join(_hit(i, facts) for i in range(3)) + "</main>",
                       "es", "https://www.osce.org/es/search").records
    assert [r["issued_by"] for r in records] == [["OIDDH", "Asamblea Parlamentaria"]] * 3

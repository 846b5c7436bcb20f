"""Listing mechanisms: a ``<thead>`` holding bare ``<th>`` cells names the table's
columns; a category's page numbered like a node names no item; of two copies of one
item, the one whose facts the entry's reading finds (a line of facts, a kicker) wins,
also when the list's copies stand under a heading of the newest items (a feed widget's
"Dernières actualités") and the featured copy alone outside."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit


def _listing(body: str, lang: str = "en") -> list[dict[str, Any]]:
    page = (f"<html lang='{lang}'><head><title>X</title></head><body><main>"
            f"{body}</main></body></html>")
    return extract(page.encode(), "https://www.osce.org/newsroom", "listing").records


def test_a_thead_of_bare_header_cells_names_the_columns() -> None:
    head = ("<thead><th>Title</th><th>Published</th><th>Type</th><th>Issued by</th>"
            "<th>Fields of work</th></thead>")
    rows = "".join(
        f"<tr><td><a href='/odihr/78230{i}'>Experts discuss election law number {i}</a></td>"
        f"<td>1{i}.05.2021</td><td>Press release</td>"
        "<td>OSCE Chairmanship<br>OSCE Representative on Freedom of the Media</td>"
        "<td>Elections, Rule of law</td></tr>" for i in range(3))
    records = _listing(f"<table>{head}{rows}</table>")
    assert [(r["issued_by"], r["fields_of_work"], r["summary"]) for r in records] == [(
        ["OSCE Chairmanship", "OSCE Representative on Freedom of the Media"],
        ["Elections", "Rule of law"], None)] * 3


@pytest.mark.parametrize("url", [
    "https://www.osce.org/de/aggregator/categories/11",
    "https://example.org/category/42", "https://example.org/de/kategorien/17"])
def test_a_numbered_category_page_names_no_item(url: str) -> None:
    assert urls.node_id(url) is None


def test_a_category_line_under_an_entry_lists_no_items() -> None:
    items = "".join(
        f"<div class='feed-item'><h3><a href='/de/odihr/78533{i}'>Schulung für Richter "
        f"in Georgien Nummer {i}</a></h3><span>Do, 0{i + 1}.07.2010 - 14:15</span>"
        "<p>Dreißig Richterinnen und Richter nahmen an einem Seminar teil.</p>"
        "<div>Kategorien: <a href='/de/aggregator/categories/2'>Nachricht</a>, "
        f"<a href='/de/aggregator/categories/1{i}'>Wahlen</a></div></div>"
        for i in range(3))
    records = _listing(items, "de")
    assert [r["url"].rsplit("/", 1)[1] for r in records] == ["785330", "785331", "785332"]


def test_a_featured_box_showing_more_facts_than_the_feed_is_the_entry() -> None:
    featured = ("<div class='top-story'><h2>À la une</h2><div class='kicker'>"
                "Communiqué de presse</div><h3><a href='/fr/mission-to-moldova/785642'>"
                "La Mission réunit des policiers des deux rives</a></h3>"
                "<p class='meta'><span>15 mai 2014</span> · <span>Mission de l’OSCE en "
                "Moldavie</span> · <span>Activités policières</span></p>"
                "<p>Des représentants des forces de l’ordre ont échangé sur la sécurité "
                "routière.</p></div>")
    feed = "".join(
        f"<li class='rss-item'><a class='rss-item' href='/fr/mission-to-moldova/78564{i}'>"
        + ("La Mission réunit des policiers des deux rives" if i == 2 else
           f"Un autre titre du fil numéro {i}")
        + f"</a><br>Un résumé coupé du fil numéro {i}, tronqué...<br>"
        f"<span class='rss-date'>posted on May 1{5 - i}, 2014 10:20:00 am</span></li>"
        for i in (2, 1, 0))
    records = _listing(f"{featured}<h2>Dernières actualités</h2><div class='rss-box'>"
                       f"<ul class='rss-items'>{feed}"
                       "</ul></div>", "fr")
    assert [r["url"].rsplit("/", 1)[1] for r in records] == ["785642", "785641", "785640"]
    first = records[0]
    assert (first["content_type"], first["issued_by"], first["fields_of_work"]) == (
        "Communiqué de presse", ["Mission de l’OSCE en Moldavie"], ["Activités policières"])


def test_the_list_copy_with_a_line_of_facts_outranks_a_dated_slider_copy() -> None:
    slider = "".join(
        f"<article class='carousel-item'><h3><a href='/es/secretariat/78639{i}'>Titular "
        f"repetido número {i}</a></h3><p><span>{6 + i} de marzo de 2020</span></p></article>"
        for i in range(2))
    posts = "".join(
        f"<article class='post'><h2><a href='/es/secretariat/78639{i}'>Titular repetido "
        f"número {i}</a></h2><p>por <a href='/es/secretariat' rel='author'>Secretaría de "
        f"la OSCE</a> | <span>{6 + i} de marzo de 2020</span> | <a href='/es/news' "
        "rel='tag'>Noticia</a>, <a href='/es/countering-terrorism' rel='tag'>Lucha contra "
        "el terrorismo</a></p><p>Más de ochenta especialistas analizaron los riesgos.</p>"
        "</article>" for i in range(3))
    records = _listing(f"<div class='slider'>{slider}</div><div class='feed'>{posts}</div>",
                       "es")
    assert [(r["content_type"], r["issued_by"], r["summary"]) for r in records] == [(
        "Noticia", ["Secretaría de la OSCE"],
        "Más de ochenta especialistas analizaron los riesgos.")] * 3

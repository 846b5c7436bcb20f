"""Listing mechanisms: a line of taxonomy links (``rel="category tag"``,
``rel="tag"``) and their label words is no teaser; a date label's value ends where
an "updated" label begins; a picture's credit is no type; a "Featured" eyebrow over
the first entry's headline (its image link above) does not make the entry a widget."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.dates import before_update
from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit


def _listing(body: str, lang: str = "en") -> list[dict[str, Any]]:
    page = (f"<html lang='{lang}'><head><title>X</title></head><body><main>"
            f"{body}</main></body></html>")
    return extract(page.encode(), "https://www.osce.org/newsroom", "listing").records


def test_a_line_of_taxonomy_links_is_no_teaser() -> None:
    posts = "".join(
        f"<div class='post'><h2><a href='/odihr/79152{i}'>Observers deployed number {i}</a>"
        "</h2><div class='content'><p>Thirty observers will follow the campaign.</p></div>"
        "<div class='under'><span>Categorías: </span><span><a href='/c/sin-categoria/' "
        "rel='category tag'>Sin categoría</a></span> <span>Etiquetas: </span><span>"
        "<a href='/t/elections/' rel='tag'>Elecciones</a></span></div></div>"
        for i in range(3))
    records = _listing(posts, "es")
    assert [r["summary"] for r in records] == ["Thirty observers will follow the campaign."] * 3


def test_a_publication_date_before_its_update_is_the_entrys() -> None:
    assert before_update("17 mars 2022 à 10h00, mis à jour le 18 mars 2022") \
        == "17 mars 2022 à 10h00"
    teasers = "".join(
        f"<section><a href='/odihr/78943{i}'><h3>Mission deployed number {i}</h3></a>"
        f"<p class='meta'><span>Publié le 1{i} mars 2022 à 10h00, mis à jour le 2{i} mars "
        "2022 à 15h42</span></p></section>" for i in range(3))
    records = _listing(teasers, "fr")
    assert [r["issued_on"] for r in records] == [f"2022-03-1{i}" for i in range(3)]


def test_a_pictures_credit_is_no_type() -> None:
    items = "".join(
        f"<div class='article'><div><a href='/kosovo/78760{i}'><img src='x.jpg' alt=''></a>"
        "<p class='img-caption'>© OSCE</p></div><h3><a href='/kosovo/78760"
        f"{i}'>Youth dialogue in Mitrovica number {i}</a></h3><p>Young people prepared "
        "an exhibition together.</p></div>" for i in range(3))
    records = _listing(items, "it")
    assert [r["content_type"] for r in records] == [None] * 3


def test_a_featured_eyebrow_inside_the_first_entry_keeps_it() -> None:
    featured = (
        "<section><div><a href='/kosovo/790702'><img src='x.jpg' alt='Police'></a></div>"
        "<div><p>In evidenza</p><p class='kicker'>Comunicato stampa</p>"
        "<h2><a href='/kosovo/790702'>Police trained on hate crimes</a></h2>"
        "<p>Il corso ha riguardato l’assistenza alle vittime e i moventi di pregiudizio.</p>"
        "</div></section>")
    cards = "".join(
        f"<div class='card'><h3><a href='/kosovo/79070{i}'>{t}</a></h3></div>"
        for i, t in ((2, "Police trained on hate crimes"), (1, "Court registry launched"),
                     (0, "Journalists meet in Skopje")))
    records = _listing(f"{featured}<section><h2>Ultime notizie</h2>{cards}</section>", "it")
    first = records[0]
    assert (first["content_type"], first["summary"]) == (
        "Comunicato stampa",
        "Il corso ha riguardato l’assistenza alle vittime e i moventi di pregiudizio.")

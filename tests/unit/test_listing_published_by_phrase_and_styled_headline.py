"""Listing mechanisms that page designs showed: an issuer's label written as a phrase
("Published by") needs no colon, its issuers its own words up to the word joining the
next fact, and the line's other facts (a date) are still read; a box its inline style
sets bold and large is a card's headline when the item's only link says "Read more";
chips a site builder gives generated class names of their own are one label's values."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."
URL = "https://www.osce.org/newsroom"

def _listing(body: str, lang: str = "en", url: str = URL) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def test_a_published_by_phrase_without_colon_names_the_issuer_and_keeps_the_date() -> None:
    issuers = ["OSCE Secretariat", ("OSCE Office for Democratic Institutions and Human "
                                    "Rights in Warsaw"), "OSCE Mission to Skopje"]
    posts = "".join(
        f"<div class='post'><h2><a href='?id=69{i}'>Headline number {i} of the blog</a></h2>"
        f"<div class='crumb'>Published by {issuer} in <a href='?category=News'>News</a>"
        f" &middot; 1{i}/03/2012</div><div class='sum'>{TEASER}</div></div>"
        for i, issuer in enumerate(issuers))
    records = _listing(f"<div id='content'>{posts}</div>", url="https://www.osce.org/blog/")
    assert [(r["issued_by"], r["issued_on"]) for r in records] == [
        ([issuer], f"2012-03-1{i}") for i, issuer in enumerate(issuers)]


_BOX = "font-family: Inter; font-size: 14px; color: rgb(51, 51, 51);"


def test_a_box_styled_bold_and_large_is_the_headline_and_generated_chips_are_values() -> None:
    cards = "".join(
        f"<div class='group-item'><div class='Group c{i}a'>"
        f"<div class='Text c{i}b' style='{_BOX} font-size: 11px;'>Press release</div>"
        f"<div class='Text c{i}c' style='{_BOX} font-size: 12px;'>0{i + 1}.03.2024</div>"
        f"<div class='Text c{i}d' style='{_BOX} font-size: 20px; font-weight: 700;'>"
        f"Workshop number {i} on election observation</div>"
        f"<div class='Text c{i}e' style='{_BOX}'>{TEASER}</div>"
        f"<div class='Group c{i}f'><div class='Text c{i}g'>Fields of work:</div>"
        f"<div class='bubble-element Text c{i}h chip'>Elections</div>"
        f"<div class='bubble-element Text c{i}i chip'>Youth</div></div>"
        f"<a class='Link c{i}j' href='/news/69420{i}'><div>Read more →</div></a>"
        f"</div></div>" for i in range(3))
    records = _listing(f"<div class='RepeatingGroup'>{cards}</div>")
    assert [(r["title"], r["fields_of_work"], r["summary"]) for r in records] == [
        (f"Workshop number {i} on election observation", ["Elections", "Youth"], TEASER)
        for i in range(3)]

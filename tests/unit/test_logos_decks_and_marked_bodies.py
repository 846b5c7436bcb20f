"""Mechanisms of hold-out set 257: an entry's issuer shown only as its logo (the alt
text of an image linking to the structure's page); a deck heading under the headline
whose opening words the page's description gives (cut short) is the lead; the box
marked ``itemprop=articleBody`` holds the whole body (a contacts box and an "About us"
beside it are the page's)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

TEASER = "Thirty judges from southern Serbia attended a two-day seminar on fair trials."


def _listing(logos: str) -> list[dict[str, Any]]:
    cards = "".join(
        f"<article><div class='logo'>{logos}</div><h3><a href='/mission-to-serbia/80430{i}'>"
        f"Mission trains judges in Niš number {i}</a></h3><p>{TEASER}</p></article>"
        for i in range(3))
    page = f"<html lang='en'><head><title>X</title></head><body><main>{cards}</main></body></html>"
    return extract(page.encode(), "https://www.osce.org/press-releases", "listing").records


def _logo(href: str, alt: str) -> str:
    return f"<a href='{href}'><img src='/logo.png' alt='{alt}'></a>"


def test_a_logo_linking_to_its_structures_page_names_the_issuer() -> None:
    records = _listing(_logo("/mission-to-serbia", "OSCE Mission to Serbia")
                       + _logo("/secretariat", "OSCE Secretariat"))
    assert [r["issued_by"] for r in records] == [["OSCE Mission to Serbia",
                                                  "OSCE Secretariat"]] * 3


def test_a_topic_icon_linking_to_a_filter_names_no_issuer() -> None:
    records = _listing(_logo("/modules.php?name=News&new_topic=1", "OSCE Secretariat"))
    assert [r["issued_by"] for r in records] == [[]] * 3


def _news(head: str, main: str, description: str = "") -> dict[str, Any]:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    page = (f"<html lang='en'><head><title>X</title>{meta}</head><body><main><article>"
            f"<header>{head}</header>{main}</article></main></body></html>")
    records = extract(page.encode(), "https://www.osce.org/odihr/804117", "news").records
    return records[0]


PARAS = "".join(f"<p>Paragraph {i} of the article tells what the observers learned during "
                "the three days of training in Warsaw this autumn.</p>" for i in range(4))
DECK = ("Local journalists remain the most exposed to threats, online harassment and "
        "abusive lawsuits, the Office of the Representative says.")


def test_a_deck_the_description_gives_cut_short_is_the_lead() -> None:
    record = _news(f"<h1>Press freedom day: protect local journalists</h1>"
                   f"<div class='sub'><h2><i>{DECK}</i></h2></div>", f"<div>{PARAS}</div>",
                   description="Local journalists remain the most exposed to threats, "
                               "online harassment and abusive lawsuits.")
    assert record["summary"] == DECK


def test_a_deck_the_description_does_not_open_is_no_lead() -> None:
    record = _news(f"<h1>Press freedom day: protect local journalists</h1>"
                   f"<div class='sub'><h2><i>{DECK}</i></h2></div>", f"<div>{PARAS}</div>",
                   description="Local journalists remain the most exposed to attacks.")
    assert record["summary"] is None


ABOUT = ("<section><h2>About us</h2><p>The Organization for Security and Co-operation in "
         "Europe is the world's largest regional security organization, based in Vienna.</p>"
         "<p><a href='/odihr'>Learn more about ODIHR</a></p></section>")
INTRO = ("<div class='intro'><p><b>Forty-two new short-term observers from 19 participating "
         "States completed a three-day training course in Warsaw.</b></p></div>")
CAPTION = ("<figure><img src='/x.jpg' alt=''><figcaption>Participants during exercises in a "
           "simulated polling station, Warsaw, 11 October 2023.</figcaption></figure>")


def test_the_box_marked_article_body_holds_the_whole_body() -> None:
    record = _news(f"<h1>ODIHR trains 42 election observers</h1>{INTRO}",
                   f"{CAPTION}<div itemprop='articleBody'>{PARAS}</div>{ABOUT}")
    assert "About us" not in record["body"]
    assert "Organization" not in record["body"]
    assert record["body"].startswith("Paragraph 0")

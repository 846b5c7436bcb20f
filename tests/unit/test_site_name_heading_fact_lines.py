"""A heading that is the site's declared name (a header's logo ``<h1>``) is no headline
when the page shows another heading; a short line of facts parted by dots ("Type ·
Published on <time> · Issuer") that fits a label's room still gives its bare issuer."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_HEADLINE = "Project Co-ordinator holds safety training for journalists in Kharkiv"
_LEAD = ("More than thirty journalists took part in a two-day training on physical and "
         "digital safety organized by the Project Co-ordinator.")
_TEXT = ("The training was delivered by experienced safety instructors and media lawyers, "
         "who worked with the participants on risk assessment and first aid.")


def test_a_header_heading_naming_the_site_is_no_headline() -> None:
    page = ("<html lang='en'><head><title>" + _HEADLINE + " | Site</title>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            "\"@type\":\"WebSite\",\"name\":\"Watchtower\"}</script></head><body>"
            "<div><a href='/en/x'>Deutsch</a> <span>English</span></div>"
            "<header><a href='/en'><img src='/logo.svg' alt='logo'><h1>Watchtower</h1></a>"
            "</header><main><p class='caption'>Participants practise first aid, Kharkiv "
            "(photo: Watchtower)</p><p class='kind'>Press release</p><h1>" + _HEADLINE +
            "</h1><p class='lead'>" + _LEAD + "</p><div class='content'><p>" + _TEXT +
            "</p><p>" + _TEXT + "</p></div></main></body></html>")
    record = extract(page.encode(), "https://www.osce.org/en/ukraine/683482").records[0]
    assert record["title"] == _HEADLINE
    assert record["content_type"] == "Press release"
    assert record["summary"] == _LEAD


def _entry(meta: str, title: str, href: str) -> str:
    return (f"<div class='post-preview'><a href='{href}'><h2>{title}</h2></a>"
            f"<p class='post-meta'>{meta}</p></div><hr>")


def test_a_short_dotted_line_of_facts_gives_its_bare_issuer() -> None:
    short = ("<span class='post-type'>Statement</span> &middot; Published "
             "<time datetime='2022-05-10'>10 May 2022</time> &middot; OSCE Chairpersonship")
    long_ = ("<span class='post-type'>Press release</span> &middot; Published "
             "<time datetime='2022-05-11'>11 May 2022</time> &middot; "
             "OSCE Office for Democratic Institutions and Human Rights")
    page = ("<html lang='en'><head><title>Press releases</title></head><body><main>"
            "<h1>Press releases</h1>"
            + _entry(short, "Chair calls for humanitarian corridors in Ukraine",
                     "/chairmanship/683903")
            + _entry(long_, "ODIHR publishes guide on observing campaign finance",
                     "/odihr/683908")
            + _entry(long_, "ODIHR holds meeting on election observation methods",
                     "/odihr/683909")
            + "</main></body></html>")
    entries = extract(page.encode(), "https://www.osce.org/newsroom",
                      kind="listing").records
    by_url = {e["url"]: e for e in entries}
    assert by_url["https://www.osce.org/chairmanship/683903"]["issued_by"] == [
        "OSCE Chairpersonship"]
    assert by_url["https://www.osce.org/odihr/683908"]["issued_by"] == [
        "OSCE Office for Democratic Institutions and Human Rights"]

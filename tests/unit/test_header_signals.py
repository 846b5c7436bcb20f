"""What surrounds a headline on designs seen in hold-out sets 9, 10, 12 and 21: a hero
banner, a byline opening with the type, labels repeated one per value, a headline in
layout tables, a body written as one ``<pre>``, a page header above the content."""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from scraper.extract.extraction import extract
from scraper.extract.structure import is_chrome_element

LEAD = ("Opening the conference in Vienna, the Secretary General urged participating States "
        "to use the Organization's tools for military transparency.")
TEXT = ("<p>Twenty prosecutors from eight States spent two days in Skopje comparing how "
        "their courts weigh a motive of hatred when they pass sentence.</p>"
        "<p>The organizers will publish a short guide for trainers before the winter.</p>"
        "<p>A second meeting, in Tirana, will look at how the victims are heard in court.</p>")


def _news(html: str, title: str = "X") -> Any:
    page = f"<html lang='en'><head><title>{title}</title></head><body>{html}</body></html>"
    return extract(page.encode(), "https://www.osce.org/odihr/1001").records[0]


def test_a_banner_holding_the_headline_is_the_header_and_its_lead_the_summary() -> None:
    record = _news(
        "<div class='hero-banner'><span class='hero-banner__type'>Statement</span>"
        "<h1 class='hero-banner__title'>Dialogue remains our strongest tool</h1>"
        f"<div class='hero-banner__summary'><p>{LEAD}</p></div></div>"
        "<main><article><dl><dt>Issued on:</dt><dd>25 June 2024</dd></dl>"
        f"{TEXT}</article></main>"
        "<div class='promo-banner'><p>Subscribe to our newsletter to hear about every "
        "event of the Organization.</p></div>")
    assert record["title"] == "Dialogue remains our strongest tool"
    assert record["content_type"] == "Statement"
    assert record["summary"] == LEAD
    assert "newsletter" not in record["body"]


def test_a_byline_opening_with_a_type_gives_the_type() -> None:
    record = _news(
        "<header><h1>ODIHR publishes hate crime data</h1></header>"
        "<article><div class='submitted'><span>Press release</span>"
        "<span aria-hidden='true'> | </span> Published "
        "<time datetime='2024-11-15T11:40:00+01:00'>15.11.2024, 11:40</time></div>"
        f"{TEXT}</article>")
    assert record["content_type"] == "Press release"
    assert record["issued_on"] == "2024-11-15"


def test_a_label_repeated_for_each_value_gives_every_value() -> None:
    record = _news(
        "<article><h1>Journalists' safety online discussed in Chisinau</h1><ul>"
        "<li class='chip'><span class='visually-hidden'>Issued by:</span>"
        "<a href='/mission-to-moldova'>OSCE Mission to Moldova</a></li>"
        "<li class='chip'><span class='visually-hidden'>Issued by:</span>"
        "<a href='/representative-on-freedom-of-media'>OSCE Representative on Freedom of "
        "the Media</a></li>"
        "<li class='chip'><span class='visually-hidden'>Fields of work:</span>"
        "<a href='/youth'>Youth</a></li></ul>"
        f"{TEXT}</article>")
    assert record["issued_by"] == ["OSCE Mission to Moldova",
                                   "OSCE Representative on Freedom of the Media"]
    assert [f["label"] for f in record["fields_of_work"]] == ["Youth"]


def test_a_type_line_in_the_table_row_above_a_headline_in_wrappers() -> None:
    # <title> names the bold line as the headline: its <font> and cells only wrap it
    record = _news(
        "<table><tr><td><font size='1'>Press release</font></td></tr>"
        "<tr><td><font size='4'><b>Mission welcomes progress on property return</b></font>"
        "</td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>",
        title="OSCE - Press release - Mission welcomes progress on property return")
    assert record["title"] == "Mission welcomes progress on property return"
    assert record["content_type"] == "Press release"


def test_a_body_written_as_one_pre_in_a_page_wide_form() -> None:
    text = ("ZAGREB, 10 March 2003 - The OSCE Mission to Croatia today welcomed\n"
            "the progress made in returning property to its owners.\n\n"
            "More than 4,200 houses and flats were returned last year, the ministry\n"
            "said, most of them to owners who now live in neighbouring countries.\n\n"
            "The Mission will go on following the work of the housing commissions.")
    record = _news(
        "<form method='post' action='/x'><input type='hidden' name='a' value='b'>"
        "<table><tr><td><font size='4'><b>Mission welcomes progress on property "
        f"return</b></font></td></tr><tr><td><pre>{text}</pre></td></tr></table></form>")
    assert record["body"] == text
    assert record["dateline"] == {"place": "ZAGREB", "date": "2003-03-10"}


def test_a_page_header_holding_the_headline_gives_its_meta_list_and_description() -> None:
    record = _news(
        "<header class='site-header'><a href='/'>OSCE</a></header>"
        "<div class='ecl-page-header'><div class='ecl-page-header__info'>"
        "<ul class='ecl-page-header__meta'><li>Statement</li>"
        "<li><time datetime='2024-06-25T10:00:00+02:00'>25 June 2024</time></li></ul>"
        "<h1 class='ecl-page-header__title'>Dialogue remains our strongest tool</h1></div>"
        f"<p class='ecl-page-header__description'>{LEAD}</p></div>"
        f"<main><article>{TEXT}</article></main>")
    assert record["content_type"] == "Statement"
    assert record["issued_on"] == "2024-06-25"
    assert record["summary"] == LEAD


def test_a_page_header_around_the_site_logo_stays_chrome() -> None:
    root = lxml_html.fromstring(
        "<html><body><div class='page-header'><h1><a href='/'>OSCE</a></h1>"
        "<p class='page-header__tagline'>Security and co-operation</p></div>"
        "<main><h2>News</h2></main></body></html>")
    assert is_chrome_element(root.xpath("//p")[0])


def test_a_header_box_holding_the_headline_and_a_lead_is_the_items() -> None:
    # the box's class names neither a page nor an entry ("osce-header"): its lead, a
    # sentence of news under the headline, says it heads the item, not the site
    record = _news(
        "<div class='navbar'><a href='/'>OSCE</a></div>"
        "<div id='content'><div class='osce-header'><p>Press release</p>"
        "<h1>Dialogue remains our strongest tool</h1>"
        f"<p class='lead'>{LEAD}</p>"
        "<dl><dt>Issued on:</dt><dd>25 June 2024</dd>"
        "<dt>Issued by:</dt><dd><a href='/odihr'>OSCE Office for Democratic Institutions "
        "and Human Rights</a></dd></dl></div>"
        f"<div class='osce-body'>{TEXT}</div></div>")
    assert record["summary"] == LEAD
    assert record["issued_on"] == "2024-06-25"
    assert record["issued_by"] == ["OSCE Office for Democratic Institutions and Human Rights"]


def test_a_site_header_with_its_name_as_headline_and_a_tagline_stays_chrome() -> None:
    root = lxml_html.fromstring(
        "<html><body><div class='site-header'><h1>OSCE</h1>"
        "<p>Organization for Security and Co-operation in Europe</p></div>"
        "<main><h2>News</h2></main></body></html>")
    assert is_chrome_element(root.xpath("//div")[0])

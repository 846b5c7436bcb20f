"""Facts around an item that designs of hold-out sets 13-16 showed: label lines that end
at a ``<br>``, a lead printed twice, a byline before the lead, one host per page, class
modifiers, a date badge, an article before a dateline's date, a headline split into runs,
a date label without a colon in a byline."""

from __future__ import annotations

from typing import Any

from scraper.extract.dateline import find
from scraper.extract.extraction import extract
from scraper.extract.structure import class_tokens

LEAD = ("More than eighty border officials from thirty-five participating States met in "
        "Vienna to discuss the responsible use of biometric data at borders.")
TEXT = ("<p>The meeting was organized by the Border Security and Management Unit of the "
        "Transnational Threats Department with the support of the Chairpersonship.</p>"
        "<p>Experts from international organizations presented the rules that protect the "
        "personal data of travellers when their fingerprints are taken.</p>"
        "<p>The participants also discussed the updated compendium of good practices in the "
        "use of biometrics for countering terrorism.</p>")


def _page(html: str, head: str = "", lang: str = "en") -> bytes:
    return (f"<html lang='{lang}'><head><title>X</title>{head}</head><body>{html}</body>"
            "</html>").encode()


def _news(html: str, **kw: Any) -> Any:
    url = kw.pop("url", "https://www.osce.org/secretariat/1001")
    return extract(_page(html, **kw), url).records[0]


def test_a_label_value_ends_where_the_next_line_starts_a_fact_of_its_own() -> None:
    record = _news(
        "<h1>Border officials discuss biometrics</h1>" + TEXT +
        "<div>Fields of work:&nbsp;<a href='/border-management'>Border management</a>"
        "&nbsp;/&nbsp;<a href='/countering-terrorism'>Countering terrorism</a><br>"
        "Documents:&nbsp;<a href='/files/compendium.pdf'>Compendium</a> (PDF)</div>")
    assert [f["label"] for f in record["fields_of_work"]] == \
        ["Border management", "Countering terrorism"]


def test_a_lead_printed_twice_is_the_summary_once() -> None:
    record = _news(
        "<h1>Border officials discuss biometrics</h1>"
        f"<div class='detail'><span>15.05.2024</span><p class='preview-text'>{LEAD}</p>"
        f"<div class='detail-text'><p>{LEAD}</p>{TEXT}</div></div>")
    assert record["summary"] == LEAD
    assert LEAD not in record["body"]
    assert record["body"].startswith("The meeting was organized")


def test_the_lead_between_a_byline_label_and_the_other_labels_is_the_summary() -> None:
    record = _news(
        "<h1>Border officials discuss biometrics</h1>"
        "<div class='byline'><p>Published 18.04.2024 10:15</p></div>"
        f"<div class='short'><p>{LEAD}</p></div>"
        "<div><span>Issued by:</span> <a href='/secretariat'>OSCE Secretariat</a></div>"
        f"<div class='long'>{TEXT}</div>")
    assert record["summary"] == LEAD
    assert record["issued_on"] == "2024-04-18"
    assert LEAD not in record["body"]


def test_links_of_a_page_fetched_from_the_bare_host_are_on_its_canonical_host() -> None:
    html = ("<h1>Border officials discuss biometrics</h1>" + TEXT +
            "<p><a href='/files/f/documents/1/2/1001.pdf'>Compendium (PDF)</a></p>")
    canonical = "<link rel='canonical' href='https://www.osce.org/secretariat/1001'>"
    record = _news(html, head=canonical, url="https://osce.org/secretariat/1001")
    assert [a["url"] for a in record["attachments"]] == \
        ["https://www.osce.org/files/f/documents/1/2/1001.pdf"]
    other = _news(html, url="https://osce.org/secretariat/1001")     # no canonical: as is
    assert [a["url"] for a in other["attachments"]] == \
        ["https://osce.org/files/f/documents/1/2/1001.pdf"]


def test_class_modifiers_saying_what_a_box_has_are_no_hints() -> None:
    from lxml import html as lxml_html

    box = lxml_html.fromstring("<div class='main has-breadcrumb no-sidebar with-image'/>")
    assert class_tokens(box) == {"main"}


def test_a_listing_card_under_a_has_breadcrumb_box_with_a_date_badge() -> None:
    cards = "".join(
        f"<div class='post-block'><div class='post-date-badge'><span class='day'>0{i}</span>"
        f"<span class='month'>mars</span></div>"
        f"<div class='post-meta'><span class='post-categories'><a href='/fr/press?type=1'>"
        f"Communiqué de presse</a></span> / <span>0{i} mars 2022</span></div>"
        f"<h3><a href='/fr/odihr/51230{i}'>Le BIDDH publie le rapport numéro {i}</a></h3>"
        "</div>" for i in (1, 2, 3))
    page = _page(f"<div class='main main-page has-breadcrumb'>{cards}</div>", lang="fr")
    entries = extract(page, "https://www.osce.org/fr/press-releases", "listing").records
    assert [e["content_type"] for e in entries] == ["Communiqué de presse"] * 3
    assert [e["issued_on"] for e in entries] == ["2022-03-01", "2022-03-02", "2022-03-03"]


def test_a_fact_line_gives_its_issuer_when_its_date_is_an_element_of_its_own() -> None:
    cards = "".join(
        f"<div class='news-item'><div class='meta'>Press release&nbsp;·&nbsp;"
        f"<span>1{i}.04.2024</span>&nbsp;·&nbsp;OSCE Mission to Serbia</div>"
        f"<a href='/mission-to-serbia/56241{i}'><b>Journalists trained, part {i}</b></a>"
        "</div>" for i in (1, 2, 3))
    entries = extract(_page(cards), "https://www.osce.org/press-releases", "listing").records
    assert [e["issued_by"] for e in entries] == [["OSCE Mission to Serbia"]] * 3


def test_a_dateline_may_put_an_article_before_its_date() -> None:
    found = find("SKOPJE, le 14 mars 2002 – La Mission a lancé")
    assert found is not None
    assert (found.place, found.date_text) == ("SKOPJE", "14 mars 2002")
    found = find("WIEN, den 3. Mai 2005 – Die Mission")
    assert found is not None
    assert found.date_text == "3. Mai 2005"


def test_a_headline_split_into_runs_of_the_same_type_is_the_whole_line() -> None:
    record = _news(
        "<p align=center><b><span style='font-size:15.0pt'>The Mission launches the "
        "training of</span></b><b><span style='font-size:15.0pt'>one thousand new police "
        "officers</span></b></p>" + TEXT)
    assert record["title"] == \
        "The Mission launches the training of one thousand new police officers"


def test_a_date_label_without_a_colon_in_a_byline_takes_its_date_only() -> None:
    record = _news(
        "<h1>Media freedom in election times</h1>"
        "<div class='documentByLine'>by <a href='/author/press'>Press office</a> — "
        "published 20.06.2005 10:15 — <span class='documentModified'>last modified: "
        "22.06.2005 09:03</span></div>" + TEXT)
    assert record["issued_on"] == "2005-06-20"


def test_a_listing_whose_items_all_sit_in_a_box_a_class_word_calls_furniture() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/odihr/51230{i}'>Observers trained, part {i}</a>"
        f"</h3><p>Published 0{i} March 2022</p></div>" for i in (1, 2, 3))
    html = ("<nav><a href='/odihr/599999'>A news item in the menu</a></nav>"
            f"<div class='content-menu-wrap'>{cards}</div>")
    entries = extract(_page(html), "https://www.osce.org/press-releases", "listing").records
    assert [e["url"] for e in entries] == \
        [f"https://www.osce.org/odihr/51230{i}" for i in (1, 2, 3)]


def test_issuers_shown_as_tag_links_after_the_headline() -> None:
    record = _news(
        "<p><a href='/'>Home</a> | <a href='/mission-to-skopje'>OSCE Mission to Skopje</a></p>"
        "<article><h1>Border officials discuss biometrics</h1><div class='text'>" + TEXT +
        "</div><div class='tags'><a class='pill' href='/odihr'>OSCE Office for Democratic "
        "Institutions and Human Rights</a> <a class='pill' href='/elections'>Elections</a>"
        "</div></article>")
    assert record["issued_by"] == ["OSCE Office for Democratic Institutions and Human Rights"]
    assert [f["label"] for f in record["fields_of_work"]] == ["Elections"]


def test_a_caption_after_its_picture_closed_by_a_credit_is_no_body() -> None:
    record = _news(
        "<article><h1>Border officials discuss biometrics</h1><div class='col'>"
        "<div class='r1'>" + TEXT.replace("The meeting", "The conference") + "</div>"
        "<div class='r2'><img src='/a.jpg' alt=''></div>"
        "<div class='r3'><p><span>Participants at the meeting in the Hofburg, Vienna, 14 May "
        "2024. (OSCE/Jane Doe)</span></p></div><div class='r4'>" + TEXT + "</div></div>"
        "</article>")
    assert "Jane Doe" not in record["body"]
    assert "The meeting was organized" in record["body"]


def test_a_date_label_value_ends_with_its_time_element() -> None:
    cards = "".join(
        f"<article class='card'><h3><a href='/chairpersonship/51335{i}'>Statement number {i}"
        f"</a></h3><p class='meta'>Published on <time datetime='2022-03-1{i}'>1{i} March "
        f"2022</time> by <a href='/chairpersonship'>OSCE Chairpersonship</a></p></article>"
        for i in (1, 2, 3))
    entries = extract(_page(cards), "https://www.osce.org/press-releases", "listing").records
    assert [e["issued_by"] for e in entries] == [["OSCE Chairpersonship"]] * 3
    assert [e["issued_on"] for e in entries] == ["2022-03-11", "2022-03-12", "2022-03-13"]


def test_entries_under_a_days_heading_share_its_date() -> None:
    days = "".join(
        f"<section><h2>Thursday, 1{d} March 2024</h2><ul>" + "".join(
            f"<li><h3><a href='/odihr/5630{d}{i}'>Item {d}-{i} of the day</a></h3></li>"
            for i in (1, 2)) + "</ul></section>" for d in (3, 4))
    entries = extract(_page(days), "https://www.osce.org/press-releases", "listing").records
    assert [e["issued_on"] for e in entries] == \
        ["2024-03-13", "2024-03-13", "2024-03-14", "2024-03-14"]


def test_a_date_in_the_title_line_outside_the_link_and_chips_of_field_names() -> None:
    cards = "".join(
        f"<div class='item'><p>1{i}.03.2024 – <a href='/secretariat/56312{i}'>Training "
        f"number {i} for border officials</a></p><div class='chips'><span>Border management"
        f"</span> <span>Gender equality</span></div><p>Twenty officers from five countries "
        f"took part in the <mark>Gender equality</mark> course.</p></div>" for i in (1, 2, 3))
    entries = extract(_page(cards), "https://www.osce.org/press-releases", "listing").records
    assert [e["issued_on"] for e in entries] == ["2024-03-11", "2024-03-12", "2024-03-13"]
    assert entries[0]["fields_of_work"] == ["Border management", "Gender equality"]


def test_a_picture_under_files_is_no_attachment_and_load_more_to_a_numbered_path() -> None:
    record = _news(
        "<h1>Border officials discuss biometrics</h1>" + TEXT +
        "<div class='gallery'><a href='/site/assets/files/4412/photo-1.jpg'><img src='t.jpg' "
        "alt=''></a></div><p><a href='/site/assets/files/4412/programme.pdf'>Programme</a></p>")
    assert [a["url"] for a in record["attachments"]] == \
        ["https://www.osce.org/site/assets/files/4412/programme.pdf"]
    cards = "".join(f"<article><h3><a href='/odihr/51230{i}'>Item {i} in the list</a></h3>"
                    "</article>" for i in (1, 2, 3))
    result = extract(_page(cards + "<a class='btn' href='/es/press-releases/2'>Load more</a>"),
                     "https://www.osce.org/es/press-releases", "listing")
    assert result.next_page == "https://www.osce.org/es/press-releases/2"

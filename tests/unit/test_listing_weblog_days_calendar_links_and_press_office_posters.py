"""Listing mechanisms that weblogs and card grids showed: a separator hidden from screen
readers still parts a line of facts; a press office in an author's slot is a poster, no
issuer; a weblog's day header may link its day's archive and a post may be a run of
sibling paragraphs; a calendar's day link names a date, no item; a byline's permalink on
its time is the item's link, no title and no teaser; a known structure's name in a
category badge is no type."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.pages.fact_lines import leftover
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.tags import is_press_office, names_structures
from scraper.extract.visible import visible_text

TEASER = "Twenty border guards took part in a week-long course on forged travel documents."


def _entries(body: str, url: str = "https://www.osce.org/press-releases",
             lang: str = "en") -> list[dict[str, Any]]:
    doc = Document(url=url, text=f"<html lang='{lang}'><body><main>{body}</main></body></html>")
    return ListingPage(doc).entries()


def test_a_separator_hidden_from_screen_readers_still_parts_a_line_of_facts() -> None:
    card = ("<article><p class='title'><a href='/serbia/{n}'>Border guards trained in "
            "Belgrade this week</a></p><p class='subtitle'><time datetime='2023-09-1{d}'>"
            "1{d} September 2023</time> <span aria-hidden='true'>·</span> OSCE Mission to "
            "Serbia</p><div><p>" + TEASER + "</p></div></article>")
    found = _entries("".join(card.format(n=n, d=d) for n, d in ((770601, 1), (770602, 2))))
    assert [e["issued_by"] for e in found] == [["OSCE Mission to Serbia"]] * 2
    assert [e["summary"] for e in found] == [TEASER] * 2
    doc = Document(url="https://www.osce.org/", text="<p>A <span aria-hidden=true>·</span> B"
                                                       "<i aria-hidden=true>home</i></p>")
    assert visible_text(doc.root.find(".//p")) == "A · B"


def test_issuers_a_separator_parts_from_the_date_are_no_teaser() -> None:
    assert leftover("· OSZE-Mission in Serbien")
    assert not leftover("OSZE-Mission in Serbien eröffnet ein Büro in Niš · heute")


def test_a_press_office_in_an_authors_slot_is_no_issuer() -> None:
    assert is_press_office("Пресс-служба ОБСЕ")
    assert is_press_office("OSCE Press Office")
    assert not names_structures(["Пресс-служба ОБСЕ"])
    assert names_structures(["Миссия ОБСЕ в Сербии"])
    row = ("<table class='contentpaneopen'><tr><td class='contentheading'><a href="
           "'/ru/odihr/{n}' class='contentpagetitle'>Бюро ОБСЕ открыло миссию по "
           "наблюдению за выборами</a></td></tr></table><table class='contentpaneopen'><tr>"
           "<td><span class='small'>Пресс-служба ОБСЕ</span></td></tr><tr><td "
           "class='createdate'>Пятница, 04 Март 2011 10:24</td></tr><tr><td><p>Бюро ОБСЕ "
           "открыло в Астане миссию по наблюдению за выборами.</p></td></tr></table>")
    found = _entries("".join(row.format(n=n) for n in (770520, 770518)),
                     "https://www.osce.org/ru/press-releases", "ru")
    assert [e["issued_by"] for e in found] == [[], []]


POST = ("<a name='a{n}'></a><p><span class='kicker'>Press release</span><br><span "
        "class='itemTitle'><a href='https://www.osce.org/croatia/{n}'>Mission opens an office "
        "for returnees in Knin</a></span></p><p class='facts'>Issued by: OSCE Mission to "
        "Croatia</p><p>" + TEASER + "</p><p class='itemFooter'>16:48:10 <a href='https://"
        "www.osce.org/weblog/2003/05/13.html#a{n}'><img src='p.gif' alt='Permalink'></a></p>")


def test_a_weblogs_posts_of_sibling_paragraphs_under_a_linked_day_header() -> None:
    body = ("<div class='date'><a href='https://www.osce.org/weblog/2003/05/13.html'>"
            "Tuesday, 13 May 2003</a></div>" + POST.format(n=774301) + POST.format(n=774302)
            + "<div class='date'><a href='https://www.osce.org/weblog/2003/05/12.html'>"
            "Monday, 12 May 2003</a></div>" + POST.format(n=774303))
    found = _entries(f"<table><tr><td>{body}</td></tr></table>",
                     "https://www.osce.org/weblog/")
    assert [e["issued_on"] for e in found] == ["Tuesday, 13 May 2003"] * 2 + ["Monday, 12 May 2003"]
    assert [e["issued_by"] for e in found] == [["OSCE Mission to Croatia"]] * 3
    assert [e["summary"] for e in found] == [TEASER] * 3


def test_a_calendars_day_link_names_a_date_no_item() -> None:
    assert urls.item_number("https://www.osce.org/es/blog/date/20120604") is None
    assert urls.item_number("https://www.osce.org/es/blog/20120604") is None
    assert urls.item_number("https://www.osce.org/es/secretariat/769710") == "769710"
    assert urls.item_number("https://example.org/news/20123456") == "20123456"


ROLLER = ("<div class='entryBox'><p class='entryTitle'>Experts discuss border security in "
          "Vienna</p><p class='entryContent'>" + TEASER + "</p><p class='entryInfo'>Posted "
          "at <a href='https://www.osce.org/secretariat/{n}'>04:40 p.m. jun 12, 2012</a> by "
          "oscees in <span class='category'>Secretariat</span> | <a href='https://www.osce."
          "org/secretariat/{n}#comments'>Comments [0]</a></p></div>")


def test_a_bylines_permalink_on_its_time_is_the_items_link_no_title_nor_teaser() -> None:
    body = ("<div class='dayBox'><div class='dayTitle'>Tuesday, June 12, 2012</div>"
            + ROLLER.format(n=769710) + ROLLER.format(n=769709) + "</div>")
    found = _entries(body, "https://www.osce.org/blog/?page=1")
    assert [e["url"] for e in found] == ["https://www.osce.org/secretariat/769710",
                                         "https://www.osce.org/secretariat/769709"]
    assert {e["title"] for e in found} == {"Experts discuss border security in Vienna"}
    assert [e["summary"] for e in found] == [TEASER] * 2
    # the category badge names a known structure: its issuer, no type
    assert [(e["content_type"], e["issued_by"]) for e in found] == [(None, ["Secretariat"])] * 2


def test_a_more_link_into_a_listed_item_is_no_load_more() -> None:
    """A teaser's "mehr »" written with an absolute address (as a web archive's playback
    writes every link) leads into its item; the pager's "weiter »" is the next page."""
    base = "https://www.osce.org/de/front_content.php"
    rows = "".join(
        f"<div class='teaser'><h2><a href='{base}?idcat=14&amp;idart={n}'>Meldung {n} über die "
        f"Arbeit der Mission</a></h2><p>Kurzer Text zur Meldung {n}, mit einigen Worten mehr. "
        f"<a class='mehr' href='{base}?idcat=14&amp;idart={n}'>mehr »</a></p>"
        f"<p class='datum'>1{n % 10}.03.2007</p></div>" for n in range(768121, 768126))
    page = (f"<html lang='de'><body><div id='content'>{rows}<p class='pager'><a href='{base}"
            "?idcat=14&amp;page=3'>weiter »</a></p></div></body></html>")
    got = extract(page.encode(), f"{base}?idcat=14&page=2", "listing")
    assert got.next_page == f"{base}?idcat=14&page=3"

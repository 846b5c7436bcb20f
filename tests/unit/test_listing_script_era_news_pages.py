"""Listing mechanisms of script-era news pages (PHP-Fusion's news boxes, pMachine's
weblog, Nucleus's "convert breaks" text); each test fails without its mechanism, on
small pages written for it."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.dates import parse_date
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.pages.listing import ListingPage


def _entries(body: str, url: str, lang: str = "en") -> list[dict[str, Any]]:
    doc = Document(url=url, text=f"<html lang='{lang}'><body>{body}</body></html>")
    return ListingPage(doc).entries()


# ---------------------------------------------------------------- item addresses
def test_a_news_scripts_readmore_parameter_names_the_item() -> None:
    assert urls.item_number("http://example.org/news.php?readmore=118") == "118"
    # PHP-Fusion's pager counts items in rowstart: a list, no item
    assert urls.item_number("http://example.org/news.php?rowstart=12") is None
    assert urls.item_number("http://example.org/news.php?readmore=118&rowstart=6") is None


def test_a_pmachine_id_string_names_the_item_but_not_its_comments() -> None:
    assert urls.item_number("http://example.org/b/more.php?id=61_0_1_0_M") == "61"
    assert urls.item_number("http://example.org/b/comments.php?id=61_0_1_0_C") is None
    assert urls.item_number("http://example.org/b/weblog.php?id=C1_0_1_0") is None
    assert urls.item_number("http://example.org/b/weblog.php?d=20031016") is None


# ---------------------------------------------------------------- PHP-Fusion news boxes
_BOX = ("<table class='border'><tr><td class='capmain'>{title}</td></tr>"
        "<tr><td class='main-body'>{teaser}</td></tr>"
        "<tr><td class='news-footer'>Posted by <a href='profile.php?lookup=3'>press</a> "
        "{date} 10:00 &middot; {more}<a href='news.php?readmore={n}'>{c} Comments</a>"
        " &middot; 120 Reads</td></tr></table>")
_BOXES = [
    (52, "Seminar on media freedom for regional journalists", "16.05.2005", True,
     ("Forty journalists from the eastern regions took part in a two-day seminar on "
      "access to public information…")),
    (51, "Training for judges of the administrative courts", "11.05.2005", True,
     ("The Project Co-ordinator and the Academy of Judges trained judges of the newly "
      "created administrative courts…")),
    (50, "Call for proposals for civil society organizations", "14.04.2005", False,
     ("The Project Co-ordinator announces a small grants competition for human rights "
      "groups. Applications are due — 20 May 2005.")),
]


def _fusion_page() -> str:
    boxes = "".join(_BOX.format(
        n=n, title=title, date=date, teaser=teaser, c=n % 5,
        more=f"<a href='news.php?readmore={n}'>Read more</a> &middot; " if more else "")
        for n, title, date, more, teaser in _BOXES)
    pager = ("<div><a href='news.php?rowstart=0'>1</a> <b>[2]</b> "
             "<a href='news.php?rowstart=12'>3</a></div>")
    return f"<div class='main-bg'>{boxes}{pager}</div>"


def test_a_plain_text_caption_over_the_teaser_is_the_title() -> None:
    entries = _entries(_fusion_page(), "http://example.org/ukraine/news.php?rowstart=6")
    assert [e["url"] for e in entries] == [
        f"http://example.org/ukraine/news.php?readmore={n}" for n, *_ in _BOXES]
    assert [e["title"] for e in entries] == [title for _, title, *_ in _BOXES]
    assert entries[0]["summary"].startswith("Forty journalists")


def test_a_date_in_a_teasers_sentence_is_not_the_entrys() -> None:
    entries = _entries(_fusion_page(), "http://example.org/ukraine/news.php?rowstart=6")
    assert [parse_date(e["issued_on"], "en") for e in entries] == [
        "2005-05-16", "2005-05-11", "2005-04-14"]


# ---------------------------------------------------------------- pMachine day headings
def _entry(n: int, title: str) -> str:
    return (f"<div class='entry'><h3 class='title'><a href='more.php?id={n}_0_1_0_M'>{title}"
            "</a></h3><div class='blurb'>The Centre and its partners discussed the next steps "
            f"of the project with local authorities... <a href='more.php?id={n}_0_1_0_M'>"
            "Read more...</a></div><div class='posted'>Posted by <a href='member.php?id=2'>"
            f"press</a> at 02:15 PM &middot; <a href='comments.php?id={n}_0_1_0_C'>"
            "Comments (0)</a></div></div>")


def test_a_day_heading_written_as_a_plain_block_dates_the_entries_below_it() -> None:
    page = ("<div class='content'>"
            "<div class='date'>Thursday, October 16, 2003</div>"
            f"{_entry(61, 'Community policing pilot launched in Osh')}"
            f"{_entry(60, 'Media law round table held in Bishkek')}"
            "<div class='date'>Monday, October 13, 2003</div>"
            f"{_entry(59, 'Head of Centre meets the Ombudsman')}</div>")
    entries = _entries(page, "http://example.org/bishkek/weblog.php")
    assert [(e["url"].rsplit("=", 1)[1], parse_date(e["issued_on"], "en"))
            for e in entries] == [
        ("61_0_1_0_M", "2003-10-16"), ("60_0_1_0_M", "2003-10-16"),
        ("59_0_1_0_M", "2003-10-13")]


# ---------------------------------------------------------------- Nucleus body text
TEXT = ("The Mission presented today in Chisinau the results of a year of monitoring trials "
        "in cases of trafficking in human beings across the country.")
MORE = ("Monitors attended more than 120 court hearings in Chisinau, Balti, Cahul and Ungheni, "
        "and the report notes that many hearings were postponed.")


def test_a_download_line_among_the_texts_br_paragraphs_stays_in_the_body() -> None:
    page = ("<html lang='en'><head><title>X</title></head><body><h1>Trial monitoring: the "
            f"results of 2005</h1><div class='itembody'>{TEXT}<br /><br />{MORE}<br /><br />"
            "<a href='/documents/mm/2006/03/18341_en.pdf'>Trial monitoring report (2005)</a>"
            " (PDF, 240 KB)</div></body></html>")
    record = extract(page.encode(), "https://www.osce.org/moldova/593846", "news").records[0]
    assert record["body_blocks"][-1] == {"type": "paragraph",
                                         "text": "Trial monitoring report (2005) (PDF, 240 KB)"}
    assert record["attachments"] == [
        {"url": "https://www.osce.org/documents/mm/2006/03/18341_en.pdf",
         "title": "Trial monitoring report (2005)"}]

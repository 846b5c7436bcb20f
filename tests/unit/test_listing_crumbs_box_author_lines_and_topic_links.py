"""Listing mechanisms that page designs showed: a breadcrumb trail in a box named
``crumbs`` is chrome (its links list no entry), an Italian "Inserito da:" author line
is no teaser, a byline's year-first stamp ("on 2005/06/17 09:00:00") dates the entry,
and a topic's link before a title link of its own ("<a>Press release</a>:
<a>Headline</a>") is the entry's type even where it links back to the list shown."""

from __future__ import annotations

from typing import Any

from scraper.extract.author_lines import is_author_line
from scraper.extract.dates import date_in_byline
from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def test_a_crumbs_box_lists_no_entry_and_an_italian_author_line_is_no_teaser() -> None:
    items = "".join(
        f"<div class='post'><h3><a href='index.php?id=6855{i}0'>Riunione di esperti a Vienna "
        f"numero {i}</a></h3><p>{TEASER}</p><div class='more'><a href='index.php?id=6855{i}0'>"
        f"Leggi tutto...</a> <span>Inserito da: redazione</span></div></div>"
        for i in range(3))
    body = (f"<div id='crumbs'><a href='index.php?id=1'>Pagina iniziale</a> &raquo; "
            f"<a href='index.php?id=50'>Sala stampa</a> &raquo; Comunicati</div>"
            f"<div id='main'><h1>Comunicati</h1>{items}</div>")
    records = _listing(body, "it", "https://www.osce.org/it/index.php?id=52").records
    assert [(r["url"], r["summary"]) for r in records] == [
        (f"https://www.osce.org/it/index.php?id=6855{i}0", TEASER) for i in range(3)]


def test_italian_author_labels_and_year_first_stamps() -> None:
    assert is_author_line("Inserito da: redazione")
    assert is_author_line("Pubblicato da: redazione")
    assert date_in_byline("Posted by pressoffice on 2005/06/17 09:00:00 (120 reads)",
                          "en") == "2005/06/17"


def test_a_topic_link_before_the_title_link_is_the_type_even_linking_back() -> None:
    url = "https://www.osce.org/modules/news/index.php?storytopic=3"
    stories = "".join(
        f"<table class='newsStory'><tr><td class='storyTitle'><b><a href='{topic}'>{kind}"
        f"</a>: <a href='https://www.osce.org/modules/news/article.php?storyid=6859{i}'>"
        f"Centre opens legal aid office number {i}</a></b></td></tr>"
        f"<tr><td>Posted by <a href='https://www.osce.org/userinfo.php?uid=2'>pressoffice"
        f"</a> on 2005/06/1{i} 09:00:00 (120 reads)</td></tr>"
        f"<tr><td><p>{TEASER}</p></td></tr></table>"
        for i, (topic, kind) in enumerate([(url, "Press release"), (url, "Press release"),
                                           (url.replace("=3", "=1"), "News Item")]))
    records = _listing(f"<div class='newsIndex'>{stories}</div>", url=url).records
    assert [(r["title"], r["content_type"], r["issued_on"]) for r in records] == [
        (f"Centre opens legal aid office number {i}", kind, f"2005-06-1{i}")
        for i, kind in enumerate(["Press release", "Press release", "News Item"])]

"""Front pages of the old story engines (Slash, Scoop): each story a run of siblings
between a template's start and end comments (template_boxes), its headline unlinked
above a "Read More..." line of counts and links (listing_titles, listing_items), the
poster's "from the … dept." line (author_lines), a pager of image arrows."""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from scraper.extract.author_lines import is_author_line
from scraper.extract.extraction import extract
from scraper.extract.template_boxes import box_template_runs

PAGE = "https://www.osce.org/index.pl?start=10"
TEASER = "Customs officers from four participating States completed a course on forged papers."


def _story(n: int) -> str:
    return (f"<!-- start template: ID 7, story -->"
            f"<table><tr><td><font size=4><b>Story number {n} about border posts</b></font>"
            "</td></tr></table>"
            f"<b>Posted by <a href='mailto:press@osce.org'>editor</a> on Monday March 0{n}, "
            "2004 @09:14AM</b><br>"
            "<font size=2><b>from the papers-please dept.</b></font><br>"
            f"{TEASER}"
            f"<p><b>(</b> <a href='//www.osce.org/secretariat/7953{n}'><b>Read More...</b></a>"
            " | 2417 bytes in body | <b><a href='//www.osce.org/comments.pl?sid=7953{n}'>4</a>"
            "</b> of <b>6</b> comments | <a href='//www.osce.org/search.pl?topic=border'>"
            "Border management</a> | <a href='//www.osce.org/index.pl?section=press'>"
            "Press releases</a> <b>)</b></p>"
            "<!-- end template: ID 7, story --><br>")


def _slash_entries() -> list[dict[str, Any]]:
    side = ("<table><tr><td><b>Most Discussed</b></td></tr><tr><td><ul>"
            "<li><a href='//www.osce.org/secretariat/79532'>Story number 2 about border "
            "posts</a> (23 comments)</li></ul></td></tr></table>")
    page = (f"<html lang='en'><body><table><tr><td><font>{''.join(_story(n) for n in (1, 2, 3))}"
            f"</font></td><td>{side}</td></tr></table></body></html>")
    return extract(page.encode(), PAGE, "listing").records


def test_a_run_between_a_templates_comments_is_one_box() -> None:
    root = lxml_html.fromstring("<div><!-- begin story --><table><tr><td>T</td></tr></table>"
                                "teaser<br><p>more</p><!-- end story --></div>")
    box_template_runs(root)
    (box,) = root.findall("div")
    assert [c.tag for c in box if isinstance(c.tag, str)] == ["table", "br", "p"]
    assert "teaser" in box.text_content()


def test_words_alone_between_comments_stay_as_they_are() -> None:
    root = lxml_html.fromstring("<p>a <!-- begin x --><b>b</b> c<!-- end x --> d</p>")
    box_template_runs(root)
    assert root.find("div") is None


def test_a_slash_story_is_read_whole_its_read_more_line_below() -> None:
    entries = _slash_entries()
    assert [e["url"] for e in entries] == [f"https://www.osce.org/secretariat/7953{n}"
                                           for n in (1, 2, 3)]
    assert [e["title"] for e in entries] == [f"Story number {n} about border posts"
                                             for n in (1, 2, 3)]
    assert [e["issued_on"] for e in entries] == [f"2004-03-0{n}" for n in (1, 2, 3)]
    assert [e["content_type"] for e in entries] == ["Press releases"] * 3
    assert [e["fields_of_work"] for e in entries] == [["Border management"]] * 3
    assert [e["summary"] for e in entries] == [TEASER] * 3


def test_the_slash_department_line_is_no_teaser() -> None:
    assert is_author_line("from the papers-please dept.")
    assert not is_author_line("from the capital, the delegation went on to Almaty.")


def test_a_read_more_line_of_counts_is_no_teaser() -> None:
    rows = "".join(
        f"<table><tr><td><a href='/de/kosovo/79540{n}'>Meldung Nummer {n} aus Prizren</a>"
        f"</td></tr><tr><td>Fr {n}. Dez 2003</td></tr><tr><td><font>{TEASER}</font>"
        f"<p><font><b>&lt; <a href='/de/kosovo/79540{n}'>Ganze Story</a> (3 Kommentare, "
        "540 Wörter in der Story) &gt;</b></font></p></td></tr></table><br>"
        for n in (1, 2, 3))
    pager = ("<table><tr><td><a href='/de/?op=main;page=1'><img src='l.gif' "
             "alt='Neuere Storys'></a></td><td>Seite 2</td><td><a href='/de/?op=main;page=3'>"
             "<img src='r.gif' alt='Ältere Storys'></a></td></tr></table>")
    page = f"<html lang='de'><body><div>{rows}{pager}</div></body></html>"
    found = extract(page.encode(), "https://www.osce.org/de/?op=main;page=2", "listing")
    assert [e["summary"] for e in found.records] == [TEASER] * 3
    assert found.next_page == "https://www.osce.org/de/?op=main;page=3"


def test_a_labelled_update_after_the_publication_date_is_no_part_of_it() -> None:
    head = ("<div class='display articles'><div class='header'><h1>Przemówienie Dyrektora "
            "na otwarciu spotkania</h1><div class='date'>Autor: <a href='/users/?home=red'>"
            "Redakcja</a> &bull; Opublikowano: poniedziałek, 29 września 2008 11:20 &bull; "
            "Ostatnia zmiana treści: czwartek, 2 października 2008 09:05</div></div>"
            "<div class='body'>" + "<p>Szanowni Państwo, otwieram spotkanie poświęcone "
            "wymiarowi ludzkiemu i dziękuję wszystkim za przybycie do Warszawy.</p>" * 3
            + "</div></div>")
    page = f"<html lang='pl'><body><div id='content'>{head}</div></body></html>"
    (rec,) = extract(page.encode(), "https://www.osce.org/pl/odihr/795214", "news").records
    assert rec["issued_on"] == "2008-09-29"

"""A board's or blog's page read as a news item: WordPress's shortlink as the node id,
a share label standing alone, the board's name heading every page, the post's date on
its head line above the subject, an edit line naming its editor, the site named in
front of ``<title>``, a thread's "Topic:" line, an author link above the headline; each
test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.pages.common import strip_site_name

TEXT = ("Forty border officials from twelve participating States completed a week-long "
        "course in Vienna today, preparing them for joint patrols later this year.")
MORE = ("The course covered risk analysis at crossing points, the detection of forged "
        "travel documents and co-operation between neighbouring services.")


def _news(body: str, head: str = "<title>X</title>",
          url: str = "https://example.org/forum/viewtopic.php?id=212") -> dict[str, Any]:
    page = f"<html lang='en'><head>{head}</head><body>{body}</body></html>"
    return extract(page.encode(), url, "news").records[0]


def test_wordpress_shortlink_names_the_node_behind_a_slug_canonical() -> None:
    record = _news(f"<h1>Border course ends</h1><p>{TEXT}</p><p>{MORE}</p>",
                   head="<title>Border course ends</title>"
                        "<link rel='canonical' href='https://example.org/de/2011/04/14/course/'>"
                        "<link rel='shortlink' href='https://example.org/de/?p=734562'>",
                   url="https://example.org/de/2011/04/14/course/")
    assert record["node_id"] == "734562"
    assert record["translation_key"] == "734562"


def test_share_label_alone_on_its_line_is_no_text() -> None:
    record = _news(f"<article><h1>Border course ends</h1><p>{TEXT}</p><p>{MORE}</p>"
                   "<div class='sociable'><div><strong>Share this post:</strong></div>"
                   "<ul><li><a href='https://facebook.com/x'><img alt='Facebook'></a></li>"
                   "</ul></div></article>", url="https://example.org/news/5")
    assert record["body"] == f"{TEXT}\n\n{MORE}"


def test_board_name_linking_to_its_folder_index_is_no_headline() -> None:
    record = _news("<h1><a href='index.php'>Border Forum</a></h1>"
                   "<div id='brddesc'><p>Announcements of the border programme, open to all "
                   "registered members of the board.</p></div>"
                   "<div class='post'><h2><span>#1</span> <a href='viewtopic.php?pid=9'>"
                   "2014-06-13 19:02:41</a></h2>"
                   "<h3>Border course ends in Vienna</h3>"
                   f"<div class='postmsg'><p>{TEXT}</p><p>{MORE}</p>"
                   "<p class='postedit'><em>Last edited by: press_officer (2014-06-14 09:15:03)"
                   "</em></p></div></div>",
                   head="<title>Border course ends in Vienna / Border Forum</title>")
    assert record["title"] == "Border course ends in Vienna"
    assert record["summary"] is None
    assert record["issued_on"] == "2014-06-13"
    assert record["body"] == f"{TEXT}\n\n{MORE}"


def test_site_named_in_front_of_title_leaves_the_headline() -> None:
    title = "OSCE Forum - OSCE Chairman opens the Ministerial Council in Madrid"
    assert strip_site_name(title) == title
    assert strip_site_name("OSCE Chairman opens the council | OSCE") == \
        "OSCE Chairman opens the council"


def test_topic_line_repeating_the_headline_names_no_field_of_work() -> None:
    record = _news("<table><tr><td><b>Topic:</b> Border course ends in Vienna (Read 318 "
                   "times)</td></tr><tr><td><b>Border course ends in Vienna</b></td></tr>"
                   f"<tr><td><div class='message'>{TEXT}<br><br>{MORE}</div></td></tr></table>",
                   head="<title>Border Forum - Border course ends in Vienna</title>")
    assert record["title"] == "Border course ends in Vienna"
    assert record["fields_of_work"] == []


def test_author_link_in_the_items_header_above_the_headline_is_the_issuer() -> None:
    record = _news("<header><a href='/'>Community</a></header><main><article>"
                   "<header><div><a href='/uk/smm'>OSCE Special Monitoring Mission to Ukraine"
                   "</a><p>Posted <time datetime='2022-02-16T11:05:48Z'>16 Feb</time></p></div>"
                   "<h1>Border course ends</h1></header>"
                   f"<div class='body'><p>{TEXT}</p><p>{MORE}</p></div></article></main>",
                   url="https://example.org/uk/smm/736829")
    assert record["issued_by"] == ["OSCE Special Monitoring Mission to Ukraine"]

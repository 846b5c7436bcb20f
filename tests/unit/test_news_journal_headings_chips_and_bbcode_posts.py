"""Facts of news items that a blog journal, a WordPress magazine theme and a forum's CMS
article showed: the entry's subject is a lower heading under the journal's name, its
header box is named by the entry box around it, and a lead box opens the post; a
category chip names the type in the plural, a meta line of side-by-side facts is no lead,
a post's tag row and a table of contents are no text; a BB-code post types its lead and
labels as runs of text parted by ``<br><br>``."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.structure import in_chrome

TEXT = ("<p>Twenty-one border officers from Central Asia and Afghanistan completed a "
        "three-week leadership course at the Border Management Staff College.</p>"
        "<p>The course covered strategic planning, human resources management and the "
        "co-operation between neighbouring border services.</p>"
        "<p>Graduates will pass on what they learned to colleagues in their services.</p>")
HEADLINE = "Border officers complete leadership course in Dushanbe"


def _news(body: str, head: str = "") -> Any:
    page = (f"<html lang='en'><head><title>X</title>{head}</head><body>{body}</body>"
            "</html>")
    return extract(page.encode(), "https://www.osce.org/secretariat/1001").records[0]


# ---------------------------------------------------------------- a blog journal's entry
JOURNAL = ("<div id='header'><h1 id='title'><span>OSCE news in English</span></h1>"
           "<h2 id='subtitle'>The press office's community</h2></div>")


def _entry(content: str) -> str:
    return (JOURNAL + "<div class='entry'><div class='inner'><div class='header'>"
            f"<div class='inner'><h3 class='entry-title'><a href='/secretariat/1001'>"
            f"{HEADLINE}</a></h3><span class='datetime'>April 23rd, 2024, 11:15 am</span>"
            "</div></div><div class='contents'><div class='entry-content'>"
            f"{content}</div></div></div></div>")


def test_a_lower_heading_that_metadata_names_is_the_headline() -> None:
    record = _news(_entry(TEXT), f"<meta property='og:title' content='{HEADLINE}'>")
    assert record["title"] == HEADLINE


def test_a_header_box_an_entry_box_holds_is_no_site_chrome() -> None:
    doc = Document(url="https://www.osce.org/x/1", text="<html><body>" + _entry(TEXT)
                   + "</body></html>")
    assert not in_chrome(doc.root.xpath("//span[@class='datetime']")[0])
    record = _news(_entry(TEXT), f"<meta property='og:title' content='{HEADLINE}'>")
    assert record["issued_on"] == "2024-04-23"


def test_a_lead_box_opening_the_post_is_the_lead() -> None:
    lead = ("The OSCE trained twenty-one border officers from Central Asia and "
            "Afghanistan in leadership.")
    record = _news(_entry(f"<div class='post-lead'>{lead}</div>" + TEXT),
                   f"<meta property='og:title' content='{HEADLINE}'>")
    assert record["summary"] == lead
    assert not record["body"].startswith(lead)


# ---------------------------------------------------------------- a magazine theme's post
def _post(meta: str = "", content: str = TEXT, chips: str = "") -> str:
    return (f"<article class='post'><div class='header-standard'>{chips}<h1>{HEADLINE}</h1>"
            f"{meta}</div><div class='entry-content'>{content}</div></article>")


def test_a_category_chip_in_the_plural_is_the_type() -> None:
    record = _news(_post(chips="<div class='cat'><a rel='category tag' href='/press-releases'>"
                         "Press releases</a><a rel='category tag' href='/elections'>Elections"
                         "</a></div>"))
    assert record["content_type"] == "Press releases"
    assert record["content_type_id"] == "press-release"


def test_a_row_of_fact_boxes_with_a_date_is_no_lead() -> None:
    meta = ("<div class='post-box-meta-single'><span class='byline'>written by <a href="
            "'/author/secretariat'>OSCE Secretariat</a></span><span><time datetime="
            "'2023-03-14'>14 March 2023</time></span><span>Updated: 2 April 2023</span>"
            "<span>0 comments</span><span>1,034 views</span><span>4 minutes read</span></div>")
    record = _news(_post(meta=meta))
    assert record["summary"] is None


def test_a_tag_row_after_the_text_gives_fields_of_work() -> None:
    tags = ("<div class='post-tags'><a href='https://www.osce.org/democratization' rel='tag'>"
            "Democratization</a><a href='https://www.osce.org/tag/moldova/' rel='tag'>"
            "Moldova</a></div>")
    record = _news(_post(content=TEXT + tags))
    assert [f["label"] for f in record["fields_of_work"]] == ["Democratization"]
    assert "Moldova" not in record["body"]


def test_a_table_of_contents_box_is_no_text() -> None:
    toc = ("<div class='penci-toc-container'><div class='penci-toc-title-container'>"
           "<p class='penci-toc-title'>Table of contents</p></div><nav><ul><li>"
           "<a href='#a'>The course</a></li></ul></nav></div>")
    record = _news(_post(content=TEXT[:TEXT.index("<p>The course")] + toc
                         + "<h2 id='a'>The course</h2>" + TEXT[TEXT.index("<p>The course"):]))
    assert "Table of contents" not in record["body"]
    assert "The course" in [b["text"] for b in record["body_blocks"]]


# ---------------------------------------------------------------- a BB-code post
BB_LEAD = ("About thirty journalism students from Osh, Jalal-Abad and Batken took part in a "
           "three-day media literacy training.")
BB_POST = (
    f"<div class='title'><h1 class='article_title'><span>{HEADLINE}</span></h1></div>"
    "<div class='article postcontainer'>"
    f"<b>{BB_LEAD}</b><br />\n<br />\n"
    "<b>Content type:</b> Press release<br />\n"
    "<b>Fields of work:</b> Education, Media freedom and development<br />\n<br />\n"
    "OSH, 13 March 2012 – A three-day training on media literacy and journalistic ethics "
    "for journalism students of the southern regions ended today at Osh State University."
    "<br />\n<br />\nThe sessions were led by lecturers from Bishkek and Almaty and by "
    "experts of the Office of the OSCE Representative on Freedom of the Media.<br />\n"
    "<br />\nThe training is part of a long-term programme supporting journalism "
    "education in Kyrgyzstan.</div>")


def test_a_label_value_ends_at_a_paragraph_break() -> None:
    record = _news(BB_POST)
    assert [f["label"] for f in record["fields_of_work"]] == [
        "Education", "Media freedom and development"]


def test_a_lead_typed_above_labels_in_the_post_is_the_lead() -> None:
    # a byline's label between the headline and the post: the labels' block starts
    # above the post, and the lead stands inside it, above the post's own labels
    byline = "</h1></div><div class='cms_article_username'>Published 14.03.2012, 10:15</div>"
    record = _news(BB_POST.replace("</h1></div>", byline, 1))
    assert record["summary"] == BB_LEAD
    assert record["issued_on"] == "2012-03-14"
    assert record["body"].startswith("OSH, 13 March 2012")


def test_label_lines_typed_in_the_post_are_no_body() -> None:
    record = _news(BB_POST)
    assert record["body"].startswith("OSH, 13 March 2012")
    assert record["dateline"] == {"place": "OSH", "date": "2012-03-13"}

"""A forum post read as a news item: the thread prefix as the type, the post's date in
its head, the text of a post inside the moderation form, a quote box's heading, and
attachments a forum or a CSS framework draws like chrome; each test fails without its
mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract.blocks import linearize
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.structure import is_widget

TEXT = ("Forty election observers from twelve participating States completed a week-long "
        "course in Vienna today, preparing them for missions later this year.")
MORE = ("The course covered the legal framework of elections, the work of election "
        "administrations and the participation of women as voters and candidates.")
LAST = ("Participants practised drafting the findings of a mission and discussed the "
        "follow-up to recommendations with the election administration's experts.")


def _news(body: str, title: str = "X",
          url: str = "https://example.org/forum/thread-12.html") -> dict[str, Any]:
    page = f"<html lang='en'><head><title>{title}</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "news").records[0]


# ---------------------------------------------------------------- thread prefix
def test_bracketed_type_leading_the_headline_is_the_type() -> None:
    record = _news("<main><h1><span class='thread-prefix'>[Press release]</span> Observers "
                   f"complete course</h1><p>{TEXT}</p><p>{MORE}</p></main>")
    assert record["content_type"] == "Press release"
    assert record["content_type_id"] == "press-release"
    assert record["title"] == "Observers complete course"


def test_bracketed_words_that_name_no_type_stay_in_the_headline() -> None:
    record = _news("<main><h1>[Vienna] Observers complete course</h1>"
                   f"<p>{TEXT}</p><p>{MORE}</p></main>")
    assert record["title"] == "[Vienna] Observers complete course"
    assert record["content_type"] is None


# ---------------------------------------------------------------- the post's date
def test_date_opening_the_post_head_before_the_edit_note() -> None:
    record = _news(
        "<main><h1>Observers complete course</h1><div class='post'>"
        "<div class='post_head'><span>10-14-2025, 09:14 AM <span class='edit'>(This post "
        "was last modified: 10-16-2025, 04:52 PM by desk.)</span></span></div>"
        f"<div class='post_body'>{TEXT}<br><br>{MORE}<br><br>{LAST}</div></div></main>")
    assert record["issued_on"] == "2025-10-14"


def test_date_in_its_own_link_is_no_lead() -> None:
    record = _news(
        "<main><h1>Observers complete course</h1><div class='keyinfo'>"
        "<a href='?msg=1'>04 March 2024, 10:12:07</a> <span>Last edit: 05 March 2024, "
        "08:40:11 by desk</span></div>"
        f"<div class='inner'>{TEXT}<br><br>{MORE}<br><br>{LAST}</div></main>")
    assert record["issued_on"] == "2024-03-04"
    assert record["summary"] is None


# ---------------------------------------------------------------- post in a form
def test_form_holding_a_posts_text_run_is_no_widget() -> None:
    doc = Document.from_bytes(
        ("<html><body><form id='quickModForm'><div class='inner'>"
         f"{TEXT} {MORE}<br><br>{LAST}</div></form>"
         "<form id='search'><input name='q'> Search</form></body></html>").encode(),
        "https://example.org/")
    forms = doc.root.xpath("//form")
    assert not is_widget(forms[0])
    assert is_widget(forms[1])


def test_post_text_in_the_moderation_form_is_the_body() -> None:
    record = _news(
        "<main><div class='information'><h2>Observers complete course</h2>"
        "<p>Topic starter: desk (Read 1,842 times)</p></div>"
        "<form id='quickModForm'><div class='subject'>Observers complete course</div>"
        f"<div class='post'><div class='inner'>{TEXT}<br><br>{MORE}<br><br>{LAST}</div>"
        "</div></form></main>", title="Observers complete course")
    assert record["body"].startswith(TEXT)
    assert "Topic starter" not in record["body"]
    assert record["summary"] is None


# ---------------------------------------------------------------- quote heading
def _texts(html: str) -> list[str]:
    doc = Document.from_bytes(f"<html><body>{html}</body></html>".encode(),
                              "https://example.org/")
    return [b.text for b in linearize(doc.root, doc.order)]


def test_cite_opening_a_quote_box_is_its_heading() -> None:
    assert _texts("<blockquote><cite>Quote:</cite>Voters came in large numbers."
                  "</blockquote>") == ["Voters came in large numbers."]


def test_cite_after_the_quoted_words_stays() -> None:
    texts = _texts("<blockquote><p>Voters came in large numbers.</p>"
                   "<cite>Head of mission</cite></blockquote>")
    assert "Head of mission" in " ".join(texts)


# ---------------------------------------------------------------- attachments
def _attachments(extra: str) -> list[dict[str, Any]]:
    record = _news(f"<main><article><h1>Observers complete course</h1><p>{TEXT}</p>"
                   f"<p>{MORE}</p>{extra}</article></main>")
    return list(record["attachments"])


def test_link_text_naming_a_document_file_is_an_attachment() -> None:
    found = _attachments("<p><a href='attachment.php?aid=2217'>agenda-2025.pdf</a></p>")
    assert [a["title"] for a in found] == ["agenda-2025.pdf"]


def test_link_text_closing_on_a_document_format_is_an_attachment() -> None:
    found = _attachments("<p><a href='/file/download?guid=3f0c'>Speech of the Secretary "
                         "General (PDF)</a></p>")
    assert [a["url"] for a in found] == ["https://example.org/file/download?guid=3f0c"]


def test_a_link_to_a_page_is_no_attachment() -> None:
    assert _attachments("<p><a href='/file/view?guid=3f0c'>Speech of the Secretary "
                        "General</a></p>") == []


def test_menu_of_documents_inside_the_article_is_an_attachment_list() -> None:
    found = _attachments("<div class='accordion'><label>Related documents</label>"
                         "<ul class='menu'><li><a href='/files/a.pdf'>Guidelines</a></li>"
                         "<li><a href='/files/b.pdf?download=true'>Survey</a></li></ul></div>")
    assert [a["title"] for a in found] == ["Guidelines", "Survey"]


def test_menu_mixing_pages_and_documents_stays_chrome() -> None:
    found = _attachments("<ul class='menu'><li><a href='/about'>About us</a></li>"
                         "<li><a href='/files/a.pdf'>Guidelines</a></li></ul>")
    assert found == []

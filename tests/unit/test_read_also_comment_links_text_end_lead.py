"""A "Read also:" box of one link to another item set between the paragraphs is no
body; a "Comments are closed" link to the post's comments after a label's links is no
value of it; a "description" line past the end of the text (a sidebar's newsletter
box) is no lead."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.labels import best, find_labels
from scraper.extract.pages.news import NewsPage

_P1 = ("The course gave the instructors practical tools for building trust between police "
       "officers and local communities across the regions of the country.")
_P2 = ("Each participant will deliver at least two courses at regional police training "
       "centres before the end of next year, using a manual made for them.")


def _page(body: str) -> NewsPage:
    text = (f"<html lang='en'><head><title>Police course</title></head><body>{body}"
            f"</body></html>")
    return NewsPage(Document(url="https://www.osce.org/secretariat/781310", text=text))


def test_read_also_line_between_paragraphs_is_no_body() -> None:
    page = _page("<article><h1>OSCE course prepares police instructors</h1>"
                 f"<div class='article-text'>{_P1}<br><br><div class='readalso'>"
                 "<span>Read also:</span> <a href='/secretariat/781288'>OSCE supports "
                 f"drafting of guidelines</a></div>{_P2}</div></article>")
    body = page.body
    assert body is not None
    assert "Read also" not in body.value
    assert _P1 in body.value
    assert _P2 in body.value


def test_comments_link_after_fields_is_no_field() -> None:
    doc = Document(url="https://www.osce.org/ru/odihr/785420/print/", text=(
        "<html><body><p>Направления деятельности: <a href='/ru/policing'>Деятельность "
        "полиции</a> | <a href='https://www.osce.org/ru/odihr/785420#comments'>"
        "Комментарии отключены</a></p></body></html>"))
    found = best(find_labels(doc.root, doc.order), "fields_of_work")
    assert found is not None
    assert found.items == ["Деятельность полиции"]


def test_description_line_past_the_text_is_no_lead() -> None:
    page = _page("<article><h1>OSCE course prepares police instructors</h1>"
                 f"<div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div></article>"
                 "<aside><div class='newsletter-box'><p class='newsletter-description'>"
                 "Receive the OSCE's news every week.</p></div></aside>"
                 "<div class='box'><p class='box-description'>Receive the OSCE's news "
                 "every week in your mailbox.</p></div>")
    assert page.summary is None

"""A document's line wrapped in an inline element of its own after a cell's text runs,
and an attachment label over a line per document, are the item's files, no body text;
a bare "published" label whose date runs on to the writer ("Opublikowano 27 listopada
2009, 9:00 przez <a>admin</a>") gives the date before the agent word."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.document import Document
from scraper.extract.label_words import match_label_start
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_RUNS = ("Twenty journalists took part in a three-day seminar on professional ethics and "
         "reporting on the settlement process in the capital.<br><br>"
         "The seminar dealt with balanced journalism, checking sources and the media's "
         "responsibility in societies that have lived through conflict.<br><br>"
         "Thank you for your attention.")


def _body(after: str) -> list[str]:
    html = ("<html lang='en'><body><table><tr><td>"
            "<font size='4'><b>Journalists from both banks trained</b></font><br><br>"
            f"<font size='2'>{_RUNS}</font>{after}</td></tr></table></body></html>")
    found = NewsPage(Document(url="https://www.osce.org/moldova/595093", text=html)).body_blocks
    return [b["text"] for b in found.value] if found else []


def test_a_document_line_in_a_font_of_its_own_is_no_body_text() -> None:
    after = ("<br><br><font size='1'><img src='/img/pdf.gif' alt='PDF'> "
             "<a href='/documents/2003/07/3512_de.pdf'>Full text of the speech (PDF)</a>"
             "</font><br><br>")
    assert _body(after)[-1] == "Thank you for your attention."


def test_a_labelled_list_of_documents_is_no_body_text() -> None:
    after = ("<div><strong>Attachments:</strong><br>"
             "<img src='/i/pdf.gif' alt=''> <a href='/files/f/1.pdf'>Full text</a> "
             "(PDF, 96 KB)<br><img src='/i/doc.gif' alt=''> <a href='/files/f/1_ru.doc'>"
             "In Russian</a> (DOC, 58 KB)</div>")
    assert _body(after)[-1] == "Thank you for your attention."


def test_a_document_link_in_a_sentence_stays() -> None:
    after = ("<br><br><span>The full report is available <a href='/files/f/1.pdf'>here"
             "</a> (PDF, 1 MB), with annexes on every district.</span>")
    assert _body(after)[-1].startswith("The full report is available here")


@pytest.mark.parametrize(("text", "date"), [
    ("Opublikowano 27 listopada 2009, 9:00 przez", "27 listopada 2009, 9:00"),
    ("Veröffentlicht 12. März 2005 von", "12. März 2005"),
])
def test_a_bare_date_label_runs_to_the_agent_word(text: str, date: str) -> None:
    found = match_label_start(text)
    assert found is not None
    assert (found[0], found[2]) == ("issued_on", date)


def test_a_bare_date_label_without_a_date_before_the_agent_gives_none() -> None:
    assert match_label_start("Opublikowano raport przez ODIHR") is None


def _entries() -> list[dict[str, Any]]:
    post = ("<div class='post'><h3><a href='index.php?op=ViewArticle&amp;articleId={n}'>"
            "Observers trained number {i} in Warsaw</a></h3>"
            "<div class='meta'>Opublikowano 2{i} listopada 2009, 9:00 przez "
            "<a href='index.php?op=ViewUser&amp;userId=4'>redaktor</a> w kategorii "
            "<a href='index.php?op=Default&amp;postCategoryId=3'>Komunikat prasowy</a></div>"
            "<p>Ponad czterdziestu obserwatorów ukończyło szkolenie w Warszawie.</p></div>")
    html = ("<html lang='pl'><head><base href='https://www.osce.org/pl/blog/'></head><body>"
            + "".join(post.format(n=729270 + i, i=i) for i in range(3)) + "</body></html>")
    return ListingPage(Document(url="https://www.osce.org/pl/blog/index.php", text=html)).entries()


def test_a_blog_byline_gives_the_entry_date_and_no_summary_words() -> None:
    entries = _entries()
    assert [e["issued_on"] for e in entries] == [
        "20 listopada 2009, 9:00", "21 listopada 2009, 9:00", "22 listopada 2009, 9:00"]
    assert all(e["summary"].startswith("Ponad") for e in entries)

"""A line labelled as an attachment ("Приложение:", "Attachment:", "Pièce jointe :", …)
right after the item's text, outside the element holding it (a print view's file line
after the text's box), gives the item's attachments; an unlabelled line, or a labelled
one standing after other text, gives none."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_TEXT = ("<h1>Journalists from both banks trained</h1>"
         "<div class='printnews'>Twenty journalists took part in a three-day seminar on "
         "professional ethics and reporting on the settlement process.<br><br>"
         "The seminar dealt with balanced journalism, checking sources and the media's "
         "responsibility in societies that have lived through conflict.</div>")


def _attachments(after: str) -> list[dict[str, str | None]]:
    doc = Document(url="https://osce.org/ru/moldova/595093?print",
                   text="<html lang='ru'><head><link rel='canonical' "
                        "href='https://www.osce.org/ru/moldova/595093'></head><body>"
                        f"{_TEXT}{after}<div>Printed from the OSCE site</div></body></html>")
    found = NewsPage(doc).attachments
    return found.value if found else []


@pytest.mark.parametrize("label", ["Приложение:", "Attachment:", "Anhang:", "Pièce jointe :",
                                   "Allegato:", "Adjunto:", "Додаток:", "Załącznik:"])
def test_a_labelled_line_after_the_text_is_an_attachment(label: str) -> None:
    after = f"<p>{label} <a href='/files/f/7/c/595093.pdf'>Programme</a> (PDF, 112 KB)</p>"
    assert _attachments(after) == [
        {"url": "https://www.osce.org/files/f/7/c/595093.pdf", "title": "Programme"}]


def test_labelled_lines_one_after_another_are_all_attachments() -> None:
    after = ("<p><b>Attachment:</b> <a href='/files/1.pdf'>Agenda</a></p>"
             "<p><b>Attachment:</b> <a href='/files/2.pdf'>List of participants</a></p>")
    assert [x["title"] for x in _attachments(after)] == ["Agenda", "List of participants"]


def test_an_unlabelled_line_after_the_text_gives_none() -> None:
    after = "<p>See also <a href='/files/1.pdf'>the annual report</a> (PDF)</p>"
    assert _attachments(after) == []


def test_a_labelled_line_after_other_text_gives_none() -> None:
    after = ("<div>Other publications of the Mission</div>"
             "<p>Attachment: <a href='/files/1.pdf'>Annual report</a></p>")
    assert _attachments(after) == []

"""Hold-out set 117's news pages: a wiki's table of attached files beside the text (each
row names a file by a link whose text is the file's own name), the site's photo credit
"(OSBE/Name)" closing a caption line, a framework's camel-case hidden class
(``foswikiHidden``) and Albanian's "Lloji i materialit" type label."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage
from scraper.extract.pages.news.hints import is_credit_line
from scraper.extract.visible import is_hidden

pytestmark = pytest.mark.unit

_TEXT = ("<p>About 120 police officers and members of local councils discussed joint "
         "work on public safety at two regional forums held by the Programme Office.</p>"
         "<p>The forums took place in Osh and Jalal-Abad with the support of the "
         "Ministry of Interior, and set the priorities for the coming year.</p>")


def _page(after: str, body: str = _TEXT) -> NewsPage:
    html = ("<html lang='en'><body><div class='content'><div class='topic'>"
            f"<h1>Police and communities meet in Osh</h1><div class='text'>{body}</div>"
            f"</div>{after}</div></body></html>")
    return NewsPage(Document(url="https://www.osce.org/bishkek/596189", text=html))


def _row(name: str) -> str:
    return (f"<tr><td><a href='/pub/Bishkek/Topic/{name}'>{name}</a></td>"
            f"<td><a href='/bin/attach/Bishkek/Topic?filename={name}'>manage</a></td>"
            "<td>412 K</td><td><a href='/bin/view/Main/AinuraT'>AinuraT</a></td></tr>")


def test_a_table_of_named_files_beside_the_text_gives_its_attachments() -> None:
    table = ("<div><table><tr><th>File</th><th>Action</th><th>Size</th><th>Who</th></tr>"
             f"{_row('itogi.pdf')}{_row('plan_2020.docx')}</table></div>")
    found = _page(table).attachments
    assert found is not None
    assert found.value == [
        {"url": "https://www.osce.org/pub/Bishkek/Topic/itogi.pdf", "title": "itogi.pdf"},
        {"url": "https://www.osce.org/pub/Bishkek/Topic/plan_2020.docx",
         "title": "plan_2020.docx"}]


def test_a_table_with_a_row_naming_no_file_gives_no_attachment() -> None:
    table = (f"<div><table>{_row('itogi.pdf')}<tr><td><a href='/pub/report.pdf'>"
             "Annual report</a></td></tr></table></div>")
    assert _page(table).attachments is None


@pytest.mark.parametrize("line", [
    "Participants during the practical session, 27 September 2016. (OSBE/Joana Hoxha)",
    "Участники форума в Оше. (ОБСЕ/Ион Попа)",
])
def test_a_line_closing_on_the_sites_photo_credit_is_a_caption(line: str) -> None:
    assert is_credit_line(line)


def test_a_structure_in_brackets_is_no_credit() -> None:
    assert not is_credit_line("The report was presented in Warsaw (OSCE/ODIHR)")


def test_a_picture_and_its_credited_caption_after_the_lead_are_no_body() -> None:
    figure = ("<div><img src='/p.jpg' alt=''><br><span>Participants in Shkodër, "
              "27 September 2016.</span> <span>(OSBE/Joana Hoxha)</span></div>")
    body = _TEXT.replace("</p>", f"</p>{figure}", 1)
    found = _page("", body).body
    assert found is not None
    assert "Hoxha" not in found.value


@pytest.mark.parametrize(("cls", "hidden"), [("foswikiHidden", True), ("jsHidden", True),
                                             ("overflowHidden", False)])
def test_a_namespaced_camel_case_hidden_class_hides(cls: str, hidden: bool) -> None:
    doc = Document(url="https://www.osce.org/x/1",
                   text=f"<html><body><div class='{cls}'>note</div></body></html>")
    assert is_hidden(doc.root.xpath("//div")[0]) is hidden


def test_the_albanian_type_label_of_material() -> None:
    html = ("<html lang='sq'><body><article><div><span>Lloji i materialit:</span> "
            "<span>Lajm</span></div><h1>Trajnim për komisionerët zgjedhorë</h1>"
            "<p>Rreth 90 anëtarë të komisioneve zgjedhore morën pjesë në një trajnim "
            "dyditor për procedurat e numërimit të votave.</p></article></body></html>")
    found = NewsPage(Document(url="https://www.osce.org/sq/x/598010", text=html)).content_type
    assert found is not None
    assert found.value == "Lajm"

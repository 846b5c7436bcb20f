"""A link whose whole name is a label's word ("Source", "Fields of work") is a way to
another page, no label: what follows it is never its value (a Nikola post's
``<a class="sourcelink">Source</a>`` over the lead)."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.labels import find_labels
from scraper.extract.pages.news import NewsPage

_LEAD = ("Following an invitation from the authorities, the Office today opened an "
         "election observation mission for the early parliamentary elections.")
_TEXT = ("<p>WARSAW, 10 June 2024 – The mission is headed by an ambassador and consists of "
         "a core team of international experts and long-term observers.</p>"
         "<p>The mission will assess the elections for their compliance with commitments "
         "and other international obligations and standards for democratic elections.</p>")


def _doc(body: str) -> Document:
    return Document(url="https://www.osce.org/odihr/594817",
                    text=f"<html lang='en'><body>{body}</body></html>")


def _header(source_line: str) -> str:
    return ("<article><header><h1>Mission opens</h1>"
            f"<div class='metadata'>{source_line}</div>"
            f"<p class='lead'>{_LEAD}</p>"
            "<dl><dt>Issued by:</dt><dd><a href='/odihr'>OSCE Secretariat</a></dd></dl>"
            f"</header><div class='content'>{_TEXT}</div></article>")


def test_a_link_named_source_labels_nothing() -> None:
    doc = _doc("<p><a href='/odihr/594817/index.rst'>Source</a></p><p>OSCE Secretariat</p>")
    assert "issued_by" not in find_labels(doc.root, doc.order)


def test_the_same_word_as_text_still_labels() -> None:
    doc = _doc("<p><span>Source</span></p><p>OSCE Secretariat</p>")
    assert [lv.items for lv in find_labels(doc.root, doc.order)["issued_by"]] == \
        [["OSCE Secretariat"]]


def test_a_link_word_with_a_colon_still_labels() -> None:
    doc = _doc("<p><a href='/structures'>Source:</a> OSCE Secretariat</p>")
    assert [lv.items for lv in find_labels(doc.root, doc.order)["issued_by"]] == \
        [["OSCE Secretariat"]]


def test_a_label_after_a_link_in_its_tail_still_labels() -> None:
    doc = _doc("<p><a href='/x'>Press office</a> Source: OSCE Secretariat</p>")
    assert [lv.items for lv in find_labels(doc.root, doc.order)["issued_by"]] == \
        [["OSCE Secretariat"]]


def test_the_lead_under_a_source_link_is_the_summary() -> None:
    page = NewsPage(_doc(_header("<p class='sourceline'><a href='/odihr/594817/index.rst' "
                                 "class='sourcelink'>Source</a></p>")))
    assert page.summary is not None
    assert page.summary.value == _LEAD
    assert page.to_item().values["issued_by"] == ["OSCE Secretariat"]

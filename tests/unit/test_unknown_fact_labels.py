"""An element written like a label, its words ending in a colon, is another fact's
label even when no vocabulary knows its word ("Views:", "Likes:"): the value of the
label before it ends there."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.labels import find_labels
from scraper.extract.pages.listing import ListingPage


def _entry(url: str, title: str) -> str:
    return (f"<li><a href='{url}' class='title'>{title}</a><span class='info'>"
            "<small>Date:</small>2012-05-14 10:21:45 <small>Issued by:</small>OSCE Secretariat "
            "<small>Views:</small>312 <small>Likes:</small>0</span>"
            "<p class='intro'>Experts from fifty participating States met in Vienna.</p></li>")


def test_a_counter_after_the_issuer_is_no_issuer() -> None:
    doc = Document(url="https://www.osce.org/news", text=(
        "<html lang='en'><body><p><small>Issued by:</small>OSCE Secretariat "
        "<small>Views:</small>312</p></body></html>"))
    assert [lv.items for lv in find_labels(doc.root, doc.order)["issued_by"]] == \
        [["OSCE Secretariat"]]


def test_a_word_of_another_kind_goes_on_with_the_value() -> None:
    doc = Document(url="https://www.osce.org/news", text=(
        "<html lang='en'><body><p><small>Issued by:</small>OSCE Secretariat, "
        "<b>ODIHR:</b> Warsaw</p></body></html>"))
    assert [lv.text for lv in find_labels(doc.root, doc.order)["issued_by"]] == \
        ["OSCE Secretariat, ODIHR: Warsaw"]


def test_listing_entries_name_their_issuer_alone() -> None:
    html = ("<html lang='en'><body><main><ul class='list'>"
            + _entry("https://www.osce.org/secretariat/819210", "Secretary General urges")
            + _entry("https://www.osce.org/secretariat/819209", "Young mediators present")
            + "</ul></main></body></html>")
    entries = ListingPage(Document(url="https://www.osce.org/news", text=html)).entries()
    assert [e["issued_by"] for e in entries] == [["OSCE Secretariat"]] * 2

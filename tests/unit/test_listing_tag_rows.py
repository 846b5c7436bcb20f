"""A listing entry's row of tags and action links ("Tags: <a>…</a> Comments (0)") is no
teaser, whatever its links' words; a tag naming a known field of work, taken out of the
row as the entry's field, leaves no teaser behind."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_lines import is_action_row

TEASER = "Prosecutors, investigators and lawyers discussed national mechanisms against torture."


def _entries(tags: str, label: str, comments: str, lang: str) -> list[dict[str, Any]]:
    posts = "".join(
        f"<div class='post'><h1><a href='/tg/page/{n}'>Seminar on torture prevention held "
        f"in town {n}</a></h1><div class='text'><p>{TEASER}</p></div>"
        f"<div class='info'><span class='tags'>{label} {tags}</span> "
        f"<span><a href='/tg/page/{n}#comments'>{comments}</a></span></div></div>"
        for n in (598122, 598184, 598198))
    doc = Document(url="https://www.osce.org/tg/category/news",
                   text=f"<html lang='{lang}'><body><main>{posts}</main></body></html>")
    return ListingPage(doc).entries()


def _row(html: str) -> tuple[Document, Any]:
    doc = Document(url="https://www.osce.org/news", text=f"<html><body>{html}</body></html>")
    return doc, doc.root.find(".//div")


def test_a_row_of_a_known_fields_tag_and_a_comments_link_is_no_teaser() -> None:
    # "Menschenrechte" is a field of work: read as the entry's field, its link leaves
    # "Schlagwörter: Kommentare (0)", which is no teaser
    entries = _entries("<a href='/tag/menschenrechte' rel='tag'>Menschenrechte</a>",
                       "Schlagwörter:", "Kommentare (0)", "de")
    assert [e["summary"] for e in entries] == [TEASER] * 3


def test_a_tajik_tags_label_opens_a_tag_row() -> None:
    entries = _entries("<a href='/tg/tag/ҳуқуқи инсон' rel='tag'>Ҳуқуқи инсон</a>",
                       "Барчаспҳо:", "Шарҳҳо (0)", "tg")
    assert [e["summary"] for e in entries] == [TEASER] * 3


def test_links_after_a_tags_label_are_tags_whatever_their_words() -> None:
    doc, div = _row("<div>Tags: <a href='/tag/borders-and-customs-cooperation'>borders and "
                    "customs cooperation</a>, <a href='/tag/x'>Khorog</a> | "
                    "<a href='/p/1#comments'>Comments (2)</a></div>")
    assert is_action_row(doc, list(div.iter("a")), doc.element_text(div))


def test_the_label_left_when_its_tags_were_taken_out_is_no_teaser() -> None:
    doc, div = _row("<div>Tags: <a href='/tag/hr'>Human rights</a> "
                    "<a href='/p/1#comments'>Comments (0)</a></div>")
    comments = div.findall(".//a")[1]
    assert is_action_row(doc, [comments], "Tags: Comments (0)")


def test_links_without_a_tags_label_must_be_actions() -> None:
    doc, div = _row("<div><a href='/tag/hr'>Human rights</a> | "
                    "<a href='/p/1#comments'>Comments (0)</a></div>")
    assert not is_action_row(doc, list(div.iter("a")), doc.element_text(div))


def test_a_sentence_after_a_tags_label_is_no_tag_row() -> None:
    doc, div = _row("<div>Tags: the mission <a href='/tag/hr'>trained</a> thirty "
                    "officers in the region.</div>")
    assert not is_action_row(doc, list(div.iter("a")), doc.element_text(div))

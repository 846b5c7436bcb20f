"""The item's own footer and the file card after its text.

A footer box named after the item (``topicFooter``, ``entry-footer``) set right after
the box holding the headline closes the item, not the site: its table of labels is the
item's metadata.  A line linking one document twice (its title, then a download
button) is the file's card, no text; a share box's "Share this article" line ends the
text in any language."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_TEXT = ("<p>WARSCHAU, 12. März 2007 – Das Büro hat heute eine Mission eröffnet, die die "
         "Parlamentswahlen im ganzen Land beobachten wird.</p>"
         "<p>Die Mission besteht aus einem Kernteam von vierzehn Expertinnen und Experten "
         "und sechsundzwanzig Langzeitbeobachtern in allen Regionen.</p>")


def _page(body: str, lang: str = "de") -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/de/odihr/680417",
        text=f"<html lang='{lang}'><head><title>T</title></head><body>"
             f"<div id='wrap'>{body}</div>"
             "<div id='bottomBar'><div class='copyright'>Copyright OSZE</div></div>"
             "</body></html>"))


def _wiki_page(footer_class: str) -> NewsPage:
    return _page(
        "<div class='content'><div class='wikiTopic'><h1><a name='Top'></a> BDIMR eröffnet "
        f"Wahlbeobachtungsmission</h1>{_TEXT}</div>"
        f"<div class='{footer_class}'><table>"
        "<tr><td>Inhaltstyp</td><td>Pressemitteilung</td></tr>"
        "<tr><td>Veröffentlicht am</td><td>12. März 2007</td></tr>"
        "<tr><td>Herausgegeben von</td><td>OSZE-Büro für demokratische Institutionen und "
        "Menschenrechte</td></tr>"
        "<tr><td>Arbeitsbereiche</td><td>Wahlen, Demokratisierung</td></tr>"
        "</table></div></div>")


def test_label_table_in_the_items_footer_is_its_metadata() -> None:
    item = _wiki_page("wikiTopicFooter").to_item().values
    assert item["content_type"] == "Pressemitteilung"
    assert item["issued_on"] == "12. März 2007"
    assert item["issued_by"] == ["OSZE-Büro für demokratische Institutionen und Menschenrechte"]
    assert item["fields_of_work"] == ["Wahlen", "Demokratisierung"]
    assert "Pressemitteilung" not in item["body"]


def test_a_site_footer_stays_chrome() -> None:
    # the same table in a box the class calls the page's footer: the site's, not the item's
    item = _wiki_page("pageFooter").to_item().values
    assert not item.get("content_type")
    assert not item.get("issued_by")


def test_a_document_linked_twice_on_its_line_is_its_card() -> None:
    page = _page(
        f"<div class='entry'><h1>BDIMR eröffnet Mission</h1>{_TEXT}"
        "<div class='wp-block-file'><a href='/files/f/documents/9/1/679919.pdf'>Leitfaden "
        "(PDF)</a><a href='/files/f/documents/9/1/679919.pdf' class='wp-block-file__button' "
        "download>Herunterladen</a></div>"
        "<p>Kontakt für Medien:<br>Maria Muster</p></div>")
    body = page.to_item().values["body"]
    assert "Leitfaden" not in body
    assert "Herunterladen" not in body
    assert "Kontakt für Medien" in body


def test_a_share_this_article_line_ends_the_text() -> None:
    page = _page(
        f"<div class='entry'><h1>Allocution de la Présidente</h1>{_TEXT}"
        "<div class='sociable'><div class='sociable_tagline'><strong>Partager cet "
        "article&nbsp;:</strong></div><ul><li><a href='http://www.facebook.com/share.php'>"
        "<img src='/fb.png' alt='Facebook'></a></li></ul></div>"
        "<p class='postmetadata'>Cet article a été publié le jeudi 19 novembre 2009 à 16:05 "
        "et est classé dans Discours.</p></div>", lang="fr")
    body = page.to_item().values["body"]
    assert "Partager" not in body
    assert "Cet article a été publié" not in body

"""A lead printed in a cover over the article (the headline repeated, the description
under it) is the summary; a line of tag links closing the text is no text; a byline
above the labels does not widen the body's container over the lead."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_LEAD = ("Die Generalsekretärin rief die Teilnehmerstaaten dazu auf, den Haushalt rasch "
         "zu verabschieden.")
_TEXT = ("<p>WIEN, 11. März 2021 – Rede von Generalsekretärin Helga Maria Schmid vor dem "
         "Ständigen Rat der OSZE in der Hofburg.</p>"
         "<p>Ich danke Ihnen für die Gelegenheit, heute zu Ihnen zu sprechen. Seit meinem "
         "Amtsantritt habe ich viele Gespräche mit Ihnen geführt.</p>"
         "<p>Ohne einen verabschiedeten Haushalt können unsere Feldoperationen keine "
         "langfristigen Projekte beginnen.</p>")


def _cover_page() -> NewsPage:
    return NewsPage(Document(
        url="https://www.osce.org/de/secretary-general/759571",
        text="<html lang='de'><head>"
             f"<meta name='description' content='{_LEAD}'></head><body>"
             "<header class='cover'><nav><a href='/de/'>OSZE</a>"
             "<ul><li><a href='/de/newsroom/'>Newsroom</a></li></ul></nav>"
             "<div><div class='f1'>Rede der Generalsekretärin vor dem Ständigen Rat</div>"
             f"<p class='f3'>{_LEAD}</p></div></header>"
             "<main><article><header><h1>Rede der Generalsekretärin vor dem Ständigen Rat"
             "</h1><time datetime='2021-03-12'>12. März 2021</time></header>"
             f"<div class='content'>{_TEXT}"
             "<ul><li><a href='/de/tags/ständiger-rat/'>Ständiger Rat</a></li>"
             "<li><a href='/de/tags/haushalt/'>Haushalt</a></li></ul>"
             "</div></article></main></body></html>"))


def test_the_lead_under_the_headline_in_a_cover_is_the_summary() -> None:
    page = _cover_page()
    assert page.summary is not None
    assert page.summary.value == _LEAD
    body = page.body
    assert body is not None
    assert _LEAD not in body.value


def test_tag_links_closing_the_text_are_no_text() -> None:
    body = _cover_page().body
    assert body is not None
    assert body.value.endswith("langfristigen Projekte beginnen.")
    assert "Haushalt\n" not in body.value
    assert "Ständiger Rat" not in body.value.split("\n\n")


def test_a_byline_does_not_draw_the_lead_into_the_body() -> None:
    page = NewsPage(Document(
        url="https://www.osce.org/de/secretary-general/762706",
        text="<html lang='de'><body><div id='main'><div id='content'>"
             "<h1>Grenzüberschreitende Bedrohungen gemeinsam begegnen</h1>"
             "<div class='byline'><span>von <a href='/de/author/press'>Pressestelle</a> — "
             "</span><span><span>veröffentlicht</span> 14.03.2013 11:02</span>, <span>"
             "<span>zuletzt verändert:</span> 15.03.2013 09:02</span></div>"
             "<div class='description'>Der OSZE-Generalsekretär hat die Teilnehmerstaaten "
             "aufgerufen, die Zusammenarbeit bei Grenzsicherheit und Terrorismusbekämpfung "
             "zu vertiefen und die vorhandenen Instrumente besser zu nutzen.</div>"
             "<dl><dt>Herausgegeben von:</dt><dd><a href='/de/secretariat'>OSZE-Sekretariat"
             "</a></dd></dl>"
             "<div id='core'><div class='text'>"
             "<p>WIEN, 14. März 2013 – Sehr geehrter Herr Vorsitzender, Exzellenzen, sehr "
             "geehrte Damen und Herren,</p>"
             "<p>ich danke Ihnen für die Gelegenheit, heute vor diesem Forum zu sprechen. "
             "Die Sicherheit unserer Grenzen ist keine Aufgabe, die ein Staat allein "
             "bewältigen kann.</p>"
             "<p>Grenzüberschreitende Bedrohungen – organisierte Kriminalität, "
             "Menschenhandel, Terrorismus – kennen keine Grenzen. Sie verlangen eine "
             "Antwort, die ebenso vernetzt ist wie sie selbst.</p>"
             "<p>Die Stabsstelle für Grenzsicherheit und -management im Sekretariat steht "
             "Ihnen dabei zur Seite. Ihre Erfahrung aus mehr als zwanzig Projekten ist ein "
             "Kapital, das wir nutzen sollten.</p>"
             "</div></div></div></div></body></html>"))
    summary, body, dateline = page.summary, page.body, page.dateline
    assert summary is not None
    assert summary.value.startswith("Der OSZE-Generalsekretär")
    assert body is not None
    assert body.value.startswith("WIEN, 14. März 2013 –")
    assert dateline is not None
    assert dateline.value["place"] == "WIEN"

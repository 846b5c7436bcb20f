"""A forum's list: who started a topic and how long ago is no teaser ("Started by: X",
"2 months, 1 week ago"), nor is the row's column showing the last reply (its avatar, a
permalink shown as a time, the reply's words).  A blog's post page: with no ``<h1>`` and
no metadata, the headline is the heading saying most of ``<title>``, not the banner's
``<h2>``; the part after the jump (``<div id="more">``) goes on with the text, and a list
of links to other items in it is none."""

from __future__ import annotations

from typing import Any

from scraper.extract.author_lines import is_ago_line, is_author_line
from scraper.extract.extraction import extract

_FORUM = "https://www.osce.org/pl/forums/forum/komunikaty/"
_TEASER = "Misja przekazała sądom w Nowym Sadzie i Niszu sprzęt do nagrywania rozpraw."


def _listing(body: str, url: str = _FORUM, lang: str = "pl") -> list[dict[str, Any]]:
    html = f"<html lang='{lang}'><head><title>Forum</title></head><body>{body}</body></html>"
    return list(extract(html.encode(), url, "listing").records)


def test_started_by_and_ago_lines_are_no_teaser() -> None:
    for line in ("2 miesiące, 1 tydzień temu", "3 hours ago", "il y a 5 jours",
                 "vor einem Monat"):
        assert is_ago_line(line), line
    for line in ("Rozpoczęty przez: Biuro prasowe", "Started by admin 3 hours ago"):
        assert is_author_line(line), line
    assert not is_ago_line("Le projet a commencé il y a 5 ans dans la région.")
    assert not is_author_line("Autor raportu wskazuje na ważne problemy regionu.")

    def row(node: str, teaser: str) -> str:
        return (f"<ul class='topic'><li class='title'><a href='/pl/serbia/{node}'>Misja "
                f"przekazała sprzęt {node}</a><div class='excerpt'><p>{teaser}</p></div>"
                "<p class='meta'>Rozpoczęty przez: <a href='/pl/forums/users/biuro/'>"
                "Biuro prasowe</a></p></li><li class='count'>3</li>"
                f"<li class='freshness'><a href='/pl/serbia/{node}'>2 miesiące, 1 tydzień "
                "temu</a></li></ul>")
    records = _listing("<main>" + row("675764", _TEASER) + row("675770", "") + "</main>")
    assert [r["summary"] for r in records] == [_TEASER, None]


def test_a_rows_last_reply_column_is_no_teaser() -> None:
    def row(node: str) -> str:
        topic = f"/fr/topic/{node}/la-mission-salue"
        return (f"<li class='row'><div class='content'><h2><a href='{topic}'>La Mission "
                f"salue les amendements {node}</a></h2><p>Les amendements permettront aux "
                "habitants de voter aux élections locales.</p></div>"
                "<div class='teaser'><p><a href='/fr/user/presse'><img src='/a.png'></a>"
                f"<a class='permalink' href='{topic}/2'><span class='timeago' "
                "title='2020-06-17T09:12:00.000Z'></span></a></p>"
                "<div class='post-content'>Merci, lien corrigé pour tout le monde.</div>"
                "</div></li>")
    records = _listing("<main><ul>" + row("675548") + row("675541") + "</ul></main>",
                       "https://www.osce.org/fr/category/7/communiques", "fr")
    assert [r["summary"] for r in records] == [
        "Les amendements permettront aux habitants de voter aux élections locales."] * 2


_SPEECH = ("Abbiamo voluto che Corfù fosse un punto di partenza e non un punto di arrivo, "
           "e il dialogo deve ora proseguire qui a Vienna.")
_NEXT = ("Confido nel sostegno di tutti gli Stati partecipanti e delle istituzioni "
         "dell’OSCE in questo lavoro comune per la sicurezza.")
_STEPS = [("riunioni periodiche degli ambasciatori a Vienna, in formato informale, su "
           "tutte e tre le dimensioni della sicurezza;"),
          ("un esame approfondito dell’attuazione degli impegni esistenti in materia di "
           "controllo degli armamenti convenzionali.")]


def test_blog_post_headline_and_text_after_the_jump() -> None:
    steps = "".join(f"<li>{s}</li>" for s in _STEPS)
    html = ("<html><head><title>Notizie OSCE: Intervento del Presidente al Consiglio "
            "permanente sul processo di Corfù</title></head><body>"
            "<div id='banner'><h1><a href='/it/'>Notizie OSCE</a></h1>"
            "<h2 id='banner-description'>Organizzazione per la sicurezza e la cooperazione "
            "in Europa</h2></div><div class='entry'><h3 class='entry-header'>Intervento del "
            "Presidente al Consiglio permanente sul processo di Corfù</h3>"
            f"<div class='entry-content'><div class='entry-body'><p>{_SPEECH}</p>"
            f"<p>{_SPEECH} Oggi.</p></div><div id='more' class='entry-more'>"
            f"<h4>Le prossime tappe</h4><p>La Presidenza propone:</p><ul>{steps}</ul>"
            f"<p>{_NEXT}</p><ul><li><a href='/it/cio/675402'>La Presidenza accoglie la "
            "ripresa dei colloqui</a></li><li><a href='/it/cio/675390'>Corfù: i ministri "
            "avviano un dialogo</a></li></ul></div></div></div></body></html>")
    record = extract(html.encode(), "https://www.osce.org/it/cio/675431").records[0]
    assert record["title"] == ("Intervento del Presidente al Consiglio permanente sul "
                               "processo di Corfù")
    assert record["body"].split("\n\n") == [
        _SPEECH, f"{_SPEECH} Oggi.", "Le prossime tappe", "La Presidenza propone:",
        *_STEPS, _NEXT]

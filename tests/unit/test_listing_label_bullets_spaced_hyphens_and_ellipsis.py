"""Listing mechanisms that page designs showed: a type label's value written after the
label's element ends at the bullet before the next label ("<span>Tipo:</span> Notizia
· <span>Pubblicato da:</span> …"); a typewriter's spaced hyphen parts a line of facts
like a dash ("28 juin 2005 - Discours - Secrétaire général de l’OSCE"); a sentence cut
short with a bracketed ellipsis ("… przez OBWE […]") is a teaser, no issuer's name."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str, url: str) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def test_a_type_written_after_its_label_element_ends_at_the_bullet() -> None:
    rows = "".join(
        f"<table><tr><td>0{i + 1}/12/2010</td><td><a href='../cio/69486{i}'><strong>Il "
        f"Presidente visita la regione numero {i}</strong></a></td></tr><tr><td></td><td>"
        f"{TEASER}</td></tr><tr><td></td><td><span class='s6'>Tipo:</span> Notizia "
        f"&nbsp;&middot;&nbsp; <span class='s6'>Pubblicato da:</span> Presidenza OSCE"
        f"</td></tr></table><hr>" for i in range(3))
    records = _listing(rows, "it", "http://www.osce.org/it/press/comunicati.htm")
    assert [(r["url"], r["content_type"], r["issued_by"]) for r in records] == [
        (f"http://www.osce.org/it/cio/69486{i}", "Notizia", ["Presidenza OSCE"])
        for i in range(3)]


def test_a_spaced_hyphen_parts_a_line_of_facts() -> None:
    entries = "".join(
        f"<div><font color='#808080'>2{i} juin 2005 - Discours - Secrétaire général de "
        f"l’OSCE</font><br><b><a href='1549{i}_fr.html'>Allocution du Secrétaire général "
        f"à la conférence numéro {i}</a></b><br><font>Les participants ont examiné la "
        f"protection des journalistes pendant les élections. <a href='1549{i}_fr.html'>"
        f"Lire la suite...</a></font></div>" for i in range(3))
    records = _listing(entries, "fr", "http://www.osce.org/fr/press_rel/2005/06/index.html")
    assert [(r["issued_on"], r["content_type"], r["issued_by"], r["summary"])
            for r in records] == [
        (f"2005-06-2{i}", "Discours", ["Secrétaire général de l’OSCE"],
         "Les participants ont examiné la protection des journalistes pendant les élections.")
        for i in range(3)]


def test_a_sentence_cut_short_with_a_bracketed_ellipsis_is_no_issuer() -> None:
    teaser = "Trzydziestu funkcjonariuszy ukończyło kurs zorganizowany przez OBWE […]"
    posts = "".join(
        f"<article><h2><a href='https://www.osce.org/pl/secretariat/69590{i}'>Szkolenie "
        f"numer {i} w Duszanbe</a></h2><div class='meta'><time datetime='2021-03-0{i + 1}'>"
        f"{i + 1} marca 2021</time></div><div class='entry-content'><p>{teaser}</p></div>"
        f"</article>" for i in range(3))
    records = _listing(f"<main>{posts}</main>", "pl", "https://www.osce.org/pl/newsroom/")
    assert [(r["issued_by"], r["summary"]) for r in records] == [([], teaser)] * 3

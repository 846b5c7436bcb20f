"""Three listing rules: an entry holding a heading of its own is titled by it, not by
a heading above it linking to the page (listing_rows.headed_entries); a slide that is
one link of inline boxes takes its title box as the title and the rest as the teaser
(listing_titles.EntryTitles); a side box titled "We recommend" by a heading element
far above its links (a CMS block around a view's list) lists no entry
(ListingPage._widget_heading)."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

PAGE = "https://www.osce.org/it/view_articles.php?offset=10"
TEASER = "Il Presidente in esercizio ha avviato oggi una visita di quattro giorni nella regione."


def _listing(body: str, url: str = PAGE, lang: str = "it") -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def _article(n: int) -> str:
    return (f"<div class='article'><div class='articletitle'>"
            f"<h2><a href='read_article.php?articleId={n}'>Notizia numero {n} da Vienna</a>"
            f"</h2></div><div class='articleheading'>{TEASER}</div>"
            f"<div><a href='read_article.php?articleId={n}'>Leggi tutto</a></div></div>")


def test_an_entry_with_its_own_heading_is_not_titled_by_the_page_heading() -> None:
    body = ("<div><h1><a href='view_articles.php'>Notizie e comunicati stampa</a></h1>"
            + "".join(_article(n) for n in (512, 511, 509)) + "</div>")
    entries = _listing(body)
    assert [e["title"] for e in entries] == [f"Notizia numero {n} da Vienna"
                                             for n in (512, 511, 509)]
    assert [e["summary"] for e in entries] == [TEASER] * 3


def _row(n: int) -> str:
    return (f"<li><h3><a href='/fr/odihr/7890{n}'>Titre de la nouvelle numéro {n}</a></h3>"
            f"<p>Résumé de la nouvelle numéro {n}, assez long pour être un chapeau.</p></li>")


def test_a_slide_of_inline_boxes_takes_its_title_box_and_its_teaser() -> None:
    slide = ("<div class='slideshow'><div><a class='featured-article' href='/fr/odihr/78755'>"
             "<span class='featured-entry'><span class='entry-title'>Le BIDDH ouvre une "
             "mission</span> <span class='entry-summary'>La mission suivra la campagne, le "
             "vote et le dépouillement.</span></span></a></div></div>")
    body = slide + "<ul>" + "".join(_row(n) for n in (1, 2, 3)) + "</ul>"
    entries = _listing(body, "https://www.osce.org/fr/communiques", "fr")
    slid = next(e for e in entries if e["url"].endswith("/78755"))
    assert slid["title"] == "Le BIDDH ouvre une mission"
    assert slid["summary"] == "La mission suivra la campagne, le vote et le dépouillement."


def test_a_we_recommend_block_titled_far_above_its_links_lists_no_entry() -> None:
    rows = "".join(f"<div class='row'><h3><a href='/pl/cio/11716{n}'>Aktualność numer {n} "
                   f"z Wiednia</a></h3><p>Krótki opis aktualności numer {n} z Wiednia.</p>"
                   "</div>" for n in (1, 2, 3))
    box = ("<section class='block'><div class='inner'><h2>Polecamy</h2><div class='content'>"
           "<div class='view'><div class='view-content'><div class='item-list'><ul><li>"
           "<div class='field'><span class='field-content'><a href='/pl/odihr/116980'>"
           "Podręcznik obserwacji wyborów – nowe wydanie</a></span></div></li></ul></div>"
           "</div></div></div></div></section>")
    entries = _listing(f"<div class='main'>{rows}</div><div class='side'>{box}</div>",
                       "https://www.osce.org/pl/aktualnosci", "pl")
    assert [e["url"].rsplit("/", 1)[1] for e in entries] == ["117161", "117162", "117163"]

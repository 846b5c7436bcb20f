"""SPIP 3 (Zpip squelettes) conventions: a section page heads its own list of articles
"Derniers articles", words a news script's side block uses too; a sidebar calls every
block ``menu``, among them the other pages of the section ("In derselben Rubrik") and
the page's keywords (``rel="tag"`` links). Each test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]


# ------------------------------------------------------------------ listing
def _listing(body: str, lang: str = "fr", url: str = "https://www.osce.org/fr/presse") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


_ITEMS = [("/fr/mission/40112", "La mission ouvre un bureau à Mostar"),
          ("/fr/odihr/40098", "Un séminaire sur la législation électorale"),
          ("/fr/hcnm/40075", "Le Haut Commissaire en visite à Riga")]


def _section_list(heading: str) -> str:
    """A SPIP section page's list of articles under its heading, in the content column
    (no ``<main>``, no landmark: ``div.content``)."""
    items = "".join(f"<li class='item hentry'><h3 class='entry-title'><a href='{u}'>{t}</a>"
                    f"</h3><p class='info-publi'>mardi 1<sup>er</sup> avril 2014</p></li>"
                    for u, t in _ITEMS)
    return (f"<div class='content'><h1>Presse</h1><div class='liste articles'>"
            f"<h2>{heading}</h2><ul class='liste-items'>{items}</ul></div></div>")


def test_a_list_under_a_latest_heading_is_the_listing_when_no_other_stands() -> None:
    records = _listing(_section_list("Derniers articles"))
    assert [r["title"] for r in records] == [t for _, t in _ITEMS]
    assert records[0]["issued_on"] == "2014-04-01"


def test_a_latest_box_beside_the_listing_is_still_a_widget() -> None:
    others = "".join(f"<li><a href='/fr/cio/5010{i}'>Une autre nouvelle numéro {i}</a></li>"
                     for i in range(3))
    body = (_section_list("Communiqués")
            + f"<div class='side'><h2>Derniers articles</h2><ul>{others}</ul></div>")
    assert [r["title"] for r in _listing(body)] == [t for _, t in _ITEMS]


def test_a_most_read_box_alone_gives_no_listing() -> None:
    # only a heading of the newest items names the listing's own list
    assert _listing(_section_list("Les plus lus")) == []


# ------------------------------------------------------------------ navigation
def _menu(body: str, url: str = "https://www.osce.org/de/who-we-are") -> list[Entry]:
    page = f"<html lang='de'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"])
            for r in records]


_NAV = ("<div class='nav' id='nav'><ul class='menu-liste menu-items'>"
        "<li class='menu-entree'><a href='/de/'>Startseite</a></li>"
        "<li class='menu-entree'><a href='/de/about'>Über die OSZE</a></li>"
        "<li class='menu-entree'><a href='/de/newsroom'>Presse</a></li></ul></div>")


def _aside(block: str) -> str:
    return f"{_NAV}<div class='content'><h1>Wer wir sind</h1></div><div class='aside'>{block}</div>"


def test_a_side_block_of_the_sections_other_pages_is_no_menu() -> None:
    block = ("<div class='menu'><h2>In derselben Rubrik</h2><ul>"
             "<li><a href='/de/who-we-are' class='on'>Wer wir sind</a></li>"
             "<li><a href='/de/history'>Geschichte</a></li>"
             "<li><a href='/de/funding'>Finanzierung und Haushalt</a></li></ul></div>")
    assert [name for name, _, _ in _menu(_aside(block))] == [
        "Startseite", "Über die OSZE", "Presse"]


def test_a_block_of_the_pages_keywords_is_no_menu() -> None:
    block = ("<div class='menu'><h2>Schlagwörter</h2><ul class='liste-items mots'>"
             "<li><a href='spip.php?mot12' rel='tag'>Helsinki</a></li>"
             "<li><a href='spip.php?mot27' rel='tag'>Sicherheitsdimensionen</a></li></ul></div>")
    assert [name for name, _, _ in _menu(_aside(block))] == [
        "Startseite", "Über die OSZE", "Presse"]


def test_a_side_menu_of_the_sections_pages_under_its_name_stays() -> None:
    # a side block titled with the section's name is a section menu, kept
    block = ("<div class='menu'><h2>Über die OSZE</h2><ul>"
             "<li><a href='/de/history'>Geschichte</a></li>"
             "<li><a href='/de/funding'>Finanzierung und Haushalt</a></li></ul></div>")
    assert ("Geschichte", "/de/history", ["Über die OSZE"]) in _menu(_aside(block))


def test_an_items_own_page_keeps_its_latest_box_a_widget() -> None:
    body = ("<article><h1>La mission ouvre un bureau</h1><p>Texte de l’article.</p></article>"
            + _section_list("Derniers articles"))
    assert _listing(body, url="https://www.osce.org/fr/mission/40200") == []

"""Listing mechanisms that page designs showed: a link naming the item only in words
for screen readers is a read-more link, whatever its shown words (no teaser); "Read the
full …" is a read-more call (no title); a box marked as the entry's author names an
issuer only when the name is a known structure's, and never a type; German's
"Hochkommissar" names the HCNM; grid cells a missing end tag nested into each other
still list their items side by side (the page's kind)."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.identities import structure_id
from scraper.extract.kind import classify

TEASER = "Participants discussed how to protect journalists who report on elections."
URL = "https://www.osce.org/newsroom"


def _listing(body: str, lang: str = "en", url: str = URL) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def test_a_link_naming_the_item_only_for_screen_readers_is_no_teaser() -> None:
    # "Découvrir l’article complet" is in no vocabulary: the hidden title says what it is
    posts = "".join(
        f"<article><h2><a href='/fr/hcnm/6919{i}'>Le Haut Commissaire se rend à Chisinau "
        f"numéro {i}</a></h2><div class='summary'><p>{TEASER}</p></div>"
        f"<div class='more'><a href='/fr/hcnm/6919{i}'>Découvrir l’article complet<span "
        f"class='screen-reader-text'>Le Haut Commissaire se rend à Chisinau numéro {i}"
        f"</span></a></div></article>" for i in range(3))
    records = _listing(f"<main>{posts}</main>", "fr")
    assert [(r["title"], r["summary"]) for r in records] == [
        (f"Le Haut Commissaire se rend à Chisinau numéro {i}", TEASER) for i in range(3)]


def test_read_the_full_release_is_no_title_and_an_unknown_author_no_issuer() -> None:
    posts = "".join(
        f"<article><div class='post-meta'><div class='post-author'><img class='avatar' "
        f"src='/a.png' alt=''><span class='post-author-name'>OSCE Press Office</span></div>"
        f"<time datetime='2022-06-2{i}T12:00:00Z'>about 4 years ago</time></div>"
        f"<h2><a href='/changelog/budget-news-{i}'>Secretary General welcomes budget "
        f"number {i}</a></h2><p>{TEASER}</p><p><a href='https://www.osce.org/"
        f"secretary-general/6904{i}'>Read the full press release on osce.org</a></p>"
        f"</article>" for i in range(3))
    records = _listing(f"<main>{posts}</main>", url="https://updates.osce.org/changelog")
    assert [(r["url"], r["title"], r["content_type"], r["issued_by"], r["summary"])
            for r in records] == [
        (f"https://www.osce.org/secretary-general/6904{i}",
         f"Secretary General welcomes budget number {i}", None, [], TEASER)
        for i in range(3)]


def test_an_author_box_naming_no_known_structure_is_no_issuer_nor_type() -> None:
    posts = "".join(
        f"<article><div class='meta'><span class='author'>OSCE Press Office</span></div>"
        f"<h2><a href='/secretariat/6904{i}'>Workshop held in town {i}</a></h2>"
        f"<p>{TEASER}</p></article>" for i in range(3))
    records = _listing(f"<main>{posts}</main>")
    assert [(r["content_type"], r["issued_by"]) for r in records] == [(None, [])] * 3


def test_an_author_box_naming_a_known_structure_is_the_issuer() -> None:
    posts = "".join(
        f"<article><h2><a href='/odihr/6904{i}'>Observers deployed to region {i}</a></h2>"
        f"<div class='entry-author'><span>OSCE Office for Democratic Institutions and "
        f"Human Rights</span></div><p>{TEASER}</p></article>" for i in range(3))
    records = _listing(f"<main>{posts}</main>")
    assert [r["issued_by"] for r in records] == [
        ["OSCE Office for Democratic Institutions and Human Rights"]] * 3


def test_hochkommissar_names_the_high_commissioner() -> None:
    assert structure_id("OSZE-Hochkommissar für nationale Minderheiten") == "hcnm"
    assert structure_id("Hochkommissar für nationale Minderheiten") == "hcnm"


def test_grid_cells_nested_by_a_missing_end_tag_still_make_a_listing() -> None:
    # each cell holds its card and, its end tag missing, the next cell
    cells = "".join(
        f"<div class='cell'><div class='card'><h4><a href='/ru/odihr/6819{i}'>Заголовок "
        f"новости номер {i}</a></h4><p>Краткое описание новости номер {i}.</p></div>"
        for i in range(5))
    page = (f"<html lang='ru'><body><h1>Пресс-релизы</h1><div class='grid'>{cells}"
            f"{'</div>' * 5}</div></body></html>")
    verdict = classify(Document(url="https://www.osce.org/ru/press", text=page))
    assert verdict.kind == "listing"

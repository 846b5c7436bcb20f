"""Listing mechanisms that page designs showed: an address shown as a trail, an ordinal
day, a sidebar heading by its stem, a column label for small screens, a publisher
label, a type inside the headline, a day's heading in a box of its own, a card's own
lines under a widget-like class, a pager glyph named "last page", a change's date
beside the publication's, a hover copy of the title."""

from __future__ import annotations

from typing import Any

from scraper.extract.dates import parse_date
from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def _cards(inner: str, n: int = 3) -> str:
    return "<main><ul>" + "".join(f"<li>{inner.format(i=i)}</li>" for i in range(n)) + \
        "</ul></main>"


def test_an_address_shown_as_a_trail_is_no_teaser() -> None:
    records = _listing(_cards(
        "<h3><a href='/odihr/56390{i}'>Observers deployed</a></h3>"
        "<cite>www.osce.org › odihr › 56390{i}</cite><p>" + TEASER + "</p>")).records
    assert {r["summary"] for r in records} == {TEASER}


def test_a_day_written_as_an_ordinal_is_a_date() -> None:
    assert parse_date("1º febbraio 2024", "it") == "2024-02-01"


def test_a_sidebar_heading_is_known_by_its_stem() -> None:
    body = (_cards("<h3><a href='/odihr/5640{i}'>Observers deployed {i}</a></h3>") +
            "<div><h2>Найпопулярніше</h2><ul>" +
            "".join(f"<li><a href='/fom/5610{i}'>Popular item {i}</a></li>" for i in range(3))
            + "</ul></div>")
    urls = [r["url"] for r in _listing(body, "uk").records]
    assert urls == [f"https://www.osce.org/odihr/5640{i}" for i in range(3)]


def test_a_column_label_for_small_screens_is_no_type() -> None:
    rows = "".join(
        f"<tr><td><span aria-hidden='true'>Título</span><a href='/odihr/5650{i}'>Misión "
        f"de observación número {i}</a></td><td>12 de marzo de 2024</td></tr>"
        for i in range(3))
    head = "<thead><tr><th>Título</th><th>Fecha</th></tr></thead>"
    body = f"<main><table>{head}{rows}</table></main>"
    assert {r["content_type"] for r in _listing(body, "es").records} == {None}


def test_a_publisher_label_names_the_issuer() -> None:
    records = _listing(_cards(
        "<h3><a href='/uk/mission-to-moldova/5660{i}'>Навчання для прикордонників</a></h3>"
        "<dl><dt>Видавець</dt><dd>Місія ОБСЄ в Молдові</dd></dl>"), "uk",
        "https://www.osce.org/uk/newsroom").records
    assert {tuple(r["issued_by"]) for r in records} == {("Місія ОБСЄ в Молдові",)}


def test_a_type_written_inside_the_headline_is_the_type_not_the_title() -> None:
    records = _listing(_cards(
        "<a href='/de/odihr/5670{i}'><h3><span class='intro'>Pressemitteilung</span>"
        "<span>Wahlbeobachter in Skopje</span></h3></a>"), "de",
        "https://www.osce.org/de/newsroom").records
    assert {(r["title"], r["content_type"]) for r in records} == {
        ("Wahlbeobachter in Skopje", "Pressemitteilung")}


def test_a_days_heading_in_a_box_of_its_own_dates_the_entries_under_it() -> None:
    body = ("<main><ul><li class='group'><h2>Dienstag, 28. Februar 2023</h2></li>" +
            "".join(f"<li><h3><a href='/de/odihr/5680{i}'>Schulung Nummer {i}</a></h3>"
                    f"<p>15:40 Uhr</p></li>" for i in range(3)) + "</ul></main>")
    records = _listing(body, "de", "https://www.osce.org/de/newsroom").records
    assert [r["issued_on"] for r in records] == ["2023-02-28"] * 3


def test_a_cards_own_lines_under_a_promo_class_are_its_teaser() -> None:
    records = _listing(_cards(
        "<div class='PagePromo'><h3 class='PagePromo-title'><a href='/odihr/5690{i}'>"
        "Observers deployed</a></h3><div class='PagePromo-description'>" + TEASER +
        "</div></div>")).records
    assert {r["summary"] for r in records} == {TEASER}


def test_a_pager_glyph_named_last_page_is_no_next_link() -> None:
    body = (_cards("<h3><a href='/ru/odihr/5700{i}'>Наблюдатели {i}</a></h3>") +
            "<nav class='pager'><a href='?offset=24'>3</a>"
            "<a href='?offset=1608' aria-label='Последняя страница'>»</a></nav>")
    result = _listing(body, "ru", "https://www.osce.org/ru/newsroom/?offset=12")
    assert result.next_page != "https://www.osce.org/ru/newsroom/?offset=1608"


def test_the_publication_date_wins_over_the_last_changes() -> None:
    records = _listing(_cards(
        "<h3><a href='/odihr/5710{i}'>Observers deployed</a></h3><span class='posted-on'>"
        "<time class='updated' datetime='2022-06-20T09:00:00+02:00'>June 20, 2022</time>"
        "<time class='entry-date published' datetime='2022-06-14T11:20:00+02:00'>June 14, "
        "2022</time></span>")).records
    assert {r["issued_on"] for r in records} == {"2022-06-14"}


def test_a_lone_date_classed_updated_is_still_the_date() -> None:
    records = _listing(_cards(
        "<h3><a href='/odihr/5720{i}'>Observers deployed</a></h3>"
        "<time class='entry-date updated' datetime='2024-03-13T15:00:00+01:00'>13 March "
        "2024</time>")).records
    assert {r["issued_on"] for r in records} == {"2024-03-13"}


def test_a_hover_copy_of_the_title_is_no_teaser() -> None:
    records = _listing(_cards(
        "<div class='rollover'><a href='/odihr/5730{i}'>Observers deployed in the north</a>"
        "</div><h2><a href='/odihr/5730{i}'>Observers deployed in the north</a></h2>"
        "<p>" + TEASER + "</p>")).records
    assert {r["summary"] for r in records} == {TEASER}


def test_a_separator_written_after_an_issuers_name_is_none_of_it() -> None:
    records = _listing(_cards(
        "<h3><a href='/ru/odihr/5740{i}'>Наблюдатели направлены</a></h3><div class='meta'>"
        "<span class='author'><a href='/ru/author/odihr/'>Генеральный секретарь ОБСЕ</a> "
        "<span>-</span> </span><time datetime='2024-03-13'>13 марта 2024</time></div>"),
        "ru", "https://www.osce.org/ru/newsroom").records
    assert {tuple(r["issued_by"]) for r in records} == {("Генеральный секретарь ОБСЕ",)}


def test_a_badge_naming_a_field_of_work_is_no_type() -> None:
    records = _listing(_cards(
        "<span class='category-badge'>Elections</span>"
        "<h3><a href='/odihr/5750{i}'>Observers deployed</a></h3>")).records
    assert {r["content_type"] for r in records} == {None}


def test_a_trending_strip_before_the_listing_gives_no_entries() -> None:
    body = ("<div><div class='title'>В тренде</div><div class='area'><div class='post'>"
            "<h3><a href='/ru/secretariat/564501'>Доклад о безопасности</a></h3></div></div>"
            "</div>" + _cards("<h3><a href='/ru/odihr/5760{i}'>Наблюдатели {i}</a></h3>"))
    urls = [r["url"] for r in _listing(body, "ru", "https://www.osce.org/ru/newsroom").records]
    assert "https://www.osce.org/ru/secretariat/564501" not in urls

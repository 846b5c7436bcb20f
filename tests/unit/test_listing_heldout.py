"""Listing mechanisms the six held-out pages of sets 28, 31 and 34 asked for: a design
system's own screen-reader class, a column label shared by languages, a "most viewed"
sidebar, a hidden "Newer posts" link beside the pager, a field label written "Thème",
a date cell spanning rows, id-then-alias and StoryServer item addresses, a search hit's
size and relevance line."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.dates import parse_date
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.labels import LabelValue
from scraper.extract.pages.listing_facts import EntryFacts

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def _cards(inner: str, n: int = 3) -> str:
    return "<main><ul>" + "".join(f"<li>{inner.format(i=i)}</li>" for i in range(n)) + \
        "</ul></main>"


def test_a_design_systems_sronly_class_hides_its_words() -> None:
    records = _listing(_cards(
        "<h3><a href='/secretariat/49110{i}'>Border officials train</a></h3><p>" + TEASER +
        "</p><a href='/secretariat/49110{i}'>Read more<span class='au-sronly'> about "
        "Border officials train</span></a>")).records
    assert {r["summary"] for r in records} == {TEASER}


def test_a_date_under_a_label_word_shared_by_languages_reads_in_the_pages() -> None:
    # "Date" is an English label word as much as a French one: the value is French
    doc = Document(url="https://www.osce.org/fr/",
                   text="<html lang='fr'><body><p>x</p></body></html>")
    cell = doc.root.find(".//p")
    label = LabelValue("issued_on", "en", cell, True, 0, text="25 novembre 2020",
                       elements=[cell])
    found, _ = EntryFacts(doc, "fr").date([cell], {"issued_on": [label]}, {cell}, None,
                                          set())
    assert parse_date(found, "fr") == "2020-11-25"


def test_a_most_viewed_list_is_a_sidebar() -> None:
    body = (_cards("<h3><a href='/fr/odihr/4720{i}'>Observateurs déployés {i}</a></h3>")
            + "<div><h2>Les plus consultés</h2><ul>"
            + "".join(f"<li><a href='/fr/fom/4680{i}'>Autre article {i}</a></li>"
                      for i in range(3)) + "</ul></div>")
    found = [r["url"] for r in _listing(body, "fr", "https://www.osce.org/fr/news").records]
    assert found == [f"https://www.osce.org/fr/odihr/4720{i}" for i in range(3)]


def test_a_next_leading_where_previous_leads_is_no_next_page() -> None:
    pager = ("<nav><div class='nav-next'><span class='next'><a href='/?s=vote'>Newer posts"
             "</a></span></div><a class='prev page-numbers' href='/?s=vote'>Previous</a> "
             "<a class='page-numbers' href='/?s=vote'>1</a> "
             "<span aria-current='page' class='page-numbers current'>2</span></nav>")
    body = _cards("<h3><a href='/odihr/5197{i}0'>Observers deployed {i}</a></h3>") + pager
    assert _listing(body, url="https://www.osce.org/page/2/?s=vote").next_page is None


def test_an_older_posts_link_is_still_the_next_page() -> None:
    pager = ("<nav><a class='prev' href='/news?page=0'>Previous</a> "
             "<a class='next' href='/news?page=2'>Older posts</a></nav>")
    body = _cards("<h3><a href='/odihr/5198{i}0'>Observers deployed {i}</a></h3>") + pager
    result = _listing(body, url="https://www.osce.org/news?page=1")
    assert result.next_page == "https://www.osce.org/news?page=2"


def test_a_theme_label_names_fields_of_work() -> None:
    records = _listing(_cards(
        "<h3><a href='/fr/fom/641{i}0'>La liberté des médias en question</a></h3><p>"
        "Le Représentant a demandé aux autorités de revenir sur leur décision.<br>"
        "<i>Thème&nbsp;: Liberté des médias</i></p>"), "fr",
        "https://www.osce.org/fr/news").records
    assert [r["fields_of_work"] for r in records] == [["Liberté des médias"]] * 3


def test_a_date_cell_spanning_rows_dates_each_of_them() -> None:
    body = ("<main><table>"
            "<tr><td rowspan='3'>26 June 2000</td><td><a href='/odihr/6380'>Final report "
            "on the presidential election</a></td></tr>"
            "<tr><td><img src='spacer.gif'></td></tr>"
            "<tr><td><a href='/sg/6370'>Secretary General visits Central Asia</a></td></tr>"
            "<tr><td>20 June 2000</td><td><a href='/fom/6360'>Media freedom in the "
            "region</a></td></tr></table></main>")
    records = _listing(body).records
    assert [r["issued_on"] for r in records] == ["2000-06-26", "2000-06-26", "2000-06-20"]


def test_an_id_then_alias_address_names_an_item() -> None:
    base = "http://www.osce.org/pl/odihr/aktualnosci/"
    assert urls.item_number(base + "item/8712-odihr-otwiera-misje") == "8712"
    assert urls.item_number(base + "itemlist/category/12-aktualnosci") is None
    assert urls.item_number("https://www.osce.org/events/2024-ministerial-council") is None


def test_a_storyserver_address_names_an_item_by_its_content_id() -> None:
    assert urls.item_number("http://www.osce.org/ru/press/0,1356,15432,00.html") == "15432"
    assert urls.item_number("http://www.osce.org/ru/news/0,1354,,00.html") is None


def test_a_search_hits_size_and_relevance_line_is_no_teaser() -> None:
    records = _listing(_cards(
        "<a href='/ru/press/0,1356,1543{i},00.html'>Наблюдатели БДИПЧ о выборах</a><br>"
        "<span>… Досрочные выборы прошли в спокойной обстановке, сообщили наблюдатели …"
        "</span><br><span>www.osce.org/ru/press/0,1356,1543{i},00.html</span> "
        "<span>– 9 КБ – Релевантность: 94%</span>"), "ru",
        "https://www.osce.org/ru/search/0,1412,,00.html?qt=x").records
    assert {r["summary"] for r in records} == {
        "… Досрочные выборы прошли в спокойной обстановке, сообщили наблюдатели …"}

"""An item a listing shows twice is one entry, read from the box showing most of it.

A "Featured" box above the list repeats one of its items (headline and date only), and
the item's own row further down shows its type, issuer, teaser and tags.  Both boxes sit
side by side in one column, other items' rows between them: they are two showings of
the item, no two parts of one entry (a ``<dt>`` headline and its ``<dd>`` teaser), and
the entry is the fuller one, in its place.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

URL = "https://www.osce.org/es/press-releases"


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='es'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), URL, "listing").records


def _row(n: int, kind: str, day: int) -> str:
    return (f"<article class='post'><p class='post-meta'><span class='label'>{kind}</span> "
            f"<time datetime='2019-11-{day}'>{day} de noviembre de 2019</time></p>"
            f"<h3><a href='/es/secretariat/72239{n}'>Expertos reunidos en la ciudad {n}</a></h3>"
            f"<p class='post-issuer'><span class='issuer'>Secretaría de la OSCE</span></p>"
            f"<p class='teaser'>Más de 30 funcionarios intercambiaron buenas prácticas {n}.</p>"
            f"</article>")


def test_a_featured_copy_above_the_list_gives_way_to_the_items_own_row() -> None:
    featured = ("<div class='featured'><h4><span class='label'>Destacado</span></h4>"
                "<h3><a href='/es/secretariat/722392'>Expertos reunidos en la ciudad 2</a></h3>"
                "<p><time datetime='2019-11-18'>18 de noviembre de 2019</time></p></div>")
    rows = "".join(_row(n, "Noticia", 20 - n) for n in range(4))
    records = _listing(f"<main><h1>Comunicados</h1><div class='col'>{featured}{rows}</div></main>")
    assert [r["url"].rsplit("/", 1)[1] for r in records] == [
        "722390", "722391", "722392", "722393"]
    third = records[2]
    assert third["content_type"] == "Noticia"
    assert third["issued_by"] == ["Secretaría de la OSCE"]
    assert third["summary"] == "Más de 30 funcionarios intercambiaron buenas prácticas 2."


def test_a_headline_and_its_teaser_side_by_side_stay_one_entry() -> None:
    rows = "".join(f"<dt><a href='/es/secretariat/72240{n}'>Titular número {n} de hoy</a></dt>"
                   f"<dd>{10 + n} de noviembre de 2019 · Una reunión de expertos en la "
                   f"ciudad. <a href='/es/secretariat/72240{n}'>Leer más</a></dd>"
                   for n in range(3))
    records = _listing(f"<main><h1>Noticias</h1><dl>{rows}</dl></main>")
    assert [(r["title"], r["issued_on"]) for r in records] == [
        (f"Titular número {n} de hoy", f"2019-11-1{n}") for n in range(3)]


def test_a_lead_story_box_flagged_main_news_gives_way_to_the_items_row() -> None:
    # "Главная новость" (main news) flags the front page's lead item, no type: the
    # lead box shows the headline and date only; the row in the list, its facts
    # written after its paragraph (Bitrix's news.list), is the entry
    lead = ("<div class='news-top-item'><div class='label'>Главная новость</div>"
            "<div class='title'><a href='/ru/odihr/798304'>Руководство по документированию"
            "</a></div><div class='date'>24 марта 2021</div></div>")
    rows = "".join(
        f"<p class='news-item'><span class='news-date-time'>{d}.03.2021</span> "
        f"<a href='/ru/odihr/79830{n}'><b>Заголовок номер {n}</b></a><br>Текст анонса {n}."
        f"<div style='clear:both'></div><small>Тип материала:&nbsp;Пресс-релиз</small><br>"
        f"</p>" for n, d in ((5, 26), (4, 24), (3, 19)))
    body = f"<main><h1>Пресс-релизы</h1><div>{lead}<div class='news-list'>{rows}</div></div></main>"
    page = f"<html lang='ru'><head><title>X</title></head><body>{body}</body></html>"
    records = extract(page.encode(), "https://www.osce.org/ru/press-releases", "listing").records
    assert [(r["url"].rsplit("/", 1)[1], r["content_type"]) for r in records] == [
        ("798305", "Пресс-релиз"), ("798304", "Пресс-релиз"), ("798303", "Пресс-релиз")]

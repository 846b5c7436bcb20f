"""Listing conventions: a government portal's PHP CMS writes an item's address as an
id segment then a slug file (``/vest/en/<id>/<slug>.php``); a listing's date badge (a
day and month without their year, ``17 мар``, in or around a ``<time>``) is never the
entry's type, even on an entry showing no type. Each test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract


def _listing(body: str, lang: str = "en",
             url: str = "https://www.osce.org/mission/news/archive.php?year=2019") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


# ------------------------------------------------------------------ id then slug file
def test_an_id_segment_then_a_slug_file_names_the_item() -> None:
    assert urls.item_number(
        "https://www.osce.org/mission/news/en/412345/mission-opens-an-office-in-nis.php"
    ) == "412345"
    assert urls.item_number("https://example.org/ru/novosti/51234/vstrecha-v-minske.html") \
        == "51234"
    # a one-word file after the number is a page of its own, as without a suffix
    assert urls.item_number("https://example.org/mission/news/en/412345/index.php") is None


_PHP_ITEMS = [("/mission/news/en/412345/mission-opens-an-office-in-nis.php",
               "Mission opens an office in Niš", "31.05.2019 10:30 | Press release"),
              ("/mission/news/en/412301/police-officers-trained-in-community-policing.php",
               "Police officers trained in community policing", "27.05.2019 09:00 | News"),
              ("/mission/news/en/412288/youth-officers-present-local-action-plans.php",
               "Youth officers present local action plans", "24.05.2019 14:15 | News")]


def test_a_list_of_slug_file_items_gives_its_entries() -> None:
    items = "".join(f"<article class='news-item'><p class='news-date'>{facts}</p>"
                    f"<h2><a href='{u}'>{t}</a></h2><p>A teaser sentence of this news item, "
                    f"long enough to be one.</p></article>" for u, t, facts in _PHP_ITEMS)
    records = _listing(f"<main><h1>News archive</h1><div class='news-list'>{items}</div></main>")
    assert [r["title"] for r in records] == [t for _, t, _ in _PHP_ITEMS]
    assert records[0]["url"].endswith("/412345/mission-opens-an-office-in-nis.php")
    assert records[0]["issued_on"] == "2019-05-31"


# ------------------------------------------------------------------ date badges
_ROWS = [("/ru/office/481801", "Новость", "2021-03-20T10:00:00+05:00", "20", "Семинар в Худжанде"),
         ("/ru/office/481790", "Пресс-релиз", "2021-03-19T10:00:00+05:00", "19",
          "Тренинг для пограничников"),
         ("/ru/office/481730", None, "2021-03-17T12:20:00+05:00", "17",
          "Эксперты обсудили проект стратегии")]


def _views_rows(badge: str) -> str:
    rows = ""
    for url, kind, stamp, day, title in _ROWS:
        shown = (f"<div class='views-field views-field-type'><span class='news-type'>{kind}"
                 f"</span></div>") if kind else ""
        rows += (f"<div class='views-row'>{badge.format(stamp=stamp, day=day)}"
                 f"<div class='news-body'>{shown}<h3><a href='{url}'>{title}</a></h3>"
                 f"<div class='views-field-body'><p>Участники обсудили вопросы сотрудничества "
                 f"и дальнейшие шаги.</p></div></div></div>")
    return f"<main><h1>Новости</h1><div class='view-content'>{rows}</div></main>"


def test_a_box_around_a_time_badge_is_no_type() -> None:
    badge = ("<div class='views-field views-field-created'><time class='date-badge' "
             "datetime='{stamp}'><span>{day}</span> <span>мар</span></time></div>")
    records = _listing(_views_rows(badge), "ru", "https://www.osce.org/ru/office/news")
    assert [r["content_type"] for r in records] == ["Новость", "Пресс-релиз", None]
    assert records[2]["issued_on"] == "2021-03-17"


def test_a_day_and_month_badge_is_no_type() -> None:
    badge = "<div class='views-field-created'><span class='stamp'>{day} мар</span></div>"
    records = _listing(_views_rows(badge), "ru", "https://www.osce.org/ru/office/news")
    assert records[2]["content_type"] is None

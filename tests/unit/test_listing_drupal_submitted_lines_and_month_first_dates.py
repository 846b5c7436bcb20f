"""Drupal's byline and date conventions.

Drupal's "Submitted by <user> on <date>" line (Bartik's ``node__submitted``, "Soumis par
redaction_web le jeu, 06/14/2018 - 10:30") is a byline: its date is the entry's, the user
no issuer, and none of its words a teaser.  Drupal's default formats write the month
first (``D, m/d/Y - H:i``, ``m/d/Y``) whatever the page's language: a weekday's name
before a numeric date says which number is the month, and a slashed date whose second
number is no month is read month first.  An icon named only by a generic topic word
(Open Social's teaser-type ``<svg><title>Тема</title>``, its "topic" content type) is no
label of the entry's fields of work.  Each test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract.dates import date_in_byline, parse_date
from scraper.extract.extraction import extract


def _listing(body: str, lang: str, url: str) -> list[dict[str, Any]]:
    page = (f"<html lang='{lang}'><head><title>X</title></head>"
            f"<body><main>{body}</main></body></html>")
    return extract(page.encode(), url, "listing").records


# ------------------------------------------------------------------ weekday and US order
def test_a_weekday_name_says_which_number_is_the_month() -> None:
    # Thursday 7 June 2018, not Friday 6 July
    assert parse_date("jeu, 06/07/2018 - 10:30", "fr") == "2018-06-07"
    assert parse_date("Thu, 06/07/2018 - 10:30", "en") == "2018-06-07"
    # a day-first date after its weekday stays day first (Tuesday 5 March 2024)
    assert parse_date("Di, 05.03.2024", "de") == "2024-03-05"
    # a word that is no weekday decides nothing
    assert parse_date("xyz, 06/07/2018", "en") is None


def test_a_slashed_date_whose_second_number_is_no_month_is_month_first() -> None:
    assert parse_date("06/28/2018", "fr") == "2018-06-28"
    assert parse_date("28/06/2018", "fr") == "2018-06-28"
    # dots are day first only
    assert parse_date("06.28.2018", "de") is None


def test_a_byline_date_keeps_its_weekday() -> None:
    assert date_in_byline("redaction_web le jeu, 06/07/2018 - 14:05", "fr") \
        == "jeu, 06/07/2018"


# ------------------------------------------------------------------ submitted byline
def _bartik(submitted: str, teaser: str, n: int) -> str:
    return (f"<article class='node node--type-article node--view-mode-teaser'>"
            f"<h2 class='node__title'><a href='/fr/secretariat/5900{n}' rel='bookmark'>"
            f"<span>Titre numéro {n} de l’actualité du jour</span></a></h2>"
            f"<footer class='node__meta'><div class='node__submitted'>{submitted}</div></footer>"
            f"<div class='node__content'>"
            f"<div class='field field--name-body'><p>{teaser}</p></div>"
            f"<ul class='links inline'><li class='node-readmore'>"
            f"<a href='/fr/secretariat/5900{n}' rel='tag'>Lire la suite</a></li></ul>"
            f"</div></article>")


def test_a_drupal_submitted_line_is_a_byline_not_a_teaser() -> None:
    submitted = ("Soumis par <span class='field--name-uid'><span>redaction_web</span></span>"
                 " le <span class='field--name-created'>{}</span>")
    body = "".join(_bartik(submitted.format(d), t, n) for n, (d, t) in enumerate([
        ("jeu, 06/07/2018 - 10:30", "Les participants ont débattu de la sécurité régionale…"),
        ("mar, 06/05/2018 - 09:40", "Un séminaire sur la liberté des médias a eu lieu hier…"),
        ("ven, 06/01/2018 - 16:15", "La Mission a remis du matériel aux services de police…"),
    ]))
    records = _listing(body, "fr", "https://osce.org/fr/salle-de-presse")
    assert [r["issued_on"] for r in records] == ["2018-06-07", "2018-06-05", "2018-06-01"]
    assert [r["summary"] for r in records] == [
        "Les participants ont débattu de la sécurité régionale…",
        "Un séminaire sur la liberté des médias a eu lieu hier…",
        "La Mission a remis du matériel aux services de police…"]
    assert all(r["issued_by"] == [] for r in records)


def test_an_english_submitted_line_is_a_byline_too() -> None:
    body = "".join(_bartik(f"Submitted by <span>webadmin</span> on <span>{d}</span>", t, n)
                   for n, (d, t) in enumerate([
                       ("Wed, 06/13/2018 - 10:30", "Participants discussed regional security."),
                       ("Tue, 06/12/2018 - 09:40", "A seminar on media freedom was held."),
                   ]))
    records = _listing(body, "en", "https://osce.org/newsroom")
    assert [r["summary"] for r in records] == ["Participants discussed regional security.",
                                               "A seminar on media freedom was held."]
    assert [r["issued_on"] for r in records] == ["2018-06-13", "2018-06-12"]


# ------------------------------------------------------------------ topic-word icon
def _card(n: int, issuer: str) -> str:
    by = (f"<div class='teaser__content-line'><span class='teaser__content-text'>"
          f"<span class='visually-hidden'>Кем опубликовано: </span>"
          f"<a href='/ru/secretariat'>{issuer}</a></span></div>") if issuer else ""
    return (f"<div class='views-row'><div class='card teaser'><div class='teaser__image'>"
            f"<a href='/ru/node/5938{n}' tabindex='-1' aria-hidden='true'>"
            f"<img src='/i.jpg' alt=''></a>"
            f"<div class='teaser__teaser-type'><svg class='teaser__teaser-type-icon'>"
            f"<title>Тема</title><use xlink:href='#icon-topic'></use></svg></div></div>"
            f"<div class='teaser__body'><div class='teaser__header'><h4 class='teaser__title'>"
            f"<a href='/ru/node/5938{n}' rel='bookmark'>Заголовок материала номер {n} о форуме</a>"
            f"</h4></div><div class='teaser__content'><small class='text-muted'>"
            f"<div class='teaser__content-line'><span class='teaser__content-text'>"
            f"1{n} марта 2021 - 08:45</span></div>{by}</small>"
            f"<div class='teaser__content-line'><span class='badge badge--topic-type'>"
            f"Объявление</span></div>"
            f"<div class='teaser__text'><p>Заявки на участие принимаются до 31 марта.</p></div>"
            f"<div class='teaser__tags'><a class='badge badge--tag' href='/ru/youth'>Молодежь</a>"
            f"</div></div></div></div></div>")


def test_a_topic_word_naming_an_icon_labels_no_fields_of_work() -> None:
    body = _card(1, "Секретариат ОБСЕ") + _card(2, "") + _card(3, "Секретариат ОБСЕ")
    records = _listing(body, "ru", "https://www.osce.org/ru/newsroom")
    bare = next(r for r in records if r["url"].endswith("/59382"))
    assert bare["fields_of_work"] == ["Молодежь"]
    assert bare["issued_by"] == []
    assert bare["issued_on"] == "2021-03-12"
    assert bare["content_type"] == "Объявление"
    assert bare["summary"] == "Заявки на участие принимаются до 31 марта."

"""Mechanisms the Russian-speaking CMS pages asked for: DataLife Engine's and
InstantCMS's SEO item addresses (``<category>/<id>-<alt-name>.html``), dates written
relative to the day the page was served ("Сегодня, 14:20", "Вчера, 09:05") read against
that day (the HTTP ``Date``, an archive's capture day, a fixture's ``captured_on``), and
an icon link named by its image's ``alt`` before its tooltip."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import html
from scrapy.http import HtmlResponse

from scraper.devsite.fixtures import load
from scraper.extract import urls
from scraper.extract.archive import Capture
from scraper.extract.dates import relative_date
from scraper.extract.document import Document, served_day
from scraper.extract.extraction import extract
from scraper.extract.visible import accessible_name
from spiders.base import _headers

BASE = "https://www.osce.org"
DAY = dt.date(2016, 3, 17)
SERVED = {"Date": "Thu, 17 Mar 2016 12:00:00 GMT"}
TEASER = "Более тридцати журналистов приняли участие в двухдневном семинаре по выборам..."


def _stories(dates: list[str]) -> str:
    """A DLE-like front page: short stories whose links are <category>/<id>-<alt>.html."""
    stories = "".join(
        f"<article class='shortstory'><h2><a href='/ru/elections/59380{i}-seminar-"
        f"dlya-zhurnalistov-{i}.html'>Семинар для журналистов номер {i}</a></h2>"
        f"<div class='meta'><span class='date'><i class='icon-time'></i> {date}</span>"
        f"</div><div id='news-id-59380{i}' style='display:inline;'>{TEASER}</div>"
        f"<a href='/ru/elections/59380{i}-seminar-dlya-zhurnalistov-{i}.html'>Подробнее</a>"
        "</article>" for i, date in enumerate(dates))
    return (f"<html lang='ru'><head><title>ОБСЕ</title></head><body><main>{stories}"
            "</main></body></html>")


# ---------------------------------------------------------------- item addresses

@pytest.mark.parametrize(("path", "number"), [
    ("/ru/elections/593847-missiya-obse-v-moldove-provela-seminar.html", "593847"),
    ("/uk/news/598704-u-kyievi-predstavyly-posibnyk.html", "598704"),
    ("/news/4512-odihr-opens-mission.htm", "4512"),
    ("/item/8712-odihr-otwiera-misje", "8712"),        # Joomla's, as before
    ("/events/2024-ministerial-council.html", None),   # a year is no id
    ("/ru/category/1234-novosti.html", None),          # a list's own path
    ("/uk/users/7", None),
])
def test_an_id_then_alias_page_with_a_suffix_names_its_item(path: str,
                                                            number: str | None) -> None:
    assert urls.item_number(BASE + path) == number


def test_a_dle_front_page_lists_its_short_stories() -> None:
    records = extract(_stories(["15-03-2016, 17:45", "14-03-2016, 12:30",
                                "11-03-2016, 16:05"]).encode(), BASE + "/ru/",
                      "listing").records
    assert [r["url"] for r in records] == [
        f"{BASE}/ru/elections/59380{i}-seminar-dlya-zhurnalistov-{i}.html" for i in range(3)]
    assert [r["issued_on"] for r in records] == ["2016-03-15", "2016-03-14", "2016-03-11"]
    assert {r["title"] for r in records} == {f"Семинар для журналистов номер {i}"
                                             for i in range(3)}


# ---------------------------------------------------------------- relative dates

@pytest.mark.parametrize(("text", "iso"), [
    ("Сегодня, 14:20", "2016-03-17"),
    ("Вчера, 09:05", "2016-03-16"),
    ("Вчера в 09:05", "2016-03-16"),
    ("Today at 9:05 pm", "2016-03-17"),
    ("Yesterday, 11:40", "2016-03-16"),
    ("Gestern um 9:05", "2016-03-16"),
    ("Hier à 14h20", "2016-03-16"),
    ("Сьогодні о 14:20", "2016-03-17"),
    ("Позавчера, 10:00", "2016-03-15"),
    ("Сегодня", None),              # no time: a heading "Today", not a date
    ("Hier", None),                 # German "here"
    ("Today's events 14:20", None),
    ("15-03-2016, 17:45", None),    # an absolute date is parse_date's
])
def test_a_relative_day_is_read_against_the_day_served(text: str, iso: str | None) -> None:
    assert relative_date(text, DAY) == iso


def test_no_day_served_no_relative_date() -> None:
    assert relative_date("Сегодня, 14:20", None) is None


def test_the_day_served_comes_from_the_http_date_or_the_archive_capture() -> None:
    page = b"<html><body><p>x</p></body></html>"
    assert served_day({"date": "Thu, 17 Mar 2016 23:30:00 -0300"}) == dt.date(2016, 3, 18)
    assert served_day({"Date": "not a date"}) is None
    assert Document.from_bytes(page, BASE + "/", SERVED).served_on == DAY
    assert Document.from_bytes(page, BASE + "/").served_on is None
    doc = Document.from_bytes(page, BASE + "/", SERVED)
    doc.capture = Capture(BASE + "/", "2015-01-02T10:00:00Z", None)
    assert doc.served_on == dt.date(2015, 1, 2)


def test_a_listings_relative_dates_are_read_against_the_day_served() -> None:
    page = _stories(["Сегодня, 14:20", "Вчера, 09:05", "15-03-2016, 17:45"]).encode()
    records = extract(page, BASE + "/ru/", "listing", SERVED).records
    assert [r["issued_on"] for r in records] == ["2016-03-17", "2016-03-16", "2016-03-15"]
    assert {r["summary"] for r in records} == {TEASER}
    # a saved page nobody says the day of: no date rather than a guess
    unknown = extract(page, BASE + "/ru/", "listing").records
    assert [r["issued_on"] for r in unknown] == [None, None, "2016-03-15"]


def test_a_fixture_is_served_on_the_day_it_was_captured(tmp_path: Path) -> None:
    (tmp_path / "listing").mkdir()
    (tmp_path / "listing" / "x.html").write_text(
        _stories(["Сегодня, 14:20", "Вчера, 09:05"]), encoding="utf-8")
    meta: dict[str, Any] = {"url": BASE + "/ru/", "captured_on": "2016-03-17",
                            "headers": {"Content-Type": "text/html; charset=utf-8"}}
    (tmp_path / "listing" / "x.json").write_text(
        json.dumps({"fixture": meta, "expected": {}}), encoding="utf-8")
    fx = load("listing", "x", tmp_path)
    assert served_day(fx.headers) == DAY
    assert fx.headers["Content-Type"] == "text/html; charset=utf-8"
    assert [e["issued_on"] for e in fx.actual()["entries"]] == ["2016-03-17", "2016-03-16"]


def test_a_crawl_hands_extraction_the_day_served() -> None:
    response = HtmlResponse(BASE + "/ru/", body=b"<html></html>", headers={
        "Content-Type": "text/html; charset=utf-8", "Date": SERVED["Date"]})
    assert served_day(_headers(response)) == DAY


# ---------------------------------------------------------------- accessible names

@pytest.mark.parametrize(("markup", "name"), [
    ("<a href='/' title='OSCE home'><img src='home.png' alt='Home'></a>", "Home"),
    ("<a href='/' title='OSCE home'><i class='icon-home'></i></a>", "OSCE home"),
    ("<a href='/' title='OSCE home' aria-label='Start'><img alt='Home'></a>", "Start"),
    ("<a href='/'><span title='Print'></span><img alt=''></a>", "Print"),
])
def test_a_tooltip_names_a_link_only_when_nothing_else_does(markup: str, name: str) -> None:
    assert accessible_name(html.fragment_fromstring(markup)) == name


def test_an_icon_home_link_in_a_menu_is_named_by_its_image() -> None:
    page = ("<html lang='en'><body><nav id='topmenu'><ul>"
            "<li class='home'><a href=/ title='OSCE home'><img src='/h.png' alt='Home'></a></li>"
            "<li><a href='/about/'>About</a></li><li><a href='/what/'>What we do</a></li>"
            "<li><a href='/where/'>Where we are</a></li></ul></nav>"
            "<main><h1>What we do</h1></main></body></html>")
    entries = extract(page.encode(), BASE + "/what/", "navigation").records
    assert {"name": "Home", "url": BASE + "/", "path": []} in [
        {k: e[k] for k in ("name", "url", "path")} for e in entries]

"""A header's second menu row marked up as a menu (Drupal's ``menu--secondary`` block
in a ``region--secondary-menu`` wrapper) is part of the site menu, path [] (the
contract's settled cases); a "secondary" strip below the header, and a service row in
the header outside any navigation landmark, stay out."""

from __future__ import annotations

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]

_MAIN = ("<div class='region region--primary-menu'><nav role='navigation' "
         "aria-labelledby='main-menu' class='block block-menu navigation menu--main'>"
         "<h2 class='visually-hidden' id='main-menu'>Основная навигация</h2>"
         "<ul class='menu'><li class='menu__item'><a href='/ru/about'>Об ОБСЕ</a>"
         "<ul class='menu'><li><a href='/ru/history'>История</a></li></ul></li>"
         "<li class='menu__item'><a href='/ru/news'>Новости</a></li></ul></nav></div>")
_SERVICE_LINKS = ("<li class='menu__item'><a href='/ru/employment'>Вакансии</a></li>"
                  "<li class='menu__item'><a href='/ru/procurement'>Закупки</a></li>"
                  "<li class='menu__item'><a href='/ru/contacts'>Контакты</a></li>")
_SECONDARY = ("<div class='region region--secondary-menu'><nav role='navigation' "
              "aria-labelledby='secondary-menu' class='block block-menu navigation "
              "menu--secondary'><h2 class='visually-hidden' id='secondary-menu'>"
              f"Вторичное меню</h2><ul class='menu secondary-menu'>{_SERVICE_LINKS}</ul>"
              "</nav></div>")
_TEXT = ("<main><h1>Организация по безопасности и сотрудничеству в Европе</h1>"
         "<p>ОБСЕ — крупнейшая в мире региональная организация по безопасности.</p></main>")


def _menu(body: str) -> list[Entry]:
    page = ("<!DOCTYPE html><html lang='ru'><head><title>Главная | ОБСЕ</title></head>"
            f"<body>{body}</body></html>")
    records = extract(page.encode(), "https://www.osce.org/ru", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"])
            for r in records]


_MAIN_ENTRIES = [("Об ОБСЕ", "/ru/about", []), ("История", "/ru/history", ["Об ОБСЕ"]),
                 ("Новости", "/ru/news", [])]
_SERVICE_ENTRIES = [("Вакансии", "/ru/employment", []), ("Закупки", "/ru/procurement", []),
                    ("Контакты", "/ru/contacts", [])]


def test_secondary_menu_in_the_header_is_part_of_the_site_menu() -> None:
    page = (f"<header class='site-header' role='banner'><div class='site-header__top'>"
            f"{_SECONDARY}</div><div class='site-header__main'>{_MAIN}</div></header>{_TEXT}")
    assert _menu(page) == _SERVICE_ENTRIES + _MAIN_ENTRIES


def test_secondary_nav_landmark_in_the_header_is_part_of_the_site_menu() -> None:
    row = f"<nav class='secondary' aria-label='Вторичное меню'><ul>{_SERVICE_LINKS}</ul></nav>"
    assert _menu(f"<header>{row}{_MAIN}</header>{_TEXT}") == _SERVICE_ENTRIES + _MAIN_ENTRIES


def test_secondary_strip_below_the_header_and_unmarked_service_row_stay_out() -> None:
    strip = ("<nav id='secondary-nav'><h2>Не пропустите</h2><ul class='menu'>"
             "<li><a href='/ru/tag/milan/'>СМИД в Милане</a></li>"
             "<li><a href='/ru/tag/smm/'>Отчеты СММ</a></li></ul></nav>")
    row = (f"<div class='utility'><ul>{_SERVICE_LINKS}</ul></div>")
    assert _menu(f"<header>{row}{_MAIN}</header>{strip}{_TEXT}") == _MAIN_ENTRIES

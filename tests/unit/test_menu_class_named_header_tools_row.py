"""A header named a menu by a class word alone whose ``<nav>`` is the menu: the box
beside that landmark, inside the header and named by the same class word alone (its
row of search, language and account icons), is the header's tools, no menu of its own."""

from __future__ import annotations

from tests.pages import menu_entries

PAGE = "https://www.osce.org/ru/elearning/course/view.php?id=57"

HEADER = ("<header class='siteNav'>"
          "<nav class='siteNav_prim' aria-label='Основное меню'><ul>"
          "<li><a href='/ru'>Главная</a></li>"
          "<li><a href='/ru/events'>Мероприятия</a></li>"
          "<li><a href='/ru/projects'>Проекты</a></li></ul></nav>"
          "<div class='siteNav--prim__right'>"
          "<a href='/ru/elearning/catalog/index.php?fts='>"
          "<span class='fa fa-search' aria-hidden='true'></span>"
          "<span class='sr-only'>Поиск</span></a></div>"
          "</header>")


def test_an_icon_beside_the_headers_landmark_is_no_entry() -> None:
    assert menu_entries(HEADER, PAGE) == [("Главная", "/ru", []),
                                          ("Мероприятия", "/ru/events", []),
                                          ("Проекты", "/ru/projects", [])]


def test_a_labelled_navigation_beside_the_landmark_is_still_a_menu() -> None:
    page = HEADER.replace("<div class='siteNav--prim__right'>",
                          "<div class='siteNav--prim__right' aria-label='Служебное меню'>")
    assert ("Поиск", "/ru/elearning/catalog/index.php?fts=", []) in menu_entries(page, PAGE)

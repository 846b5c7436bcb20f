"""CSS-only menu toggles and an older portal's table blocks.

A CSS-only menu's toggle, a ``<label for>`` of a checkbox showing "Menü", opens the
whole menu: it labels no group.  An older portal's side block is a table whose first
row titles the row holding its menu alone: the title leads every entry's path, a
"Main menu" title too when the page has several such menus.  A flat run of links whose
sub-items are marked by class (``a.menuMain`` then ``a.menuSub``) puts each sub-item
under the item link before it.  A form submitting an item (``submit.php``) is a create
action, no entry."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit


def _menu(body: str, url: str = "https://www.osce.org/ru/") -> list[dict[str, Any]]:
    page = (f"<html lang='ru'><head><title>X</title></head>"
            f"<body>{body}</body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def test_checkbox_label_toggle_labels_no_group() -> None:
    got = _menu(
        "<nav class='site-nav' aria-label='Hauptnavigation'>"
        "<input type='checkbox' id='nav-trigger'>"
        "<label for='nav-trigger'><span>Menü</span></label>"
        "<div class='trigger'><ul class='menu'>"
        "<li><a href='/de/'>Startseite</a></li>"
        "<li><details open><summary>Arbeitsbereiche</summary><ul>"
        "<li><a href='/de/policing'>Polizeiarbeit</a></li>"
        "<li><a href='/de/elections'>Wahlen</a></li></ul></details></li>"
        "<li><a href='/de/newsroom'>Newsroom</a></li>"
        "</ul></div></nav><main><h1>Titel</h1><p>Text.</p></main>",
        "https://www.osce.org/de/")
    assert got == [
        {"name": "Startseite", "url": "https://www.osce.org/de/", "path": []},
        {"name": "Polizeiarbeit", "url": "https://www.osce.org/de/policing",
         "path": ["Arbeitsbereiche"]},
        {"name": "Wahlen", "url": "https://www.osce.org/de/elections",
         "path": ["Arbeitsbereiche"]},
        {"name": "Newsroom", "url": "https://www.osce.org/de/newsroom", "path": []},
    ]


def _block(title: str, menu: str) -> str:
    return (f"<table class='blockLeft'><tr><td class='blockTitle'>{title}</td></tr>"
            f"<tr><td class='blockContent'>{menu}</td></tr></table>")


def test_table_block_title_rows_and_sub_items_of_a_link_run() -> None:
    main = ("<table><tr><td id='mainmenu'>"
            "<a class='menuTop' href='/ru/'>Главная</a>"
            "<a class='menuMain' href='/ru/modules/news/'>Новости</a>"
            "<a class='menuSub' href='/ru/modules/news/archive.php'>Архив</a>"
            "<a class='menuSub' href='/ru/modules/news/submit.php'>Предложить</a>"
            "<a class='menuMain' href='/ru/modules/jobs/'>Вакансии</a>"
            "</td></tr></table>")
    work = ("<div class='blockMenu'><ul class='menu'>"
            "<li><a href='/ru/elections'>Выборы</a></li>"
            "<li><a href='/ru/policing'>Полиция</a></li></ul></div>")
    got = _menu("<table><tr><td id='leftcolumn'>"
                f"{_block('Главное меню', main)}{_block('Направления', work)}"
                "</td><td id='centercolumn'><h1>Добро пожаловать</h1><p>Текст.</p>"
                "</td></tr></table>")
    assert got == [
        {"name": "Главная", "url": "https://www.osce.org/ru/", "path": ["Главное меню"]},
        {"name": "Новости", "url": "https://www.osce.org/ru/modules/news/",
         "path": ["Главное меню"]},
        {"name": "Архив", "url": "https://www.osce.org/ru/modules/news/archive.php",
         "path": ["Главное меню", "Новости"]},
        {"name": "Вакансии", "url": "https://www.osce.org/ru/modules/jobs/",
         "path": ["Главное меню"]},
        {"name": "Выборы", "url": "https://www.osce.org/ru/elections", "path": ["Направления"]},
        {"name": "Полиция", "url": "https://www.osce.org/ru/policing", "path": ["Направления"]},
    ]

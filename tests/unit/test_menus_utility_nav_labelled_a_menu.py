"""A header's utility row marked up as a ``<nav>`` whose class says "utility" and whose
``aria-label`` calls it a menu ("Служебное меню", "Utility menu") is a menu the page
marks: its links are entries (fixtures/README.md, settled cases); a utility ``<nav>``
named nothing more stays no menu."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

MAIN = ('<nav class="gov-nav" aria-label="Главное меню"><ul>'
        '<li><a href="/ru/what">Наша работа</a></li>'
        '<li><a href="/ru/where">Где мы работаем</a></li></ul></nav>')
MAIN_ENTRIES = [("Наша работа", "/ru/what", []), ("Где мы работаем", "/ru/where", [])]
SERVICE = [("Контакты", "/ru/contacts", []), ("Вакансии", "https://jobs.osce.org/", []),
           ("Закупки", "/ru/procurement", [])]


def _page(label: str) -> str:
    aria = f' aria-label="{label}"' if label else ""
    return (f'<header><div class="top"><nav class="gov-utility"{aria}><ul>'
            '<li><a href="/ru/contacts">Контакты</a></li>'
            '<li><a href="https://jobs.osce.org">Вакансии</a></li>'
            '<li><a href="/ru/procurement">Закупки</a></li></ul></nav></div>'
            f'{MAIN}</header><main><h1>Заголовок</h1><p>Текст.</p></main>')


def test_utility_nav_labelled_a_menu_gives_its_links() -> None:
    assert menu_entries(_page("Служебное меню"), "https://www.osce.org/ru/") \
        == SERVICE + MAIN_ENTRIES


def test_utility_nav_labelled_nothing_stays_no_menu() -> None:
    assert menu_entries(_page(""), "https://www.osce.org/ru/") == MAIN_ENTRIES

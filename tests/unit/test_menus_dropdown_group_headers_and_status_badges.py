"""Menu rules:

- a dropdown group's ``<header>`` saying its words (BootstrapVue's
  ``header.dropdown-header`` over a ``ul[role=group]`` in a mega menu's column) titles
  the column's links, the promo link under a column's header too;
- a status badge closing a link's words ("Вакансии" and its "Новые" pill) is
  decoration: no "newer" word of a pager."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.pages.navigation.pagers import steps_through
from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/")


def _items(names: list[str]) -> str:
    return "".join(f"<li role='presentation'><a role='menuitem' href='/{n.lower()}' "
                   f"class='dropdown-item'>{n}</a></li>" for n in names)


@pytest.mark.unit
def test_dropdown_group_header_titles_its_mega_column() -> None:
    body = ("<nav class='navbar' aria-label='Main'><ul class='navbar-nav'>"
            "<li class='nav-item'><a href='/home' class='nav-link'>Home</a></li>"
            "<li class='nav-item dropdown'><a role='button' aria-haspopup='true' href='#' "
            "class='nav-link dropdown-toggle' id='t1'><span>Work</span></a>"
            "<ul class='dropdown-menu mega-menu' aria-labelledby='t1'>"
            "<li role='presentation'><div class='row'>"
            "<div class='col-6'><header id='h1' class='dropdown-header'>Topics</header>"
            "<ul id='g1' role='group' class='list-unstyled' aria-describedby='h1'>"
            f"{_items(['Elections', 'Youth'])}</ul>"
            "<a href='/topics' class='dropdown-item'>All topics <span aria-hidden='true'>→"
            "</span></a></div>"
            "<div class='col-6'><header id='h2' class='dropdown-header'>Featured</header>"
            "<div class='card'><div class='card-body'><a href='/report'>Report</a>"
            "<p class='card-text'>An overview of the year.</p></div></div></div>"
            "</div></li></ul></li>"
            "<li class='nav-item'><a href='/about' class='nav-link'>About</a></li></ul></nav>"
            "<main><h1>Title</h1><p>Text.</p></main>")
    assert _menu(body) == [
        ("Home", "/home", []),
        ("Elections", "/elections", ["Work", "Topics"]),
        ("Youth", "/youth", ["Work", "Topics"]),
        ("All topics", "/topics", ["Work", "Topics"]),
        ("Report", "/report", ["Work", "Featured"]),
        ("About", "/about", [])]


@pytest.mark.unit
def test_badge_closing_a_link_is_no_pager_word() -> None:
    jobs = html.fromstring("<a href='https://jobs.example.org'><span>Вакансии</span>"
                           "<span class='p-badge p-badge-warning'>Новые</span></a>")
    assert not steps_through([jobs])
    assert steps_through([html.fromstring("<a href='/page/2'>Новые записи</a>")])

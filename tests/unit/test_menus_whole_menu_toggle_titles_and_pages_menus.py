"""Menu toggles showing a title, and menus of the site's pages.

A button pointing at the whole menu (``aria-controls``) that shows a title of its own
("Programmes", not "Menu") is a collapsible section menu's toggle: its words label the
links it opens.  A class name joining the pager's "pages" word to a menu word
(``nav.pages-menu``, the Webasyst Site app's pages menu) names a menu of the site's
pages, no pager."""

from __future__ import annotations

from typing import Any

from tests.pages import menu_records


def _menu(body: str, url: str = "https://www.osce.org/page") -> list[dict[str, Any]]:
    return menu_records(body, url)


def _paths(body: str) -> dict[str, list[str]]:
    return {e["name"]: e["path"] for e in _menu(body)}


def _items(names: str, prefix: str = "") -> str:
    return "".join(f"<li><a href='/{prefix}{n.lower()}'>{n}</a></li>" for n in names.split())


def _section(button: str, expanded: str = "true") -> str:
    return ("<aside><nav class='side-menu' aria-label='Section'>"
            f"<button type='button' aria-expanded='{expanded}' aria-controls='sm'>{button}"
            "<span aria-hidden='true'>›</span></button>"
            f"<ul id='sm'>{_items('Borders Policing', 'work/')}"
            f"<li><a href='/work/environment'>Environment</a><ul>{_items('Water', 'env/')}"
            "</ul></li></ul></nav></aside>")


def test_whole_menu_toggle_showing_a_title_labels_its_links() -> None:
    for expanded in ("true", "false"):
        paths = _paths(_section("Programmes", expanded))
        assert paths["Borders"] == ["Programmes"]
        assert paths["Environment"] == ["Programmes"]
        assert paths["Water"] == ["Programmes", "Environment"]


def test_whole_menu_toggle_saying_menu_or_nothing_labels_nothing() -> None:
    assert _paths(_section("Menu"))["Borders"] == []
    icon = "<span class='sr-only'>Programmes</span>"
    assert _paths(_section(icon))["Borders"] == []


def _pages_nav(cls: str) -> str:
    return (f"<nav class='apps'><ul>{_items('Home Blog Photos')}</ul></nav>"
            f"<nav class='{cls}'><ul class='menu-h dropdown'>"
            "<li><a href='/about/'>About <i class='icon10 darr'></i></a>"
            f"<ul class='menu-v'>{_items('Mandate Head Jobs', 'about/')}</ul></li>"
            f"{_items('Publications Contacts')}</ul></nav>")


def test_pages_joined_to_a_menu_word_names_a_menu_of_pages() -> None:
    for cls in ("pages-menu", "pagesNav", "menu_pages"):
        paths = _paths(_pages_nav(cls))
        assert paths["About"] == [], cls
        assert paths["Mandate"] == ["About"], cls
        assert paths["Contacts"] == [], cls
        assert paths["Home"] == [], cls


def test_pages_beside_a_menu_class_is_still_no_menu() -> None:
    paths = _paths(_pages_nav("pages menu"))
    assert "Mandate" not in paths
    assert "Home" in paths

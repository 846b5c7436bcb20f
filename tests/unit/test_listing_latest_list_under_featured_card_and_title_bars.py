"""Listing and menu rules: a listing whose own list stands under a "newest posts"
heading, a "Featured" card above it repeating its first item, is that list; a sidebar
module's title wrapped in the boxes drawing its title bar (Joomla's
``div.module-header > … > h3.module-title``) titles the menu list below it."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='de'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), "https://www.osce.org/de/presse/", "listing").records


def _post(n: int) -> str:
    return (f"<li class='post-item'><span class='post-meta'><time>{n + 1}. April 2019</time>"
            f"</span><h3><a class='post-link' href='/de/secretariat/75600{n}'>Meldung "
            f"Nummer {n} des Tages</a></h3><p>Ein kurzer Text über die Meldung Nummer {n}.</p>"
            f"</li>")


def test_a_featured_card_repeating_the_first_item_leaves_the_latest_list_the_listing() -> None:
    featured = ("<section class='featured'><h2>Im Fokus</h2><div class='card'>"
                "<h3><a href='/de/secretariat/756000'>Meldung Nummer 0 des Tages</a></h3>"
                "<p>Ein kurzer Text über die Meldung Nummer 0.</p></div></section>")
    posts = "".join(_post(n) for n in range(4))
    records = _listing(f"<main><h1>Presse</h1><p>Hier finden Sie unsere Mitteilungen an die "
                       f"Presse, in deutscher Sprache.</p>{featured}"
                       f"<h2>Neueste Beiträge</h2><ul class='post-list'>{posts}</ul></main>")
    assert [(r["url"].rsplit("/", 1)[1], r["title"], r["summary"]) for r in records] == [
        (f"75600{n}", f"Meldung Nummer {n} des Tages",
         f"Ein kurzer Text über die Meldung Nummer {n}.") for n in range(4)]


def _menu(body: str) -> list[tuple[str, list[str]]]:
    page = f"<html lang='ru'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), "https://www.osce.org/ru/what", "navigation").records
    return [(r["name"], r["path"]) for r in records]


def test_a_module_title_wrapped_in_its_title_bar_boxes_titles_the_menu_list() -> None:
    top = ("<div id='nav'><ul class='menutop'><li><a href='/ru/about'>О нас</a></li>"
           "<li><a href='/ru/what'>Деятельность</a></li></ul></div>")
    side = ("<div class='side-mod'><div class='module-header'><div class='module-header2'>"
            "<h3 class='module-title'>Быстрые ссылки</h3></div></div>"
            "<div class='module-body'><ul class='menu'>"
            "<li><a href='/ru/procurement'><span>Закупки</span></a></li>"
            "<li><a href='/ru/library'><span>Библиотека</span></a></li></ul></div></div>")
    assert _menu(f"{top}<div id='main'><h1>Деятельность</h1><p>Текст.</p></div>{side}") == [
        ("О нас", []), ("Деятельность", []),
        ("Закупки", ["Быстрые ссылки"]), ("Библиотека", ["Быстрые ссылки"])]


def _blog_item(n: int) -> str:
    url = f"/de/secretariat/75537{n}"
    return (f"<div class='leading-{n}' itemprop='blogPost'><div class='page-header'><h2>"
            f"<a href='{url}'>Meldung Nummer {n} aus dem Sekretariat</a></h2></div>"
            f"<div class='btn-group article-toolbar'><a class='btn dropdown-toggle' href='#'>"
            f"<span class='icon-cog'></span></a><ul class='dropdown-menu'><li class='print-icon'>"
            f"<a href='{url}?tmpl=component&amp;print=1' title='Drucken'>Drucken</a></li></ul>"
            f"</div><dl class='article-info'><dd class='published'>Veröffentlicht: {n + 1}. "
            f"September 2013</dd></dl><p>Ein kurzer Text über die Meldung Nummer {n}.</p>"
            f"<p class='readmore'><a class='btn' href='{url}'>Weiterlesen: Meldung …</a></p></div>")


def test_print_icons_naming_the_same_items_as_the_titles_leave_the_items_their_addresses() -> None:
    items = "".join(_blog_item(n) for n in range(4))
    records = _listing(f"<div class='page-header'><h1>Pressemitteilungen</h1></div>"
                       f"<div class='items-leading'>{items}</div>")
    assert [r["url"] for r in records] == [
        f"https://www.osce.org/de/secretariat/75537{n}" for n in range(4)]

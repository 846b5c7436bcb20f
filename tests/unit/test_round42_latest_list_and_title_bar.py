"""Hold-out set 209: a listing whose own list stands under a "newest posts" heading,
a "Featured" card above it repeating its first item, is that list; a sidebar module's
title wrapped in the boxes drawing its title bar (Joomla's ``div.module-header > … >
h3.module-title``) titles the menu list below it."""

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

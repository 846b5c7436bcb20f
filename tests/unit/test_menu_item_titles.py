"""Group labels told by a menu's items themselves: an item named a title (mdBook's
``li.part-title``) heads the items after it, nested ones too; an item holding nothing
but a submenu is labelled by the item right before it (mdBook's sections); a divider
whose words its style sheet draws from ``data-content`` (Spectre.css) heads the items
after it; Spectre's ``text-assistive`` words are for screen readers only."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, url: str = "https://www.osce.org/page") -> dict[str, list[str]]:
    page = f"<html lang='en'><head><title>X</title></head><body>{body}</body></html>"
    records: list[dict[str, Any]] = extract(page.encode(), url, "navigation").records
    return {r["name"]: r["path"] for r in records}


_BOOK = ("<nav class='sidebar'><ol class='chapter'>"
         "<li class='chapter-item'><a href='/intro'>Intro</a></li>"
         "<li class='part-title'>Our work</li>"
         "<li class='chapter-item'><a href='/fields'><strong aria-hidden='true'>1.</strong>"
         " Fields</a><a class='toggle'><div>❱</div></a></li>"
         "<li><ol class='section'>"
         "<li class='chapter-item'><a href='/arms'><strong aria-hidden='true'>1.1.</strong>"
         " Arms</a></li>"
         "<li class='chapter-item'><div><strong aria-hidden='true'>1.2.</strong> Closed</div>"
         "</li><li><ol class='section'><li class='chapter-item'><a href='/old'>Old</a></li>"
         "</ol></li></ol></li>"
         "<li class='part-title'>Meetings</li>"
         "<li class='chapter-item'><a href='/council'>Council</a></li></ol></nav>")


def test_a_title_item_heads_the_items_after_it() -> None:
    paths = _menu(_BOOK)
    assert paths["Intro"] == []
    assert paths["Fields"] == ["Our work"]
    assert paths["Council"] == ["Meetings"]


def test_an_item_of_nothing_but_a_submenu_is_labelled_by_the_item_before_it() -> None:
    paths = _menu(_BOOK)
    assert paths["Arms"] == ["Our work", "Fields"]
    assert paths["Old"] == ["Our work", "Fields", "Closed"]


def test_an_item_with_a_link_of_its_own_is_no_title() -> None:
    body = ("<nav><ul><li class='title'><a href='/a'>A</a></li>"
            "<li><a href='/b'>B</a></li><li><a href='/c'>C</a></li></ul></nav>")
    assert _menu(body)["B"] == []


_SPECTRE = ("<nav><ul class='menu'><li class='menu-item'><a href='/all'>All</a></li>"
            "<li class='divider' data-content='States'></li>"
            "<li class='menu-item'><a href='/at'>Austria</a></li>"
            "<li class='divider'></li>"
            "<li class='menu-item'><a href='/x'>Other</a></li></ul></nav>")


def test_a_divider_drawing_its_words_from_data_content_heads_the_items_after_it() -> None:
    paths = _menu(_SPECTRE)
    assert paths["All"] == []
    assert paths["Austria"] == ["States"]
    assert paths["Other"] == []   # a bare divider closes the group


def test_spectre_assistive_text_is_no_part_of_a_label() -> None:
    body = ("<nav><details open><summary>Countries<span class='text-assistive'>"
            "Toggle menu</span></summary><ul><li><a href='/a'>A</a></li>"
            "<li><a href='/b'>B</a></li></ul></details></nav>")
    assert _menu(body)["A"] == ["Countries"]

"""Numbered topic pages and links in the page's own language.

A topic's or tag's page numbered like a node (``/de/themen/34``, an item's theme tag in
a press-room card) names no item: the card stays one entry, its tags its fields.  A
menu link marked with the page's own language (``hreflang="ru"`` on a Russian page, as
Drupal 8 prints on every menu link) is no language switch: its menu is no language
switcher and the link is an entry."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract


def _records(body: str, url: str, kind: str, lang: str = "en") -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return list(extract(page.encode(), url, kind).records)


# ------------------------------------------------------------------ topic pages
def test_a_numbered_topic_page_names_no_item() -> None:
    for url in ("https://www.osce.org/de/themen/34", "https://example.org/topics/12",
                "https://example.org/ru/темы/7", "https://example.org/tags/5/",
                "https://www.osce.org/de/structures/11", "https://example.org/issuers/40"):
        assert urls.item_number(url) is None, url
    # a node under a section named otherwise is still one
    assert urls.item_number("https://www.osce.org/de/odihr/594733") == "594733"


def _card(node: str, title: str, day: str, tags: str) -> str:
    tag_links = "".join(f"<li><a class='tag' href='/de/themen/{n}'>{t}</a></li>"
                        for n, t in (x.split(":") for x in tags.split(",")))
    return (f"<div class='product'><div class='title'><h3><a href='/de/odihr/{node}'>"
            f"{title}</a></h3></div><div class='subtitle'>"
            f"<time datetime='{day}T10:00:00+01:00'>{day}</time></div>"
            "<div class='chapo'><p>Der Bericht enthält Empfehlungen zur Finanzierung "
            "der Wahlkämpfe.</p></div>"
            f"<div class='tags'><ul>{tag_links}</ul></div></div>")


def test_theme_tags_numbered_like_nodes_stay_inside_their_card() -> None:
    body = ("<main><div class='list'>"
            + _card("594733", "Abschlussbericht zu den Wahlen in Moldau", "2019-03-14",
                    "34:Wahlen")
            + _card("594812", "Jugendarbeiter und Polizei in Skopje", "2019-03-13",
                    "15:Terrorismusbekämpfung,59:Jugend")
            + _card("594502", "Medienbeauftragte besorgt über Angriffe", "2019-03-08",
                    "91:Medienfreiheit")
            + "</div></main>")
    entries = _records(body, "https://www.osce.org/de/press-room", "listing", "de")
    assert [e["url"] for e in entries] == [
        "https://www.osce.org/de/odihr/594733", "https://www.osce.org/de/odihr/594812",
        "https://www.osce.org/de/odihr/594502"]
    assert entries[0]["issued_on"] == "2019-03-14"
    assert entries[1]["fields_of_work"] == ["Terrorismusbekämpfung", "Jugend"]
    assert entries[0]["summary"].startswith("Der Bericht")


# ------------------------------------------------------------------ hreflang of the page
def test_menu_links_marked_with_the_pages_own_language_are_entries() -> None:
    links = "".join(f"<li><a href='/ru/{u}' hreflang='ru'>{n}</a></li>" for u, n in (
        ("employment", "Вакансии"), ("procurement", "Закупки"),
        ("documents", "Документы"), ("contacts", "Контакты")))
    switcher = "".join(f"<li><a href='/{c}/page' hreflang='{c}'>{n}</a></li>" for c, n in (
        ("en", "English"), ("fr", "Français"), ("ru", "Русский")))
    body = (f"<section role='navigation' class='language-switcher'><ul>{switcher}</ul>"
            f"</section><nav aria-label='Main'><ul class='menu'>{links}</ul></nav>")
    entries = _records(body, "https://www.osce.org/ru/page", "navigation", "ru")
    assert [e["name"] for e in entries] == ["Вакансии", "Закупки", "Документы", "Контакты"]

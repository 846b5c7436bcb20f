"""Mechanisms the static-site-generator pages asked for: a share row whose parts are
named after it (``share-row`` > ``share-x``…) is a widget, its bare ``share`` class no
template namespace; a Markdown listing's entry under its heading keeps a teaser closed by
its own "Weiterlesen" link and leaves a note box (``custom-block``) out; a box announced
as the navigation by its ``aria-label`` is a menu, and a dropdown beside its
``aria-haspopup`` trigger is that item's group; an "Edit this page" link to the
repository and a platform's credit ("Powered by GitBook") are no menu entries."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.chrome import is_page_tool, is_platform_credit

BASE = "https://www.osce.org"
PARA = ("The mission will observe the whole electoral process, including the campaign, "
        "the work of the election administration and the media environment.")


def _news(share: str) -> bytes:
    paragraphs = "".join(f"<div class='paragraph'><p>{PARA} ({i})</p></div>"
                         for i in range(3))
    return (f"<html lang='en'><head><title>T</title></head><body><main><article>"
            f"<h1>Mission opens</h1><div class='content'>{paragraphs}{share}</div>"
            "</article></main></body></html>").encode()


SHARE_ROW = (
    "<div class='sect1 share-row'><h2 class='sr-only'>Share</h2><div class='sectionbody'>"
    "<div class='paragraph share'><p><a class='share-x' href='https://twitter.com/i'>"
    "Share on X</a> <a class='share-fb' href='https://facebook.com/s'>Share on Facebook"
    "</a> <a class='share-mail' href='mailto:?s=1'>E-mail</a></p></div></div></div>")


def test_a_share_row_whose_parts_are_named_after_it_is_no_body() -> None:
    record = extract(_news(SHARE_ROW), BASE + "/odihr/594764", "news").records[0]
    assert "Share on" not in record["body"]
    assert record["body"].count(PARA) == 3


def test_a_class_word_prefixing_many_names_still_names_no_widget_on_its_own() -> None:
    # "print-…" classes all over a template: a namespace, no print widget
    page = (f"<html lang='en'><body><main><article><h1>Mission opens</h1>"
            f"<div class='print-body'><p class='print-a'>{PARA}</p><p class='print-b'>"
            f"{PARA} 2</p><p class='print-c'>{PARA} 3</p><p class='print-d'>Last words of "
            "the text, closing it.</p></div></article></main></body></html>").encode()
    record = extract(page, BASE + "/odihr/594765", "news").records[0]
    assert "Last words of the text" in record["body"]


def _entry(node: int, title: str, teaser: str) -> str:
    return (f"<h3><a href='/de/mission-to-serbia/{node}'>{title}</a> "
            f"<a class='header-anchor' href='#x{node}'>&#8203;</a></h3>"
            f"<p class='news-meta'><span class='VPBadge'>Meldung</span> "
            f"<time datetime='2023-03-2{node % 10}'>2{node % 10}. März 2023</time></p>"
            f"{teaser}")


def test_a_heading_entry_keeps_its_teaser_closed_by_its_read_more_link() -> None:
    teaser = ("<p>Die neuen Module wurden von Ausbilderinnen und Ausbildern der Akademie "
              "erarbeitet. <a href='/de/mission-to-serbia/592471' class='read-more'>"
              "Weiterlesen<span class='visually-hidden'> über Polizeiakademie</span> →"
              "</a></p>")
    note = ("<div class='info custom-block'><p class='custom-block-title'>HINWEIS</p>"
            "<p>Ältere Meldungen finden Sie im <a href='/de/archiv'>Archiv</a> der "
            "Mission.</p></div>")
    body = (_entry(592471, "Polizeiakademie erhält neue Lehrpläne", teaser + note)
            + _entry(592318, "Wahlrechtsreform vorgestellt",
                     "<p>Die Studie vergleicht die Verfahren zur Aktualisierung des "
                     "Wählerverzeichnisses.</p>" + note)
            + _entry(592087, "Leiter der Mission trifft Parlamentspräsidenten", ""))
    page = (f"<html lang='de'><body><main><h1>Meldungen</h1>{body}</main></body>"
            "</html>").encode()
    records = extract(page, BASE + "/de/mission-to-serbia/meldungen", "listing").records
    summaries = {r["url"].rsplit("/", 1)[-1]: r["summary"] for r in records}
    assert summaries["592471"] == ("Die neuen Module wurden von Ausbilderinnen und "
                                   "Ausbildern der Akademie erarbeitet.")
    assert summaries["592318"] == ("Die Studie vergleicht die Verfahren zur "
                                   "Aktualisierung des Wählerverzeichnisses.")


def _entries(page: str, url: str = BASE + "/uk/spu/slovnyk") -> list[dict[str, Any]]:
    return extract(page.encode(), url, "navigation").records


SIDEBAR = ("<aside><nav><ul><li><a href='/uk/spu'>Вступ</a></li>"
           "<li><a href='/uk/spu/slovnyk'>Словник</a></li>"
           "<li><div>Напрями роботи</div><ul>"
           "<li><a href='/uk/spu/rozminuvannia'>Розмінування</a></li>"
           "<li><a href='/uk/spu/kiberbezpeka'>Кібербезпека</a></li>"
           "<li><a href='/uk/spu/torhivlia'>Протидія торгівлі</a></li></ul></li></ul></nav>"
           "<div><a href='https://www.gitbook.com/?utm_source=content&amp;utm_medium="
           "trademark'>Працює на GitBook</a></div></aside>")


def test_a_box_labelled_the_navigation_with_a_dropdown_beside_its_trigger() -> None:
    header = ("<header><div class='flex grow' aria-label='Основна навігація'>"
              "<div class='flex'><a href='/uk/spu/pro'>Про Програму</a></div>"
              "<div class='group/dropdown relative'><button type='button' "
              "aria-haspopup='menu' aria-expanded='false'><span>Проєкти</span></button>"
              "<div class='invisible absolute' role='menu'>"
              "<a role='menuitem' href='/uk/spu/rozminuvannia'>Розмінування</a>"
              "<a role='menuitem' href='/uk/spu/kiberbezpeka'>Кібербезпека</a>"
              "<a role='menuitem' href='/uk/spu/torhivlia'>Протидія торгівлі</a>"
              "<a role='menuitem' href='/uk/spu/proiekty'>Усі проєкти</a></div></div>"
              "<div class='flex'><a href='/uk/spu/novyny'>Новини</a></div>"
              "<div class='flex'><a href='/uk/spu/kontakty'>Контакти</a></div>"
              "</div></header>")
    page = (f"<html lang='uk'><body>{header}{SIDEBAR}<main><h1>Словник</h1></main>"
            "</body></html>")
    got = [(e["name"], e["path"]) for e in _entries(page)]
    assert got[:7] == [
        ("Про Програму", []), ("Розмінування", ["Проєкти"]), ("Кібербезпека", ["Проєкти"]),
        ("Протидія торгівлі", ["Проєкти"]), ("Усі проєкти", ["Проєкти"]),
        ("Новини", []), ("Контакти", [])]
    assert "Працює на GitBook" not in [name for name, _ in got]


def test_an_edit_this_page_link_in_a_toolbar_is_no_menu_entry() -> None:
    page = ("<html lang='ru'><body><aside><nav class='nav-menu'><ul>"
            "<li><a href='/ru/dushanbe/index.html'>Главная</a></li>"
            "<li><a href='/ru/dushanbe/mandat.html'>Мандат</a></li>"
            "<li><a href='/ru/dushanbe/proekty/granitsy.html'>Границы</a></li></ul></nav>"
            "</aside><main><div class='toolbar' role='navigation'>"
            "<div class='edit-this-page'><a href='https://gitlab.osce.org/dushanbe/site/-/"
            "edit/main/modules/ROOT/pages/proekty/granitsy.adoc'>Редактировать страницу</a>"
            "</div></div><h1>Границы</h1></main></body></html>")
    names = [e["name"] for e in _entries(page, BASE + "/ru/dushanbe/proekty/granitsy.html")]
    assert names == ["Главная", "Мандат", "Границы"]


def test_page_tools_and_platform_credits_by_address() -> None:
    assert is_page_tool("https://github.com/osce/site/edit/main/docs/de/index.md")
    assert is_page_tool("https://gitlab.osce.org/d/site/-/edit/main/pages/a.adoc")
    assert not is_page_tool("https://www.osce.org/editorial/policy")
    assert not is_page_tool("https://www.osce.org/edit/")
    assert is_platform_credit("https://www.gitbook.com/?utm_source=content")
    assert is_platform_credit("https://wordpress.org/")
    assert not is_platform_credit("https://wordpress.org/plugins/foo")
    assert not is_platform_credit("https://www.osce.org/uk")

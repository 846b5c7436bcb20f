"""WordPress themes (tagDiv Newspaper, Avada with Fusion Builder): the phone's drawer
copy of the menu printed before the menu itself, social icons in the menu bar, the post's
meta line (author | date | category link) under an ``<h2>`` headline, a list drawn with
icon bullets, and a download button closing the text."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]


def _menu(body: str) -> list[Entry]:
    page = f"<!DOCTYPE html><html lang='it'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), "https://www.osce.org/it/", "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def _links(*paths: str) -> str:
    return "".join(f"<li><a href='/it/{p}'>{p.title()}</a></li>" for p in paths)


MENU = (f"<ul class='sf-menu'><li><a>Il nostro lavoro</a><ul class='sub-menu'>"
        f"{_links('elections', 'policing', 'youth')}</ul></li>{_links('newsroom')}</ul>")


def test_a_phone_drawer_menu_before_the_menu_it_copies_gives_nothing() -> None:
    # tagDiv Newspaper: #td-mobile-nav (hidden by the style sheet alone) comes first, with
    # social icons and a link the wide menu lacks
    drawer = ("<div id='td-mobile-nav'><div class='socials'><a href='https://twitter.com/OSCE' "
              "title='Twitter'><i class='icon-twitter'></i></a></div>"
              f"<ul class='mobile-main-menu'><li><a>Il nostro lavoro</a><ul>"
              f"{_links('elections', 'policing', 'youth')}</ul></li>{_links('newsroom', 'app')}"
              "</ul></div>")
    entries = _menu(drawer + f"<div id='header-menu' role='navigation'>{MENU}</div>")
    assert [url for _, url, _ in entries] == [
        "/it/elections", "/it/policing", "/it/youth", "/it/newsroom"]
    assert entries[0][2] == ["Il nostro lavoro"]


def test_a_menu_inside_a_box_laid_out_for_phones_too_is_the_menu() -> None:
    # a box's layout words (header-mobile-layout-…) say how it lays out on phones, not
    # that the menu in it is the phone's copy of another
    wide = f"<div class='header-mobile-layout-nav-right'><nav class='header-nav'>{MENU}</nav></div>"
    overlay = (f"<div class='header-menu' aria-hidden='true'><nav class='header-menu-nav'>"
               f"<ul>{_links('elections', 'policing', 'youth', 'newsroom')}</ul></nav></div>")
    entries = _menu(wide + overlay)
    assert ("Elections", "/it/elections", ["Il nostro lavoro"]) in entries


def test_social_icons_in_their_own_span_in_the_menu_bar_are_no_entries() -> None:
    icons = ("<span class='td-social-icon-wrap'><a href='https://twitter.com/OSCE' "
             "title='Twitter'><i class='icon-twitter'></i></a></span>"
             "<span class='td-social-icon-wrap'><a href='https://www.facebook.com/osce.org' "
             "title='Facebook'><i class='icon-facebook'></i></a></span>")
    entries = _menu(f"<div class='top-menu'>{icons}</div><nav>{MENU}</nav>")
    assert not [url for _, url, _ in entries if "twitter" in url or "facebook" in url]


LEAD = ("La Misión de la OSCE en Skopje presentó hoy una guía práctica para redacciones "
        "sobre cómo prevenir el acoso en línea contra las mujeres periodistas.")
TEXT = ("<p>SKOPIE, 13 de marzo de 2023 – La Misión de la OSCE en Skopje presentó hoy una "
        "guía práctica para redacciones sobre el acoso en línea.</p>"
        "<p>La guía se basa en entrevistas con más de sesenta periodistas, editoras y editores "
        "de medios nacionales y locales de todo el país.</p>"
        "<p>Casi la mitad de las mujeres entrevistadas afirmó haber recibido amenazas o "
        "insultos por su trabajo en los últimos dos años.</p>")
# Avada's meta line: separators in spans of their own, no space around them (the
# author unlinked: a line mostly of links is no lead anyway)
META = ("<div class='fusion-meta-info'>Por <span class='vcard'>Misión de la OSCE en Skopje"
        "</span><span class='sep'>|</span>"
        "<span>14 de marzo de 2023</span><span class='sep'>|</span>Categorías: "
        "<a href='/es/category/comunicados-de-prensa/' rel='category tag'>Comunicado de "
        "prensa</a><span class='sep'>|</span></div>")
LABELS = ("<p><strong>Publicado el:</strong> 14 de marzo de 2023<br>"
          "<strong>Publicado por:</strong> <a href='/es/mission-to-skopje'>Misión de la "
          "OSCE en Skopje</a></p>")


def _news(text: str, meta: str = META) -> Any:
    body = (f"<div class='title-bar'><h1>Sala de prensa</h1></div><article>"
            f"<h2 class='entry-title'>Una nueva guía para proteger a las periodistas</h2>{meta}"
            f"<div class='post-content'><div class='lead'><p><strong>{LEAD}</strong></p></div>"
            f"{LABELS}<div class='text'>{text}</div></div></article>")
    page = f"<html lang='es'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), "https://www.osce.org/es/mission-to-skopje/538655/").records[0]


def test_a_posts_category_link_naming_a_known_type_is_its_type() -> None:
    record = _news(TEXT)
    assert record["content_type"] == "Comunicado de prensa"
    assert record["content_type_id"] == "press-release"


def test_a_meta_line_of_facts_glued_by_separators_is_no_lead() -> None:
    record = _news(TEXT)
    assert record["summary"] == LEAD
    assert record["body"].startswith("SKOPIE, 13 de marzo de 2023")
    assert record["dateline"] == {"place": "SKOPIE", "date": "2023-03-13"}


def test_a_list_of_sentences_drawn_with_icon_bullets_is_text() -> None:
    items = "".join(
        f"<li class='li-item'><span class='icon-wrapper'><i class='fa-check'></i></span>"
        f"<div class='li-item-content'><p>{s}</p></div></li>" for s in (
            "Designar en cada redacción a una persona de contacto.",
            "Documentar los ataques en línea y denunciarlos."))
    record = _news(TEXT + f"<ul class='fusion-checklist type-icons'>{items}</ul>")
    assert [b["text"] for b in record["body_blocks"] if b["type"] == "list-item"] == [
        "Designar en cada redacción a una persona de contacto.",
        "Documentar los ataques en línea y denunciarlos."]


def test_a_row_of_share_icons_stays_out_of_the_text() -> None:
    icons = ("<ul class='share-icons'><li><a href='https://www.facebook.com/sharer.php'>"
             "Facebook</a></li><li><a href='https://twitter.com/share'>Twitter</a></li></ul>")
    record = _news(TEXT + icons)
    assert "Facebook" not in record["body"]


def test_a_download_button_closing_the_text_is_no_body_but_an_attachment() -> None:
    button = ("<div class='wp-block-button'><a class='wp-block-button__link' "
              "href='/files/f/documents/7/2/538660.pdf'>Descargar la guía (PDF)</a></div>")
    record = _news(TEXT + button)
    assert "Descargar" not in record["body"]
    assert record["attachments"] == [{"url": "https://www.osce.org/files/f/documents/7/2/"
                                      "538660.pdf", "title": "Descargar la guía (PDF)"}]

"""A forum's topic list read as a listing: a user's profile and one comment's address
name no item; a forum topic's id-then-alias address (``/topic/590112-slug/``) names one;
a side panel marked ``role=complementary`` holds no entry; the poster's name, the board's
own name, a count's word ("0 Antworten"), a typography class's "type" word
(``ipsType_light``) and a menu toggle's label ("Opciones") are no entry's type."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract

_BOARD = "https://www.osce.org/de/forum/3-ankuendigungen/"


def _records(body: str, url: str = _BOARD) -> list[dict[str, Any]]:
    html = f"<html lang='de'><head><title>Forum</title></head><body>{body}</body></html>"
    return list(extract(html.encode(), url, "listing").records)


def test_user_pages_and_comments_name_no_item_a_forum_topic_names_one() -> None:
    for url in ("https://www.osce.org/de/forum/profile/397-mkeller/",
                "https://www.osce.org/es/forum/discussion/comment/71823/",
                "https://www.osce.org/comment/5512"):
        assert urls.item_number(url) is None, url
    assert urls.item_number("https://www.osce.org/de/forum/topic/590112-hinweise/") == \
        "590112"
    assert urls.item_number("https://www.osce.org/de/forum/topics/12-wahlen") is None


def _row(node: str, title: str, day: str, prefix: str = "") -> str:
    pre = (f"<a class='ipsTag_prefix' rel='tag' href='/de/forum/tags/x/?_tags_prefix=1'>"
           f"<span>{prefix}</span></a>") if prefix else ""
    return (f"<li class='ipsDataItem'><div class='main'><h4 class='title'>{pre}"
            f"<span class='ipsType_break'><a href='/de/forum/topic/{node}-thema/'>{title}"
            "</a></span></h4><div class='meta'><span>Von <a class='ipsType_break' "
            "href='/de/forum/profile/12-presse-redaktion/'>Presse-Redaktion</a>, </span>"
            f"<time datetime='{day}T09:00:00Z'>{day}</time></div></div>"
            "<ul class='stats'><li><span class='ipsDataItem_stats_number'>0</span> "
            "<span class='ipsDataItem_stats_type'>Antworten</span></li></ul>"
            "<ul class='lastPoster'><li class='ipsType_light'>Keine Antworten</li></ul>"
            "<div class='opts'><span class='OptionsTitle'>Opciones</span>"
            "<div style='display:none'><ul><li><a href='/de/forum/close?id=1'>Schließen</a>"
            "</li></ul></div></div></li>")


def test_forum_rows_take_topics_and_no_poster_count_or_menu_as_type() -> None:
    body = ("<main><ol class='ipsDataList'>"
            + _row("594871", "OSZE-Vorsitz eröffnet Konferenz", "2023-03-13", "Meldung")
            + _row("594198", "Lehrgang für Grenzbeamte abgeschlossen", "2023-02-27")
            + _row("594311", "Jugendforum in Skopje", "2023-03-02")
            + "</ol></main>"
            "<div role='complementary'><h4>Lesezeichen</h4><ul><li><a "
            "href='/de/forum/topic/592334-leitfaden/'>Leitfaden für Korrespondenten</a>"
            "</li></ul></div>")
    records = _records(body)
    assert [r["url"].split("/")[-2] for r in records] == [
        "594871-thema", "594198-thema", "594311-thema"]
    assert [r["content_type"] for r in records] == ["Meldung", None, None]
    assert [r["issued_on"] for r in records] == ["2023-03-13", "2023-02-27", "2023-03-02"]


def test_the_boards_own_link_is_no_type() -> None:
    url = "https://www.osce.org/es/newsroom/categories/anuncios"
    rows = "".join(
        f"<tr><td><a class='Title' href='/es/newsroom/discussion/{n}/curso-regional'>"
        f"Curso regional "
        f"número {n}</a><div class='Meta'><span class='MItem Category'>en "
        f"<a href='/es/newsroom/categories/anuncios'>Anuncios</a></span></div></td>"
        f"<td><time datetime='2022-06-07T10:00:00+00:00'>7 de junio</time></td></tr>"
        for n in ("592811", "592745", "592700"))
    html = (f"<html lang='es'><head><title>Anuncios</title></head><body><main><table>"
            f"{rows}</table></main></body></html>")
    records = extract(html.encode(), url, "listing").records
    assert [r["content_type"] for r in records] == [None, None, None]

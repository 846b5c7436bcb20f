"""Listings of older news scripts (hold-out set 26: PHP-Nuke, PostNuke, Mambo, classic ASP):
items named by a script's parameter, several links to one item, a headline that is no
link, labels in the middle of a line of facts, bylines, pagers counting items, side
boxes with a title row, words highlighted inside a word."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.dates import date_in_byline
from scraper.extract.extraction import Extraction, extract
from scraper.extract.visible import visible_text

TEASER = ("The Mission trained forty police officers from every district of the country "
          "in identifying victims of trafficking.")


def _listing(body: str, url: str = "http://www.osce.org/ru/modules.php?name=News",
             lang: str = "ru") -> Extraction:
    page = f"<html lang='{lang}'><head><title>News</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def _by_url(found: Extraction) -> dict[str, dict[str, Any]]:
    return {e["url"]: e for e in found.records}


@pytest.mark.parametrize(("url", "expected"), [
    # PHP-Nuke's and PostNuke's story id
    ("http://x.org/modules.php?name=News&file=article&sid=1214", "1214"),
    # Joomla/Mambo: Itemid is the menu entry; the item is id under task=view
    ("http://x.org/index.php?option=com_weblinks&Itemid=23", None),
    ("http://x.org/index.php?option=com_content&task=view&id=1482&Itemid=34", "1482"),
    # a query that asks for a list names no item
    ("http://x.org/index.php?option=com_content&task=blogsection&id=22&Itemid=34", None),
    ("http://x.org/index.php?option=com_content&task=view&id=22&limitstart=10", None),
    ("http://x.org/index.php?name=Search&q=x&startnum=21", None),
    # an institution's page of a country's elections
    ("https://www.osce.org/odihr/elections/montenegro/546912", "546912"),
])
def test_which_script_parameters_name_an_item(url: str, expected: str | None) -> None:
    assert urls.item_number(url) == expected


def _story(sid: int, headline: str, comments: str = "Комментарии?") -> str:
    base = "modules.php?name=News&amp;file="
    return (
        "<table><tr><td>"
        f"<font class='option'><b><a href='{base}categories&amp;op=newindex&amp;catid=2'>"
        f"Пресс-релиз</a>: {headline}</b></font><br>"
        "<font class='tiny'>Опубликовал <a href='modules.php?name=Your_Account&amp;op="
        "userinfo&amp;username=admin'>admin</a> Вторник, 18 Март 2003 @ 16:40:12 MSK "
        "(412 прочтений)</font><br><br>"
        f"<font class='content'>{TEASER}</font></td></tr>"
        f"<tr><td><a href='{base}article&amp;sid={sid}'>Подробнее...</a> | 1873 байт(а) "
        f"дополнительно | <a href='{base}article&amp;sid={sid}#comments'>{comments}</a> | "
        f"<a href='{base}print&amp;sid={sid}'><img src='print.gif' alt='Версия для печати'></a>"
        f" <a href='{base}friend&amp;op=FriendSend&amp;sid={sid}'><img src='friend.gif' "
        "alt='Отправить статью другу'></a><br>"
        "Тема: <a href='modules.php?name=News&amp;new_topic=4'>Выборы</a>"
        "</td></tr></table><br>")


def test_a_story_box_of_a_news_script_is_one_entry_titled_by_its_bold_line() -> None:
    found = _listing(_story(1214, "Председатель ОБСЕ призывает власти Армении рассмотреть "
                                  "жалобы", comments="1 комментарий")
                     + _story(1211, "В Кишиневе начался учебный курс для полицейских"))
    entries = _by_url(found)
    assert list(entries) == [
        "http://www.osce.org/ru/modules.php?name=News&file=article&sid=1214",
        "http://www.osce.org/ru/modules.php?name=News&file=article&sid=1211"]
    first = next(iter(entries.values()))
    assert first["title"] == "Председатель ОБСЕ призывает власти Армении рассмотреть жалобы"
    assert first["content_type"] == "Пресс-релиз"       # the category glued before it
    assert first["issued_on"] == "2003-03-18"           # from the byline's words
    assert first["issued_by"] == []                     # "admin" is a site's user
    assert first["fields_of_work"] == ["Выборы"]
    assert first["summary"] == TEASER                   # no byline, no row of actions


def test_a_byline_naming_a_known_structure_gives_the_issuers() -> None:
    found = _listing(
        "<div><h2><a href='index.php?option=com_content&amp;task=view&amp;id=1466'>Rupel "
        "und Kubiš beraten mit dem Ständigen Rat</a></h2>"
        "<span class='small'>geschrieben von OSZE-Vorsitz, OSZE-Generalsekretär</span>"
        f"<p>{TEASER}</p></div>"
        "<div><h2><a href='index.php?option=com_content&amp;task=view&amp;id=1463'>Mission "
        "begrüßt Eröffnung der Kammer</a></h2>"
        f"<span class='small'>geschrieben von Redaktion</span><p>{TEASER}</p></div>",
        url="http://www.osce.org/de/index.php?option=com_content&task=blogsection&id=2",
        lang="de")
    assert [e["issued_by"] for e in found.records] == [
        ["OSZE-Vorsitz", "OSZE-Generalsekretär"], []]
    assert [e["summary"] for e in found.records] == [TEASER, TEASER]


def test_a_category_link_on_a_line_of_its_own_is_the_entrys_type() -> None:
    found = _listing(
        "<div><table><tr><td><a href='index.php?option=com_content&amp;task=view&amp;id=1482'>"
        "Rupel ruft in Bischkek zum Dialog auf</a></td></tr></table>"
        "<table><tr><td><span><a href='index.php?option=com_content&amp;task=category&amp;"
        "sectionid=2&amp;id=7'>Pressemitteilungen</a></span></td></tr>"
        f"<tr><td>{TEASER}</td></tr></table></div>",
        url="http://www.osce.org/de/index.php?option=com_content&task=blogsection&id=2",
        lang="de")
    # the title table and the teaser table are one entry: the category is no item
    assert [(e["title"], e["content_type"]) for e in found.records] == [
        ("Rupel ruft in Bischkek zum Dialog auf", "Pressemitteilungen")]


def test_a_label_ending_a_line_of_facts_and_highlighted_words() -> None:
    found = _listing(
        "<ol><li><a href='index.php?name=News&amp;file=article&amp;sid=2514'>Ukraine : la "
        "mission d'<span class='hl'><b>observation</b></span> <span class='hl'><b>électorale"
        "</b></span>s constate des irrégularités</a><br>"
        "<span>22/11/2004 | Communiqué de presse | Source&nbsp;: BIDDH, Assemblée "
        "parlementaire de l'OSCE</span><br><span>Sujets&nbsp;: <a href='index.php?name=News"
        "&amp;new_topic=3'>Élections</a></span></li>"
        "<li><a href='index.php?name=News&amp;file=article&amp;sid=2489'>États-Unis : "
        "premières conclusions</a><br><span>04/11/2004 | Source&nbsp;: BIDDH</span></li></ol>"
        "<div>[<a href='index.php?name=Search&amp;q=x&amp;startnum=1'>1-10</a>] <b>11-20</b> "
        "[<a href='index.php?name=Search&amp;q=x&amp;startnum=21'>21-30</a>]</div>",
        url="http://www.osce.org/fr/index.php?name=Search&q=x&startnum=11", lang="fr")
    first, second = found.records
    assert first["title"] == ("Ukraine : la mission d'observation électorales constate des "
                              "irrégularités")
    assert (first["issued_on"], first["content_type"]) == ("2004-11-22", "Communiqué de presse")
    assert first["issued_by"] == ["BIDDH", "Assemblée parlementaire de l'OSCE"]
    assert first["fields_of_work"] == ["Élections"]
    assert (second["issued_on"], second["issued_by"]) == ("2004-11-04", ["BIDDH"])
    assert found.next_page == "http://www.osce.org/fr/index.php?name=Search&q=x&startnum=21"


def _row(n: int, title: str) -> str:
    return (f"<tr><td>0{n}/12/2003</td><td><a href='stampa/comunicato.asp?id=33{n}0'>{title}"
            f"</a><br><font>Fonte: ODIHR</font></td></tr>")


def test_a_side_box_under_its_title_row_and_a_menu_give_no_entries() -> None:
    found = _listing(
        "<table><tr><td><a href='default.asp'>Home</a></td></tr>"
        "<tr><td><a href='chi_siamo.asp'>Chi siamo</a></td></tr>"
        "<tr><td><a href='stampa/comunicato.asp?id=12'>Chi siamo: la storia</a></td></tr>"
        "<tr><td><a href='contatti.asp'>Contatti</a></td></tr>"
        "<tr><td><a href='missioni.asp'>Missioni</a></td></tr></table>"
        "<table>" + "".join(_row(n, f"Comunicato numero {n} sulle elezioni")
                            for n in (1, 2, 3)) + "</table>"
        "<table><tr><td><font><b>I PIÙ LETTI</b></font></td></tr>"
        "<tr><td><a href='stampa/comunicato.asp?id=3210'>Approvato il Piano d'azione</a>"
        "</td></tr><tr><td><a href='stampa/comunicato.asp?id=3155'>Conferenza "
        "sull'antisemitismo</a></td></tr></table>",
        url="http://www.osce.org/it/archivio.asp", lang="it")
    assert [e["url"].rsplit("=", 1)[1] for e in found.records] == ["3310", "3320", "3330"]
    assert {tuple(e["issued_by"]) for e in found.records} == {("ODIHR",)}
    assert {e["summary"] for e in found.records} == {None}


def test_a_read_on_link_to_a_listed_item_is_no_next_page() -> None:
    item = "index.php?option=com_content&amp;task=view&amp;id={}&amp;Itemid=34"
    pager = "index.php?option=com_content&amp;task=blogsection&amp;id=2&amp;limitstart=10"
    found = _listing(
        "".join(f"<div><h2><a href='{item.format(i)}'>Meldung Nummer {i} aus Wien</a></h2>"
                f"<p>{TEASER}</p><a href='{item.format(i)}'>Weiter...</a></div>"
                for i in (1482, 1479))
        + f"<div><a href='{pager}'>Weiter &gt;</a></div>",
        url="http://www.osce.org/de/index.php?option=com_content&task=blogsection&id=2",
        lang="de")
    assert found.next_page == ("http://www.osce.org/de/index.php?option=com_content&task="
                               "blogsection&id=2&limitstart=10")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Опубликовал admin Вторник, 18 Март 2003 @ 16:40:12 MSK (412 прочтений)", "ru",
     "Вторник, 18 Март 2003"),
    ("Letzte Aktualisierung ( Samstag, 19. März 2005 )", "de", "Samstag, 19. März 2005"),
    ("The elections of 5 March 2003 were held in a calm atmosphere, observers said.", "en",
     None),
])
def test_date_in_byline(text: str, language: str, expected: str | None) -> None:
    assert date_in_byline(text, language) == expected


def test_a_phrasing_elements_edge_inside_a_word_adds_no_space() -> None:
    from lxml import html as lxml_html
    el = lxml_html.fromstring("<p>d'<span><b>observation</b></span> <b>électorale</b>s "
                              "<a>A</a><a>B</a> <b>Fonte:</b>ODIHR</p>")
    # as a browser draws it: no space at a phrasing edge ("Fonte:ODIHR"), one between
    # two elements side by side (pills)
    assert visible_text(el) == "d'observation électorales A B Fonte:ODIHR"

"""Menu and listing mechanisms: a table menu's title row that opens a collapsed
submenu on a click carries a pointer cursor its peers lack, yet is drawn as they
are (a sibling group's title, not a subgroup's); an entry whose headline is plain
text under its line of facts, the item linked only by "Read more", takes that
headline as its title."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.navigation.looks import drawn_style


def _menu(body: str, url: str = "https://www.osce.org/ru/pcu/structure") -> list[dict[str, Any]]:
    page = f"<html lang='ru'><head><title>X</title></head><body>{body}</body></html>"
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def _title(name: str, extra: str = "") -> str:
    return (f"<tr><td bgcolor='#0b3a66'{extra}><font color='#FFFFFF'><b>{name}</b></font>"
            "</td></tr>")


def _row(href: str, name: str) -> str:
    return f"<tr><td><a href='{href}'><img src='/i.gif' alt='{name}'></a></td></tr>"


_MENU = ("<table><tr><td><table>" + _title("About")
         + _row("/ru/pcu", "Home") + _row("/ru/pcu/mandate", "Mandate")
         + _title("Work", " onclick=\"tg('s')\" style='cursor:pointer'")
         + "<tr><td><div id='s' style='display:none'><a href='/ru/pcu/law'>Law</a><br>"
         "<a href='/ru/pcu/elections'>Elections</a><br></div></td></tr>"
         + _title("Press") + _row("/ru/pcu/news", "News") + _row("/ru/pcu/photos", "Photos")
         + "</table></td><td><h1>Structure</h1><p>Text of the page.</p></td></tr></table>")


def test_a_title_row_with_a_pointer_cursor_is_a_peer_of_the_other_titles() -> None:
    paths = {e["name"]: e["path"] for e in _menu(_MENU)}
    assert paths["Law"] == ["Work"]


def test_drawn_style_leaves_out_behaviour_and_keeps_the_look() -> None:
    assert drawn_style(" Cursor : pointer; color:#fff ;") == "color:#fff"


_ENTRY = ("<li><div class='meta'><span>{date}</span> <span>Пресс-релиз</span></div>"
          "{head}<div class='issuer'>Миссия ОБСЕ</div>"
          "<a href='/ru/mission/{n}'>Подробнее &rarr;</a></li>")


def test_a_plain_headline_under_the_line_of_facts_is_the_title() -> None:
    body = "<ul>" + "".join(_ENTRY.format(**e) for e in (
        {"date": "10.03.2016", "n": 596655,
         "head": "<a href='/ru/mission/596655'>Миссия поддержала обучение журналистов</a>"},
        {"date": "09.03.2016", "n": 596540,
         "head": "<div>Оперативный отчет: СММ посетила место обстрела</div>"},
    )) + "</ul>"
    doc = Document(url="https://www.osce.org/ru/press",
                   text=f"<html lang='ru'><body><h1>Пресс</h1>{body}</body></html>")
    titles = {e["url"]: e["title"] for e in ListingPage(doc).entries()}
    assert titles["https://www.osce.org/ru/mission/596540"] == \
        "Оперативный отчет: СММ посетила место обстрела"

"""A script's verb joined to an item's kind names the item (Invision Power Board's
``index.php?showtopic=N``), joined to a list's or a person's none (``showforum``,
``showuser``); a forum's pinned prefix closed by a colon ("Важно:") is no type; a
subtitle opening with a preposition ("При поддержке Центра ОБСЕ") is no issuer; a
"More news" box is the rest of a list's own page, a widget only beside an item."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract
from scraper.extract.pages.tags import names_structures

_FORUM = "https://www.osce.org/ru/forum/index.php?showforum=12"


def _records(body: str, url: str, lang: str) -> list[dict[str, Any]]:
    html = f"<html lang='{lang}'><head><title>T</title></head><body>{body}</body></html>"
    return list(extract(html.encode(), url, "listing").records)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.org/forum/index.php?showtopic=6808", "6808"),
    ("https://x.org/forum/index.php?showtopic=6808&view=getlastpost", "6808"),
    ("https://x.org/news/index.php?readarticle=512", "512"),
    ("https://x.org/forum/index.php?showuser=1043", None),
    ("https://x.org/forum/index.php?showforum=12&st=15", None),
])
def test_a_verb_joined_to_an_items_kind_names_the_item(url: str, expected: str | None
                                                       ) -> None:
    assert urls.item_number(url) == expected


def _topic(node: str, title: str, day: str, desc: str = "", pinned: bool = False) -> str:
    base = "https://www.osce.org/ru/forum/index.php"
    pre = "<span><b>Важно: </b></span>" if pinned else ""
    sub = f"<div class='desc'><span>{desc}</span></div>" if desc else ""
    return (f"<tr><td><div>{pre}<span><a href='{base}?showtopic={node}'>{title}</a></span>"
            f"{sub}</div></td><td><a href='{base}?showuser=7'>Press</a></td>"
            f"<td><span>{day}, 09:30<br><a href='{base}?showtopic={node}&amp;view=getlastpost'>"
            f"Последний ответ от:</a> <b><a href='{base}?showuser=7'>Press</a></b></span>"
            "</td></tr>")


def test_board_topics_are_entries_without_pinned_prefix_or_subtitle_issuer() -> None:
    body = ("<table><tr><th>Темы</th><th>Автор</th><th>Последнее действие</th></tr>"
            + _topic("680903", "Миссия ОБСЕ в Молдове подписала меморандум", "10.3.2006",
                     "Меморандум о сотрудничестве", pinned=True)
            + _topic("680877", "БДИПЧ опубликовало отчет о выборах", "17.3.2006")
            + _topic("680712", "В Душанбе открылся ресурсный центр для женщин",
                     "13.3.2006", "При поддержке Центра ОБСЕ")
            + "</table>")
    records = _records(body, _FORUM, "ru")
    assert [r["url"].rsplit("=", 1)[-1] for r in records] == ["680903", "680877", "680712"]
    assert [r["content_type"] for r in records] == [None, None, None]
    assert records[0]["title"] == "Миссия ОБСЕ в Молдове подписала меморандум"
    assert records[2]["issued_by"] == []
    assert records[2]["summary"] == "При поддержке Центра ОБСЕ"


def test_a_line_opening_with_a_preposition_names_no_structure() -> None:
    assert not names_structures(["При поддержке Центра ОБСЕ"])
    assert not names_structures(["With the support of the OSCE Office"])
    assert names_structures(["Misija OEBS-a u Srbiji"])


def _card(node: str, title: str, day: str) -> str:
    return (f"<div role='listitem'><a href='https://www.osce.org/secretariat/{node}'>"
            f"<span>{title}</span></a><div>A teaser sentence about what was done "
            f"there.</div><div><span>{day}</span></div></div>")


def test_more_news_after_top_stories_continues_a_lists_own_page() -> None:
    body = ("<div role='main'><h1>Latest news</h1>"
            "<div><h2>Top stories</h2><div role='list'>"
            + _card("682554", "Joint training launched", "24 March 2021")
            + _card("682436", "Defenders share experiences", "23 March 2021")
            + "</div></div><div><h2>More news</h2><div role='list'>"
            + _card("682189", "Youth councils supported", "19 March 2021")
            + _card("682310", "Equipment handed over", "17 March 2021")
            + "</div></div></div>")
    records = _records(body, "https://www.osce.org/newsroom/latest", "en")
    assert [r["url"].rsplit("/", 1)[-1] for r in records] == [
        "682554", "682436", "682189", "682310"]
    # beside an item, the same box lists other items: no entries of the page
    beside = _records(body.replace("Top stories", "Story"),
                      "https://www.osce.org/secretariat/682000", "en")
    assert "682189" not in {r["url"].rsplit("/", 1)[-1] for r in beside}

"""A bulletin board's views asked of one front script by a query value
(``forum.php?mod=viewthread&tid=N`` a topic, an item; ``mod=forumdisplay&fid=12`` a
board, none); a query naming the kind of its number (``type=forum&id=12``, a board
added to favourites) names no item; one item's addresses on one script that differ only
in what else the query carries (``&extra=page%3D1``) are one entry, written as most of
its links write it."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract

_URL = "https://example.org/ru/forum.php?mod=forumdisplay&fid=12"


def _listing(body: str) -> list[dict[str, Any]]:
    page = ("<html lang='ru'><head><title>X</title><base href='https://example.org/ru/'>"
            f"</head><body>{body}</body></html>")
    return extract(page.encode(), _URL, "listing").records


def test_a_front_scripts_topic_view_names_an_item_and_its_board_view_none() -> None:
    assert urls.item_number("https://example.org/forum.php?mod=viewthread&tid=828850"
                            "&extra=page%3D1") == "828850"
    assert urls.item_number("https://example.org/forum.php?mod=forumdisplay&fid=12"
                            "&page=2") is None
    assert urls.item_number("https://example.org/home.php?mod=spacecp&ac=favorite"
                            "&type=forum&id=12") is None
    assert urls.item_number("https://example.org/news.php?id=512") == "512"


def test_one_items_addresses_differing_in_carried_parameters_are_one_entry() -> None:
    side = "".join(f"<li><em>2016-9-1{i}</em><a href='forum.php?mod=viewthread&amp;"
                   f"tid=82884{i}'>Миссия провела семинар номер {i}...</a></li>"
                   for i in (1, 2))
    rows = "".join(
        f"<tr><td><a href='forum.php?mod=viewthread&amp;tid=82884{i}&amp;extra=page%3D1'>"
        f"<img src='folder.gif'></a></td><th><a href='forum.php?mod=viewthread&amp;"
        f"tid=82884{i}&amp;extra=page%3D1'>Миссия провела семинар номер {i} для "
        f"журналистов</a></th><td><em>2016-9-1{i}</em></td><td><a href='forum.php?"
        f"mod=viewthread&amp;tid=82884{i}&amp;extra=page%3D1'>{i}</a></td></tr>"
        for i in range(4))
    body = (f"<div class='block'><h3>Рекомендуем</h3><ul>{side}</ul></div>"
            "<a href='home.php?mod=spacecp&amp;ac=favorite&amp;type=forum&amp;id=12'>"
            f"В избранное</a><table>{rows}</table>")
    records = _listing(body)
    assert [(r["url"], r["title"]) for r in records] == [
        (f"https://example.org/ru/forum.php?mod=viewthread&tid=82884{i}&extra=page%3D1",
         f"Миссия провела семинар номер {i} для журналистов") for i in range(4)]

"""A link leading nowhere (``javascript:…``, a bare ``#``) that says a word or two is a
script's control ("Предпросмотр" opening a preview), no part of an entry's teaser; a
longer such link's words stay."""

from __future__ import annotations

from typing import Any

from lxml import html

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_lines import is_control_link

_URL = "https://example.org/ru/news/"


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='ru'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), _URL, "listing").records


def test_a_control_links_words_are_no_teaser() -> None:
    rows = "".join(
        f"<div class='row'><a href='javascript:void(0);' onclick='preview({i})'>"
        f"Предпросмотр</a> [<a href='/ru/news/?type=1'>Пресс-релиз</a>] "
        f"<a href='/ru/news/82884{i}'>Миссия провела семинар номер {i}</a> "
        f"<span>...<a href='/ru/news/82884{i}?page=2'>2</a></span></div>" for i in range(3))
    assert [r["summary"] for r in _listing(rows)] == [None] * 3


def test_is_control_link() -> None:
    def link(markup: str) -> Any:
        return html.fragment_fromstring(markup)
    assert is_control_link(link("<a href='javascript:;'>Предпросмотр</a>"))
    assert is_control_link(link("<a href='#'>Show details</a>"))
    assert not is_control_link(link("<a href='/ru/news/1'>Предпросмотр</a>"))
    assert not is_control_link(link(
        "<a href='javascript:open(1)'>the full statement of the Chairmanship</a>"))

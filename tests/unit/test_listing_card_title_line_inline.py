"""A card that is one link, with no heading: when its title line is an inline element
opening a block that goes on below it (``<div><strong>Headline</strong><p>Teaser</p>
<ul>facts</ul></div>``), the title is that element's words, not the whole block's; the
teaser and the facts below it stay the entry's own."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

TEASER = "Thirty specialists from regional centres rehearsed attacks on water systems."


def _entries(body: str) -> list[dict[str, Any]]:
    page = ("<html lang='en'><head><title>News</title></head><body><main>"
            f"{body}</main></body></html>")
    return extract(page.encode(), "https://www.osce.org/newsroom", "listing").records


def _card(node: str, title: str, teaser: str | None) -> str:
    desc = f"<p>{teaser}</p>" if teaser else ""
    return (f"<a href='/secretariat/{node}' class='box'><div class='box-hd'><img src='/i.jpg' "
            f"alt=''></div><div class='box-bd'><strong>{title}</strong>{desc}"
            "<ul><li><time datetime='2021-05-28'>28.05.2021</time></li><li>News</li></ul>"
            "</div></a>")


def test_the_inline_title_line_is_the_title() -> None:
    entries = _entries(_card("829270", "Cyber specialists from ten regions trained", TEASER)
                       + _card("829272", "A consultation centre opened in Mariupol", TEASER))
    assert [e["title"] for e in entries] == ["Cyber specialists from ten regions trained",
                                             "A consultation centre opened in Mariupol"]
    assert entries[0]["summary"] == TEASER
    assert entries[0]["issued_on"] == "2021-05-28"

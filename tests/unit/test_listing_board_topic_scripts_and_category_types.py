"""Listing mechanisms that page designs showed: a bulletin board's topic script named
by ``id`` (PunBB's ``viewtopic.php?id=12``) names an item, its board script
(``viewforum.php?id=3&p=2``) none; under a replies column counting 0 the last post's
date is the topic's; a flag closed by a colon before a headline ("Sticky:") is no
teaser; a link back to the listed category whose words are a known type's name is the
entry's type."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.extraction import extract


def _listing(body: str, lang: str, url: str) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


def test_a_topic_scripts_id_names_an_item_and_a_board_script_none() -> None:
    assert urls.item_number("http://example.org/forum/viewtopic.php?id=734118") == "734118"
    assert urls.item_number("http://example.org/forum/viewtopic.php?pid=2354#p2354") is None
    assert urls.item_number("http://example.org/forum/viewforum.php?id=3&p=38") is None


def _forum(replies: str, last: str = "Last post") -> str:
    rows = "".join(
        f"<tr><td><span class='flag'>Closed:&#160;</span><a href='viewtopic.php?id=7{i}'>"
        f"Mission opens new office number {i} in the capital</a> "
        f"<span>by&#160;pressoffice</span></td><td>{replies}</td><td>12</td>"
        f"<td><a href='viewtopic.php?pid=9{i}#p9{i}'>2008-11-1{i} 09:14:52</a></td></tr>"
        for i in range(3))
    return ("<table><thead><tr><th>Topic</th><th>Replies</th><th>Views</th>"
            f"<th>{last}</th></tr></thead><tbody>{rows}</tbody></table>")


def test_a_topic_without_replies_is_dated_by_its_last_post() -> None:
    url = "http://example.org/forum/viewforum.php?id=3"
    records = _listing(_forum("0"), "en", url)
    assert [(r["url"], r["title"], r["issued_on"], r["summary"]) for r in records] == [
        (f"http://example.org/forum/viewtopic.php?id=7{i}",
         f"Mission opens new office number {i} in the capital", f"2008-11-1{i}", None)
        for i in range(3)]
    # answered topics: the last post is another post, its date none of the topic's
    assert [r["issued_on"] for r in _listing(_forum("4"), "en", url)] == [None] * 3
    # a column of the last activity (an edit, a like) dates no post, answered or not
    assert [r["issued_on"] for r in _listing(_forum("0", "Activity"), "en", url)] == [None] * 3


def test_a_link_back_to_the_listed_category_with_a_types_name_is_the_type() -> None:
    url = "https://example.org/it/index.php?route=blog/category&blog_category_id=2"
    entries = "".join(
        f"<div class='post'><h4><a href='index.php?route=blog/article&amp;"
        f"blog_category_id=2&amp;article_id=73586{i}'>La Missione sostiene la formazione "
        f"dei procuratori numero {i}</a></h4><ul class='meta'><li>2{i} settembre 2017</li>"
        f"<li><a href='index.php?route=blog/category&amp;blog_category_id=2'>Comunicato "
        f"stampa</a></li></ul></div>" for i in range(3))
    records = _listing(entries, "it", url)
    assert [r["content_type"] for r in records] == ["Comunicato stampa"] * 3


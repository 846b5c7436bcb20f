"""Listing mechanisms that page designs showed: a forum's topic addresses (Discourse's
``/t/<slug>/<id>``, phpBB's ``viewtopic.php?t=N`` beside the ``?p=N`` of one post), a
detail view named by a verb segment however deep the section
(``…/news/details/647912``), a topic list's column of the last activity (no entry's
date, its "Topic" column no label's value) and a row's "Last post by" line (no teaser)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

TEASER = "Participants discussed how to protect journalists who report on elections."


def _listing(body: str, lang: str = "en", url: str = "https://www.osce.org/newsroom") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


@pytest.mark.parametrize(("url", "expected"), [
    # Discourse's topic, installed in a subfolder, and a post number inside it
    ("https://x.org/community/t/odihr-opens-mission/5102", "5102"),
    ("https://x.org/t/odihr-opens-mission/5102/4", "5102"),
    # phpBB's topic is its item; a post inside it, or a topic's second page, is none
    ("https://x.org/forum/viewtopic.php?t=97", "97"),
    ("https://x.org/forum/viewtopic.php?f=3&t=1611", "1611"),
    ("https://x.org/forum/viewtopic.php?p=1204", None),
    ("https://x.org/forum/viewtopic.php?t=1620&start=10", None),
    ("https://x.org/forum/showthread.php?threadid=55", "55"),
    # a detail view five sections deep
    ("https://x.org/entities/astana/press/news/details/647912?lang=ru", "647912"),
    ("https://x.org/en/news/view/4521", "4521"),
])
def test_forum_topics_and_detail_views_name_items(url: str, expected: str | None) -> None:
    assert urls.item_number(url) == expected


def _topic_row(i: int) -> str:
    return (f"<tr><td><a href='/community/t/experts-meet-in-vienna-round-{i}/51{i}0'>Experts "
            f"meet in Vienna, round {i}</a></td><td><a href='/community/u/press'>"
            f"<img alt='press'></a></td><td>{i}</td><td>1{i}20</td>"
            f"<td>November 2{i}, 2024</td></tr>")


def test_a_last_activity_column_dates_no_entry_and_topic_is_no_field() -> None:
    head = ("<thead><tr><th>Topic</th><th></th><th>Replies</th><th>Views</th>"
            "<th>Activity</th></tr></thead>")
    rows = "".join(_topic_row(i) for i in range(3))
    records = _listing(f"<main><table>{head}<tbody>{rows}</tbody></table></main>",
                       url="https://www.osce.org/community/c/newsroom/13").records
    assert [(r["url"], r["title"], r["issued_on"], r["fields_of_work"]) for r in records] == [
        (f"https://www.osce.org/community/t/experts-meet-in-vienna-round-{i}/51{i}0",
         f"Experts meet in Vienna, round {i}", None, []) for i in range(3)]


def _forum_row(i: int) -> str:
    return (f"<li class='row'><dl><dt><div class='list-inner'>"
            f"<a href='./viewtopic.php?t=16{i}1' class='topictitle'>Réunion d’experts à "
            f"Vienne, séance {i}</a><br><div class='topic-poster'>par <a href='./memberlist"
            f".php?mode=viewprofile&amp;u=48'>Presse_OSCE</a> » <time datetime='2021-03-0{i}"
            f"T13:30:00+00:00'>{i} mars 2021 14:30</time></div></div></dt>"
            f"<dd class='posts'>3 <dfn>Réponses</dfn></dd><dd class='lastpost'><span><dfn>"
            f"Dernier message </dfn>par <a href='./memberlist.php?mode=viewprofile&amp;"
            f"u=311'>j.martin</a> <a href='./viewtopic.php?p=99{i}1#p99{i}1' title='Aller au "
            f"dernier message'><i class='icon'></i></a><br><time datetime='2021-03-1{i}"
            f"T10:05:00+00:00'>1{i} mars 2021 11:05</time></span></dd></dl></li>")


def test_a_forum_rows_topic_is_its_entry_and_last_post_line_no_teaser() -> None:
    rows = "".join(_forum_row(i) for i in range(1, 4))
    records = _listing(f"<main><ul class='topiclist topics'>{rows}</ul></main>", "fr",
                       "https://www.osce.org/fr/forum/viewforum.php?f=3").records
    assert [(r["url"], r["issued_on"], r["summary"]) for r in records] == [
        (f"https://www.osce.org/fr/forum/viewtopic.php?t=16{i}1", f"2021-03-0{i}", None)
        for i in range(1, 4)]

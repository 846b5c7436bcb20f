"""Mechanisms that site-builder menus showed.

A pager or region word on a box holding the page's headline (``<h1>``) names no pager:
Readymag's ``mag-pages-container`` holds the magazine's pages, its overlay menu among
them.  A line of one link over lines of its tag and class is their peer, no group title
(a text widget's ``p`` per link).  A visually-hidden class whose rule is scoped by the
box it is written for (``#embed01 .cm-sr``) is screen-reader-only like a bare one: its
words are no part of a ``<summary>`` label."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, head: str = "", url: str = "https://www.osce.org/page"
          ) -> list[dict[str, Any]]:
    page = (f"<html lang='en'><head><title>X</title>{head}</head>"
            f"<body>{body}</body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


def test_pager_word_on_a_box_holding_the_headline_names_no_pager() -> None:
    body = ("<div class='mag-pages-container'><div class='page'>"
            "<div class='site-menu'><h2>Contents</h2><ul>"
            "<li><a href='/a'>Alpha</a></li><li><a href='/b'>Beta</a></li>"
            "<li><a href='/c'>Gamma</a></li></ul></div>"
            "<h1>The magazine</h1><p>Text of the page.</p></div></div>")
    entries = _menu(body)
    assert [e["name"] for e in entries] == ["Alpha", "Beta", "Gamma"]
    assert entries[0]["path"] == ["Contents"]


def test_pager_word_still_rules_out_a_pager_box() -> None:
    body = ("<nav class='site-menu'><ul><li><a href='/a'>Alpha</a></li>"
            "<li><a href='/b'>Beta</a></li><li><a href='/c'>Gamma</a></li></ul>"
            "<div class='pages'><a href='/x'>Xi</a> <a href='/y'>Ypsilon</a></div></nav>"
            "<h1>Headline</h1>")
    assert [e["name"] for e in _menu(body)] == ["Alpha", "Beta", "Gamma"]


def test_a_line_of_one_link_over_lines_of_its_kind_is_their_peer() -> None:
    body = ("<nav class='menu'><div class='text'>"
            "<p class='style-6'><a href='/about'>About this project</a></p>"
            "<p class='style-6'><a href='/write'>Write to us</a></p></div>"
            "<div class='text'><h2>Resources</h2>"
            "<p class='style-6'><a href='/gender'>Gender equality</a></p>"
            "<p class='style-6'><a href='/glossary'>Glossary</a></p></div></nav>")
    paths = {e["name"]: e["path"] for e in _menu(body)}
    assert paths == {"About this project": [], "Write to us": [],
                     "Gender equality": ["Resources"], "Glossary": ["Resources"]}


def test_scoped_visually_hidden_class_is_left_out_of_a_summary_label() -> None:
    head = ("<style>#embed01 .cm-sr {position:absolute;width:1px;height:1px;"
            "overflow:hidden;clip:rect(0 0 0 0)}</style>")
    body = ("<div id='embed01'><nav aria-label='Main menu'><ul>"
            "<li><a href='/a'>Alpha</a></li><li><details><summary>Publications"
            "<span class='cm-sr'> – open submenu</span></summary><ul>"
            "<li><a href='/guides'>Guides</a></li><li><a href='/reports'>Reports</a></li>"
            "</ul></details></li></ul></nav></div>")
    paths = {e["name"]: e["path"] for e in _menu(body, head)}
    assert paths == {"Alpha": [], "Guides": ["Publications"], "Reports": ["Publications"]}


def test_scoped_visually_hidden_class_shows_outside_its_box() -> None:
    head = ("<style>#embed01 .cm-sr {position:absolute;width:1px;height:1px;"
            "overflow:hidden;clip:rect(0 0 0 0)}</style>")
    body = ("<nav aria-label='Main menu'><ul><li><a href='/a'>Alpha</a></li>"
            "<li><details><summary>Publications<span class='cm-sr'> and reports</span>"
            "</summary><ul><li><a href='/guides'>Guides</a></li></ul></details></li>"
            "</ul></nav>")
    paths = {e["name"]: e["path"] for e in _menu(body, head)}
    assert paths["Guides"] == ["Publications and reports"]

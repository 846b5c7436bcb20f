"""A wiki's left bar read by its shape: bold title lines over bullet lists, one of them
naming a page not yet written (``Photo gallery<a href=".../edit/...">?</a>``).  The
link that opens the editor is an action, no link of the column: its line is a missing
page's name, neither text that makes the bar a box of the layout nor a title over the
items after it, and neither it nor a "Create New Topic" link is an entry
(columns.LinkColumns._names_missing_page, chrome.is_edit_action)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.chrome import is_edit_action

PAGE = "https://www.osce.org/wiki/bin/view/Main/WebHome"


def _entries(news_items: str) -> list[dict[str, Any]]:
    bar = ("<div id='leftbar'>"
           "<ul><li><a href='/wiki/bin/edit/Main/NewTopic?template=Plain'>Create New Topic"
           "</a></li></ul><p />"
           "<strong>About us</strong><ul>"
           "<li><a href='/wiki/bin/view/Main/Overview'>Overview</a></li>"
           "<li><a href='/wiki/bin/view/Main/History'>History</a></li></ul><p />"
           "<strong>Structures</strong><ul>"
           "<li><a href='/wiki/bin/view/Main/Secretariat'>Secretariat</a><ul>"
           "<li><a href='/wiki/bin/view/Main/SecretaryGeneral'>Secretary General</a></li>"
           "<li><a href='/wiki/bin/view/Main/Cpc'>Conflict Prevention Centre</a></li>"
           "</ul></li>"
           "<li>Institutions<ul>"
           "<li><a href='/odihr'>ODIHR</a></li><li><a href='/hcnm'>HCNM</a></li>"
           "</ul></li></ul><p />"
           f"<strong>Newsroom</strong><ul>{news_items}</ul></div>")
    html = ("<html lang='en'><body><div id='main'><h1>Welcome</h1>"
            "<p>Some text of the topic, with a <a href='/wiki/bin/view/Main/Faq'>link</a>."
            f"</p></div>{bar}</body></html>")
    return extract(html.encode(), PAGE, "navigation").records


NEWS = ("<li><a href='/wiki/bin/view/Main/PressReleases'>Press releases</a></li>"
        "<li><span class='newlink'>Photo gallery<a href='/wiki/bin/edit/Main/PhotoGallery"
        "?topicparent=Main.WebHome' title='Create this topic'>?</a></span></li>"
        "<li><a href='/wiki/bin/view/Main/Publications'>Publications</a></li>")


def test_bold_titles_label_the_lists_under_them_beside_a_missing_page() -> None:
    paths = {r["name"]: r["path"] for r in _entries(NEWS)}
    assert paths["Overview"] == ["About us"]
    assert paths["Secretariat"] == ["Structures"]
    assert paths["Secretary General"] == ["Structures", "Secretariat"]
    assert paths["ODIHR"] == ["Structures", "Institutions"]
    assert paths["Press releases"] == ["Newsroom"]
    # the missing page's name is no title over the items after it
    assert paths["Publications"] == ["Newsroom"]


def test_editor_links_are_no_entries() -> None:
    names = [r["name"] for r in _entries(NEWS)]
    assert "Publications" in names
    assert "Create New Topic" not in names
    assert "?" not in names
    assert "Photo gallery" not in names


@pytest.mark.parametrize(("url", "edits"), [
    ("https://www.osce.org/twiki/bin/edit/OSCE/PhotoGallery?topicparent=OSCE.WebLeftBar", True),
    ("https://www.osce.org/node/12/edit", True),
    ("https://wiki.example.org/FrontPage?action=edit", True),
    ("https://wiki.example.org/doku.php?id=start&do=edit", True),
    ("https://www.osce.org/twiki/bin/view/OSCE/PressReleases", False),
    ("https://www.osce.org/editorial-guidelines", False),
    ("https://www.osce.org/odihr/elections?type=new-reports", False),
])
def test_edit_actions_are_told_by_their_address(url: str, edits: bool) -> None:
    assert is_edit_action(url) is edits

"""The band of link columns right over the page's footer is the footer's: its links
give no entries beside the site menu, and make the menu when it is the only one."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

_MENU = ("<header><nav class='mainmenu'><ul><li><a href='/about'>About</a></li>"
         "<li><a href='/news'>News</a></li><li><a href='/contact'>Contact</a></li></ul></nav>"
         "</header>")
_MAIN = "<div class='body'><main><h2>Our work</h2><p>The field operations help.</p></main></div>"
_COLUMNS = {"About": ["History", "Structure", "States", "Budget"],
            "Information": ["Jobs", "Tenders", "Privacy", "Access"]}
_BAND = ("<section class='bottom'><div class='row'>" + "".join(
    f"<div class='col'><h3>{title}</h3><ul class='menu'>"
    + "".join(f"<li><a href='/{name.lower()}'>{name}</a></li>" for name in names)
    + "</ul></div>" for title, names in _COLUMNS.items()) + "</div></section>")
_BAND_NAMES = [name for names in _COLUMNS.values() for name in names]
_FOOTER = "<footer><span>© 2019 OSCE. All rights reserved.</span></footer>"


def _records(body: str) -> list[Any]:
    page = f"<html lang='en'><head><title>X</title></head><body>{body}</body></html>"
    found: Any = extract(page.encode(), "https://www.osce.org/our-work", "navigation")
    return list(found.records)


def _names(body: str) -> list[str]:
    return [r["name"] for r in _records(body)]


def test_link_columns_right_over_the_footer_are_the_footers() -> None:
    assert _names(_MENU + _MAIN + _BAND + _FOOTER) == ["About", "News", "Contact"]


def test_link_columns_over_the_copyright_line_are_the_footers() -> None:
    copyright_line = "<div class='legal'>Copyright 2019 OSCE</div>"
    assert _names(_MENU + _MAIN + _BAND + copyright_line) == ["About", "News", "Contact"]


def test_the_band_is_the_menu_of_a_page_without_another() -> None:
    # each column's heading labels its links
    assert [(r["name"], r["path"]) for r in _records(_MAIN + _BAND + _FOOTER)] == [
        (name, [title]) for title, names in _COLUMNS.items() for name in names]


def test_a_sidebar_after_the_content_keeps_its_menu() -> None:
    sidebar = _BAND.replace("<section class='bottom'>", "<aside>").replace("</section>",
                                                                           "</aside>")
    assert _names(_MENU + _MAIN + sidebar + _FOOTER) == [
        "About", "News", "Contact", *_BAND_NAMES]


def test_columns_before_more_content_are_no_footer() -> None:
    more = "<div class='more'><p>Our partners work with us.</p></div>"
    assert _names(_MENU + _MAIN + _BAND + more + _FOOTER) == [
        "About", "News", "Contact", *_BAND_NAMES]


_TEXT = ("<p>The Organization deals with a wide range of security-related concerns, including"
         " arms control, human rights, national minorities, democratization, policing"
         " strategies and economic and environmental activities.</p>")


def test_a_page_naming_no_main_content_has_its_band_after_the_text_column() -> None:
    # no <main>: the column of the running text stands for it
    body = (_MENU + "<div class='container'><div class='mainbody'><div class='inner'>"
            f"<h2>Welcome</h2>{_TEXT}</div></div><div class='right'><p>Events</p></div>"
            "</div>" + _BAND.replace("section", "div") + _FOOTER)
    assert _names(body) == ["About", "News", "Contact"]


def test_a_sidebar_beside_the_text_column_is_no_band() -> None:
    sidebar = _BAND.replace("<section class='bottom'>", "<div id='sidebar'>").replace(
        "</section>", "</div>")
    body = (_MENU + f"<div id='page'><div id='content'><h2>Welcome</h2>{_TEXT}</div>"
            + sidebar + "<div id='footer'><p>© 2013 OSCE</p></div></div>")
    assert _names(body) == ["About", "News", "Contact", *_BAND_NAMES]


def test_a_sidebar_named_so_after_a_deeper_text_column_is_no_band() -> None:
    # the text column stands deep in the content box, not beside the sidebar; its
    # name says it is one (Digital Commons' ``div#sidebar``), whatever the markup
    sidebar = _BAND.replace("<section class='bottom'>", "<div id='sidebar'>").replace(
        "</section>", "</div>")
    body = (_MENU + f"<div id='wrapper'><div id='content'><div id='main'><h1>Title</h1>"
            f"<div class='abstract'>{_TEXT}</div><div class='share'><p>Share</p></div>"
            "</div></div>" + sidebar + "<div id='footer'><p>© 2018 OSCE</p></div></div>")
    assert _names(body) == ["About", "News", "Contact", *_BAND_NAMES]


def test_a_footer_sidebar_is_still_the_footers_band() -> None:
    # WordPress themes name the footer's widget area a sidebar too
    band = _BAND.replace("<section class='bottom'>", "<div class='footer-sidebar'>").replace(
        "</section>", "</div>")
    assert _names(_MENU + _MAIN + band + _FOOTER) == ["About", "News", "Contact"]

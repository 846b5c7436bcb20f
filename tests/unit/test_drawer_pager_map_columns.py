"""Menus read in four more shapes: a column heading over subheadings heads every list
under them; a sidebar holding a navigation landmark is a drawer whose link lists beside
the landmark are menu too; previous/next links between documents are a pager; an image
map is no hint, so a page showing one still has its other menus read by their shape,
and a language named in English ("Russian") is a language switch, no entry."""

from __future__ import annotations

import pytest

from scraper.extract.pages.navigation.pagers import steps_through
from tests.pages import Entry, menu_entries

SITE = "https://www.example.org"

pytestmark = pytest.mark.unit


def _menu(body: str, url: str = f"{SITE}/section/page") -> list[Entry]:
    return menu_entries(body, url)


SITEMAP = ("<main><h1>Page</h1><p>Body text.</p></main><footer><div class='cols'>"
           "<div><h2>About</h2><ul><li><a href='/who'>Who</a></li>"
           "<li><a href='/mandate'>Mandate</a></li><li><a href='/head'>Head</a></li>"
           "<li><a href='/offices'>Offices</a></li></ul></div>"
           "<div><h2>Our work</h2><h3>Democracy</h3><ul><li><a href='/elections'>Elections"
           "</a></li><li><a href='/gov'>Governance</a></li></ul>"
           "<h3>Security</h3><ul><li><a href='/policing'>Policing</a></li>"
           "<li><a href='/borders'>Borders</a></li></ul></div></div></footer>")


def test_second_subheaded_list_stands_under_the_column_heading() -> None:
    assert ("Policing", "/policing", ["Our work", "Security"]) in _menu(SITEMAP)


DRAWER = ("<header><nav aria-label='site navigation'><a href='/news'>News</a>"
          "<a href='/jobs'>Jobs</a><a href='/about'>About</a></nav></header>"
          "<aside><nav aria-label='site navigation'><a href='/news'>News</a>"
          "<a href='/jobs'>Jobs</a><a href='/about'>About</a></nav>"
          "<ul><li><p tabindex='0'>Field operations</p><ul>"
          "<li><a href='/albania'>Albania</a></li><li><a href='/serbia'>Serbia</a></li>"
          "</ul></li><li><a href='/states'>States</a></li></ul></aside>"
          "<main><h1>Field operations</h1><p>Body text.</p>"
          "<nav aria-label='page navigation'><a href='/institutions'><span>Prev</span>"
          "<span>Institutions</span></a><a href='/partnerships'><span>Next</span>"
          "<span>Partnerships</span></a></nav></main>")


def test_list_beside_a_landmark_in_a_sidebar_is_menu() -> None:
    assert ("Albania", "/albania", ["Field operations"]) in _menu(DRAWER)


def test_previous_next_links_between_documents_give_nothing() -> None:
    assert not any(url == "/partnerships" for _, url, _ in _menu(DRAWER))


@pytest.mark.parametrize(("texts", "expected"), [
    (["Prev Institutions", "Next Partnerships"], True),
    (["« Previous", "Next »"], True),
    (["News", "Next steps"], False),
])
def test_steps_through(texts: list[str], expected: bool) -> None:
    from lxml import html
    links = [html.fromstring(f"<a href='/x'>{t}</a>") for t in texts]
    assert steps_through(links) is expected


OLD_HOME = ("<table><tr><td colspan='2'><img src='h.gif' usemap='#m' alt='Site'>"
            "<map name='m'><area href='/index.htm' alt='Home'>"
            "<area href='/about.htm' alt='About'><area href='/docs.htm' alt='Documents'>"
            "<area href='/r/index.htm' alt='Russian'></map></td></tr>"
            "<tr><td><table><tr><td><b>Bodies</b></td></tr><tr><td>"
            "<a href='/council.htm'>Council</a><br><a href='/office.htm'>Office</a><br>"
            "<a href='/assembly.htm'>Assembly</a><br></td></tr>"
            "<tr><td><b>Resources</b></td></tr><tr><td>"
            "<a href='/new.htm'>What's new</a><br><a href='/book.htm'>Handbook</a><br>"
            "<a href='/jobs.htm'>Vacancies</a><br></td></tr></table></td>"
            "<td><font size='5'>Welcome</font><p>Some words of welcome for the reader "
            "of the home page, in a sentence or two.</p></td></tr></table>")


def test_image_map_leaves_the_left_column_read_by_shape() -> None:
    assert ("Council", "/council.htm", ["Bodies"]) in _menu(OLD_HOME, f"{SITE}/")


def test_language_named_in_english_is_no_entry() -> None:
    assert not any(name == "Russian" for name, _, _ in _menu(OLD_HOME, f"{SITE}/"))

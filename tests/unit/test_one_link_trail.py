"""A breadcrumb of one link (a page one step below the home page) is told by the
separator after its link and the page's own name after that; it is no menu, and its
"Home" link no entry."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.document import Document
from scraper.extract.pages.navigation import NavigationPage
from scraper.extract.pages.navigation.trail import is_trail, names_page

_MENU = ("<header><a href='/it' class='x1'><img src='/a.png' alt=''></a>"
         "<nav aria-label='Menu principale'><ul>"
         "<li><a href='/it/arms-control'>Controllo degli armamenti</a></li>"
         "<li><a href='/it/elections'>Elezioni</a></li>"
         "<li><a href='/it/newsroom'>Sala stampa</a></li></ul></nav></header>")


def _entries(trail: str) -> list[dict[str, object]]:
    page = NavigationPage(Document(
        url="https://www.osce.org/it/fields-of-work",
        text=f"<html lang='it'><head><title>Settori di attività | OSCE</title></head><body>"
             f"{_MENU}<main><nav aria-label='Percorso' class='q7'>{trail}</nav>"
             f"<h1>Settori di attività</h1><p>Testo.</p></main></body></html>"))
    return page.entries()


def test_one_link_trail_is_no_menu() -> None:
    urls = [e["url"] for e in _entries("<a href='/it'>Home</a> › <span>Settori di attività</span>")]
    assert "https://www.osce.org/it" not in urls
    assert "https://www.osce.org/it/elections" in urls


def test_a_lone_link_not_followed_by_the_page_name_stays() -> None:
    # a second menu of one link, followed by words that are not the page's name
    urls = [e["url"] for e in _entries("<a href='/it/contatti'>Contatti</a> › <span>Altro</span>")]
    assert "https://www.osce.org/it/contatti" in urls


@pytest.mark.parametrize(("markup", "trail"), [
    ("<nav><a href='/'>Home</a> › <span>Settori di attività</span></nav>", True),
    ("<nav><a href='/'>Home</a> &gt; Settori di attività</nav>", True),
    ("<nav><a href='/'>Home</a> / <a href='/a'>A</a> / <span>B</span></nav>", True),
    ("<nav><a href='/'>Home</a> › <span>Something else</span></nav>", False),
    ("<nav><a href='/'>Home</a> <span>Settori di attività</span></nav>", False),
    ("<nav><a href='/'>Home</a></nav>", False),
])
def test_is_trail(markup: str, trail: bool) -> None:
    el = html.fragment_fromstring(markup)
    links = el.xpath(".//a")
    assert is_trail(el, links, ["Settori di attività | OSCE", "Settori di attività"]) is trail


@pytest.mark.parametrize(("text", "named"), [
    ("Settori di attività", True), ("settori di attivita", True), ("OSCE", True),
    ("Settori", True), ("attività | OSCE x", False), ("Sett", False), ("", False),
])
def test_names_page(text: str, named: bool) -> None:
    assert names_page(text, ["Settori di attività | OSCE"]) is named

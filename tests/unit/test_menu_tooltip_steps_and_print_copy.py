"""A documentation theme's top bar, a navigation landmark beside the sidebar menu: its
icon links to the page before and after (a chevron, named by a tooltip ending on the
arrow key that turns to it) are a pager's steps, and its printer icon leads to the
page's printable copy beside it (``index.print.html``): neither is a menu entry."""

from __future__ import annotations

from scraper.extract.pages.navigation.chrome import prints_page
from scraper.extract.pages.navigation.pagers import steps_by_tooltip
from tests.pages import menu_entries

PAGE = "https://www.osce.org/it/elezioni/"

SIDEBAR = ("<aside><ul class='collapsible-menu'>"
           "<li><a href='/it/istruzione/'>Istruzione</a></li>"
           "<li><a href='/it/elezioni/'>Elezioni</a></li>"
           "<li><a href='/it/ambiente/'>Ambiente</a></li></ul></aside>")


def _topbar(prev: str, nxt: str) -> str:
    return ("<nav id='topbar'><div class='area'>"
            "<a href='/it/elezioni/index.print.html' title='Stampa (CTRL+ALT+p)'>"
            "<i class='fas fa-print'></i></a>"
            f"<a href='/it/istruzione/' title='{prev}'><i class='fas fa-chevron-left'></i></a>"
            f"<a href='/it/ambiente/' title='{nxt}'><i class='fas fa-chevron-right'></i></a>"
            "</div></nav>")


def test_a_top_bars_chevrons_and_print_icon_give_no_entries() -> None:
    entries = menu_entries(_topbar("Istruzione (🡐)", "Ambiente (🡒)") + SIDEBAR, PAGE)
    assert entries == [("Istruzione", "/it/istruzione/", []),
                       ("Elezioni", "/it/elezioni/", []),
                       ("Ambiente", "/it/ambiente/", [])]


def test_a_tooltip_ending_on_an_arrow_is_a_step() -> None:
    assert steps_by_tooltip("Istruzione (🡐)")
    assert steps_by_tooltip("→ Partnerships")
    assert not steps_by_tooltip("Home")
    assert not steps_by_tooltip("Search (CTRL+ALT+f)")


def test_the_printable_copy_lies_beside_the_page() -> None:
    paths = frozenset({"/it/elezioni/"})
    assert prints_page("https://www.osce.org/it/elezioni/index.print.html", paths)
    assert prints_page("https://www.osce.org/it/elezioni/print.html", paths)
    assert not prints_page("https://www.osce.org/it/blueprint/", paths)
    assert not prints_page("https://www.osce.org/it/altro/index.print.html", paths)


def test_a_books_one_print_page_is_no_copy_of_the_page() -> None:
    # mdBook's print.html, the same from every chapter, beside the chapter's own file
    paths = frozenset({"/book/intro.html"})
    assert not prints_page("https://www.osce.org/book/print.html", paths)
    assert prints_page("https://www.osce.org/book/intro.print.html", paths)

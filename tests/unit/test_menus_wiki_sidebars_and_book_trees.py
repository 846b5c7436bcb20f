"""Mechanisms that wiki and book-platform menus showed.

A wiki sidebar read by its shape (DokuWiki's sidebar page: ``h1`` and ``h2`` sections,
each heading numbered by its section editor's class ``sectionedit<n>``): a heading's
rank is its tag, so the next ``<h2>`` closes the open one whatever its class, and a
heading the column gave is not read again from the box or list it heads.  A book
tree's collapsed branch behind a disclosure button (``aria-expanded``, no id named:
BookStack's chapter toggle) is a panel a reader opens, however few its links.  A
link that logs the reader in, and a page's tools named by an action after the page's
own address (``/page/<name>/export/pdf``), are no site menu."""

from __future__ import annotations

from typing import Any

from tests.pages import menu_records


def _menu(body: str, url: str = "https://www.osce.org/wiki/doku.php?id=start"
          ) -> list[dict[str, Any]]:
    return menu_records(body, url)


def _li(href: str, name: str) -> str:
    return f"<li class='level1'><div class='li'><a href='{href}'>{name}</a></div></li>"


def test_wiki_sidebar_sections_close_at_the_next_heading_of_their_rank() -> None:
    body = ("<div class='aside'><div class='group'>"
            "<h1 class='sectionedit1'>Navigation</h1><div class='level1'><ul>"
            + _li("/wiki/doku.php?id=home", "Home") + _li("/wiki/doku.php?id=news", "News")
            + "</ul></div>"
            "<h2 class='sectionedit2'>Fields</h2><div class='level2'><ul>"
            + _li("/wiki/doku.php?id=arms", "Arms control")
            + _li("/wiki/doku.php?id=borders", "Borders") + "</ul>"
            "<p><a href='/wiki/doku.php?id=fields'>All fields</a></p></div>"
            "<h2 class='sectionedit3'>Structures</h2><div class='level2'><ul>"
            "<li class='level1 node'><div class='li'>"
            "<a href='/wiki/doku.php?id=sec'>Secretariat</a></div><ul>"
            + _li("/wiki/doku.php?id=sg", "Secretary General")
            + _li("/wiki/doku.php?id=cpc", "Conflict Prevention Centre")
            + "</ul></li></ul></div></div></div>"
            "<div class='page'><h1>Start</h1><p>Welcome to the wiki of the section, "
            "with its pages listed on the side.</p></div>")
    paths = {e["name"]: e["path"] for e in _menu(body)}
    assert paths["Home"] == ["Navigation"]
    assert paths["Arms control"] == ["Navigation", "Fields"]
    assert paths["All fields"] == ["Navigation", "Fields"]
    assert paths["Secretariat"] == ["Navigation", "Structures"]
    assert paths["Secretary General"] == ["Navigation", "Structures", "Secretariat"]


def _chapter(href: str, name: str, pages: list[tuple[str, str]], shown: bool) -> str:
    style = "" if shown else " style='display: none;'"
    items = "".join(f"<li class='page'><a href='{h}' class='entity-list-item'>"
                    f"<h4>{n}</h4></a></li>" for h, n in pages)
    return (f"<li class='chapter'><a href='{href}' class='entity-list-item'><h4>{name}</h4>"
            "</a><div class='entity-list-item no-hover'><div class='content'>"
            "<div component='chapter-contents'>"
            f"<button type='button' aria-expanded='{'true' if shown else 'false'}' "
            f"class='chapter-contents-toggle'><span>{len(pages)} pages</span></button>"
            f"<div class='chapter-contents'{style}><ul>{items}</ul></div>"
            "</div></div></div></li>")


def test_collapsed_book_chapter_behind_its_toggle_counts_however_few_its_pages() -> None:
    tree = ("<nav id='book-tree' aria-label='Book navigation'><h5>Book navigation</h5>"
            "<ul class='sidebar-page-list'>"
            + _chapter("/books/b/chapter/news", "News",
                       [("/books/b/page/n1", "First"), ("/books/b/page/n2", "Second"),
                        ("/books/b/page/n3", "Third")], True)
            + _chapter("/books/b/chapter/docs", "Documents",
                       [("/books/b/page/d1", "Report"), ("/books/b/page/d2", "Tenders")],
                       False)
            + "</ul></nav>")
    entries = _menu(tree, "https://www.osce.org/books/b/page/n1")
    paths = {e["name"]: e["path"] for e in entries}
    assert paths["Report"] == ["Book navigation", "Documents", "2 pages"]
    assert paths["Tenders"] == ["Book navigation", "Documents", "2 pages"]


def test_login_link_and_page_export_menu_are_no_entries() -> None:
    body = ("<header><nav class='header-links'><a href='/shelves'>Shelves</a>"
            "<a href='/books'>Books</a><a href='/login'>Log in</a></nav></header>"
            "<main><h1>Round table</h1><p>Text.</p></main>"
            "<aside><div class='actions'><h5>Actions</h5>"
            "<div class='dropdown-container' id='export-menu'>"
            "<div aria-haspopup='true' aria-expanded='false' aria-label='Export'>Export</div>"
            "<ul class='dropdown-menu' role='menu'>"
            "<li><a href='/books/b/page/round-table/export/html'>Web file</a></li>"
            "<li><a href='/books/b/page/round-table/export/pdf'>PDF file</a></li>"
            "<li><a href='/books/b/page/round-table/export/markdown'>Markdown</a></li>"
            "</ul></div></div></aside>")
    entries = _menu(body, "https://www.osce.org/books/b/page/round-table")
    assert [e["name"] for e in entries] == ["Shelves", "Books"]


def test_session_and_page_action_addresses() -> None:
    from scraper.extract.pages.navigation.chrome import about_page, is_session_link

    assert is_session_link("https://www.osce.org/login")
    assert is_session_link("https://www.osce.org/wiki/doku.php?id=start&do=login")
    assert not is_session_link("https://www.osce.org/de/forum/whats-new/profile-posts/")
    assert about_page("https://www.osce.org/books/b/page/round-table/revisions", "round table")
    # a page under the page on view is a sub-page, no tool about it
    assert not about_page("https://www.osce.org/about/history-of-the-osce", "about")

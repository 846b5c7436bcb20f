"""Menu designs (Bootstrap Italia): the only menu inside a navbar's collapsible panel
hidden by an inline style, a mega menu's title row over its rows of columns, a second
row of the menu naming pages from deep in its submenus."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


def _links(*paths: str) -> str:
    return "".join(f"<li><a href='/{p}'>{p.title()}</a></li>" for p in paths)


def test_the_only_menu_in_a_collapsed_navbar_is_the_menu_a_wide_screen_shows() -> None:
    # the toggler shows on small screens only, yet no other menu is on view: the
    # style sheet shows the panel on wide screens
    body = ("<header><a href='/'>OSCE</a></header>"
            "<nav class='navbar'><button class='navbar-toggler d-lg-none' "
            "aria-controls='nav-main' aria-expanded='false'>Menu</button>"
            "<div class='navbar-collapsable' id='nav-main' style='display: none'>"
            f"<ul class='navbar-nav'>{_links('work', 'news', 'about')}</ul></div></nav>"
            "<main><h1>Elections</h1><p>Text.</p></main>")
    assert [e[1] for e in _menu(body)] == ["/work", "/news", "/about"]


def test_a_mega_menu_title_row_labels_the_rows_of_columns_under_it() -> None:
    columns = "".join(f"<div class='col-4'><ul>{_links(*group)}</ul></div>"
                      for group in (("arms", "borders"), ("elections", "media")))
    panel = ("<div class='megamenu'><div class='row'><div class='col-12'><div class='wrap'>"
             "<h2>Fields of work</h2></div></div></div>"
             f"<div class='row'>{columns}</div></div>")
    body = ("<nav><ul><li><button id='mm' aria-expanded='false'>What we do</button>"
            f"<div class='dropdown-menu' aria-labelledby='mm'>{panel}</div></li>"
            f"{_links('newsroom')}</ul></nav>")
    entries = _menu(body)
    assert entries[0] == ("Arms", "/arms", ["What we do", "Fields of work"])
    assert entries[3] == ("Media", "/media", ["What we do", "Fields of work"])
    assert entries[4] == ("Newsroom", "/newsroom", [])


def test_a_second_row_naming_pages_deep_in_the_menu_is_no_copy_of_it() -> None:
    body = ("<nav aria-label='Main'><ul class='navbar-nav'><li><button>What we do</button>"
            f"<div class='dropdown-menu'><ul>{_links('elections', 'media', 'youth')}</ul>"
            f"</div></li>{_links('newsroom')}</ul>"
            f"<ul class='navbar-nav navbar-secondary'>{_links('elections', 'media', 'jobs')}"
            "</ul></nav>")
    entries = _menu(body)
    assert [e[1] for e in entries] == ["/elections", "/media", "/youth", "/newsroom", "/jobs"]
    assert entries[-1] == ("Jobs", "/jobs", [])

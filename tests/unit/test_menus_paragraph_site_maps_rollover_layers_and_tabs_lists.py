"""Menu rules:

- a footer site map written as paragraphs of one link each under column headings (a
  page builder's rich text, no lists) is the page's only menu; a heading holding its
  link over such lines is an entry and labels them;
- hidden layers named ``submenu`` that rollover links outside every named box show are
  submenus of those links' column, no menus of their own: the column is read by shape;
- a list named ``tabs`` (Apache Forrest's ``ul#tabs > li > a``) above the headline is
  the site's top row of tabs, beside the menu the page names."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/docs/page.html")


def _column(title: str, names: list[str]) -> str:
    return (f"<div class='col'><div class='text'><h4>{title}</h4>"
            + "".join(f"<p><a href='/{n.lower()}'>{n}</a></p>" for n in names)
            + "</div></div>")


@pytest.mark.unit
def test_footer_site_map_of_paragraph_lines_is_the_only_menu() -> None:
    body = ("<header><a href='/'><img src='logo.png' alt='Logo'></a></header>"
            "<main><h1>Welcome</h1><p>Some text of the home page.</p></main>"
            "<footer class='site-footer'><div class='row'>"
            + _column("What we do", ["Elections", "Youth", "Media", "Gender"])
            + _column("<a href='/newsroom'>Newsroom</a>",
                      ["Releases", "Photos", "Videos", "Contacts"])
            + "</div><div class='copy'>© 2021</div></footer>")
    assert _menu(body) == [
        ("Elections", "/elections", ["What we do"]), ("Youth", "/youth", ["What we do"]),
        ("Media", "/media", ["What we do"]), ("Gender", "/gender", ["What we do"]),
        ("Newsroom", "/newsroom", []), ("Releases", "/releases", ["Newsroom"]),
        ("Photos", "/photos", ["Newsroom"]), ("Videos", "/videos", ["Newsroom"]),
        ("Contacts", "/contacts", ["Newsroom"])]


def _layer(ident: str, names: list[str]) -> str:
    return (f"<tr><td><div id='{ident}' class='submenu' style='display:none'>"
            + "".join(f"<a href='/{n.lower()}'>{n}</a><br>" for n in names)
            + "</div></td></tr>")


def _button(href: str, alt: str, layer: str = "") -> str:
    show = f" onMouseOver=\"MM_showHideLayers('{layer}','','show')\"" if layer else ""
    return f"<tr><td><a href='{href}'{show}><img src='b.gif' alt='{alt}'></a></td></tr>"


@pytest.mark.unit
def test_rollover_submenu_layers_belong_to_their_unnamed_column() -> None:
    body = ("<table>" + _button("/home", "Home") + _button("/about", "About", "sub_about")
            + _layer("sub_about", ["History", "States"])
            + _button("/press", "Press", "sub_press") + _layer("sub_press", ["Releases", "Photos"])
            + _button("/jobs", "Jobs") + "</table>")
    assert _menu(body) == [
        ("Home", "/home", []), ("About", "/about", []), ("History", "/history", ["About"]),
        ("States", "/states", ["About"]), ("Press", "/press", []),
        ("Releases", "/releases", ["Press"]), ("Photos", "/photos", ["Press"]),
        ("Jobs", "/jobs", [])]


@pytest.mark.unit
def test_list_named_tabs_is_the_sites_top_row() -> None:
    body = ("<div class='header'><ul id='tabs'><li><a href='/index.html'>Home</a></li>"
            "<li class='current'><a href='/docs/index.html'>Docs</a></li>"
            "<li><a href='/press/index.html'>Press</a></li></ul></div>"
            "<nav id='menu'><ul><li><a href='/about/a.html'>History</a></li>"
            "<li><a href='/docs/index.html'>Overview</a></li></ul></nav>"
            "<div id='content'><h1>Page</h1><p>Text of the page.</p></div>")
    assert _menu(body) == [
        ("Home", "/index.html", []), ("Docs", "/docs/index.html", []),
        ("Press", "/press/index.html", []), ("History", "/about/a.html", [])]


@pytest.mark.unit
def test_tabs_switching_panels_are_no_top_row() -> None:
    body = ("<div class='header'><ul id='tabs'><li><a href='#one'>One</a></li>"
            "<li><a href='#two'>Two</a></li><li><a href='#three'>Three</a></li></ul></div>"
            "<nav><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li></ul></nav>"
            "<div id='content'><h1>Page</h1><p>Text of the page.</p></div>")
    assert _menu(body) == [("A", "/a", []), ("B", "/b", [])]

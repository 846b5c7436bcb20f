"""Image-button menus and their popups, and a phone drawer opened from the navbar.

- A column of rollover image buttons (each a link named only by its picture's ``alt``)
  whose flyouts are written beside them is a column of links: the pictures are its
  entries, not a banner under its groups; a ``javascript:`` button labels its flyout,
  above the flyout's own bold region rows.
- A popup an exporter writes after the button bar, tied to its button only by the id
  the button's pointer handler names, is that button's collapsed group: a section's
  side menu repeating its links makes it no hidden copy.
- A drawer shown on small screens only (``d-lg-none``), opened by the navbar's burger,
  repeats the menu: whatever it adds (an app link) gives nothing.
"""

from __future__ import annotations

from typing import Any

from tests.pages import menu_records


def _menu(body: str, url: str = "https://www.osce.org/page") -> list[dict[str, Any]]:
    return menu_records(body, url)


def _button(href: str, alt: str, layer: str = "") -> str:
    return (f"<tr><td><a href=\"{href}\" onmouseover=\"show('{layer}')\">"
            f"<img src='/b.gif' alt='{alt}'></a>{_layer(layer) if layer else ''}</td></tr>")


def _layer(ident: str) -> str:
    rows = {"sub1": "<tr><td><a href='/about/what'>What we are</a></td></tr>"
                    "<tr><td><a href='/about/states'>States</a></td></tr>",
            "sub2": "<tr><td><b>Balkans</b></td></tr>"
                    "<tr><td><a href='/albania'>Albania</a></td></tr>"
                    "<tr><td><a href='/skopje'>Skopje</a></td></tr>"
                    "<tr><td><b>Caucasus</b></td></tr>"
                    "<tr><td><a href='/baku'>Baku</a></td></tr>"}[ident]
    return f"<div id='{ident}' style='visibility:hidden'><table>{rows}</table></div>"


def test_a_column_of_image_buttons_with_flyouts_is_the_menu() -> None:
    column = ("<table>" + _button("/about", "About us", "sub1")
              + _button("javascript:void(0)", "Field work", "sub2")
              + _button("/documents", "Documents") + _button("/jobs", "Jobs") + "</table>")
    body = (f"<table><tr><td>{column}</td><td><h1>Welcome</h1><p>Some words of the "
            "page, long enough to be text.</p></td></tr></table>")
    got = {e["name"]: e["path"] for e in _menu(body)}
    assert got["About us"] == []
    assert got["States"] == ["About us"]
    assert got["Albania"] == ["Field work", "Balkans"]
    assert got["Baku"] == ["Field work", "Caucasus"]
    assert got["Documents"] == []
    assert got["Jobs"] == []
    assert "Field work" not in got


def test_a_popup_written_after_the_bar_is_its_buttons_group() -> None:
    names = ["Home", "About", "Elections", "Media"]
    bar = "".join(f"<a href='/{n.lower()}' id='b{i}' onmouseover=\"over('b{i}','b{i}M')\">"
                  f"<img src='/{i}.png' alt='{n}'></a>" for i, n in enumerate(names))
    popup = ("<div id='b2M' class='wpmenu' style='visibility:hidden'>"
             "<a href='/observe'>Observation</a><a href='/reports'>Reports</a>"
             "<a href='/method'>Method</a></div>")
    side = ("<div id='nav_2'>" + "".join(
        f"<a href='/{s}'><img src='/s{s}.png' alt='{s.title()}'></a>"
        for s in ("observe", "reports", "method", "calendar")) + "</div>")
    body = f"<div id='nav_1'>{bar}</div>{popup}{side}<h1>Elections</h1><p>Text.</p>"
    got = {e["name"]: e["path"] for e in _menu(body, "https://www.osce.org/elections")}
    assert got["Observation"] == ["Elections"]
    assert got["Method"] == ["Elections"]
    assert got["Calendar"] == []


def test_a_small_screen_drawer_opened_by_the_burger_gives_nothing() -> None:
    links = "".join(f"<li class='nav-item'><a class='nav-link' href='/{s}'>{s.title()}</a></li>"
                    for s in ("news", "work", "places", "about", "resources"))
    body = ("<nav class='navbar' aria-label='Main'><button class='navbar-toggler' "
            "aria-controls='drawer'><span class='visually-hidden'>Open the menu</span>"
            f"</button><ul class='navbar-nav'>{links}</ul></nav>"
            "<div class='offcanvas offcanvas-end d-lg-none' id='drawer'><ul>"
            + links.replace("nav-item", "list-group-item")
            + "<li><a href='/app'>Get the app</a></li></ul></div><main><h1>Home</h1></main>")
    got = [e["url"] for e in _menu(body)]
    assert "https://www.osce.org/news" in got
    assert "https://www.osce.org/app" not in got

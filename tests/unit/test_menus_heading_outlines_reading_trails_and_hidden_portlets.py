"""Menu rules:

- a sidebar written as an outline (``h2`` over ``h3`` groups, each with its list) nests
  each group under the ``h2`` above it;
- a reading order's trail ("« Prev: A | Up | Next: B »") is no menu, its "up" link
  between the two steps included;
- a portlet hidden whole, its heading with it, among portlets on view that no control
  opens is switched off: no reader reaches it."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/docs/page/")


def _items(names: list[str]) -> str:
    return "".join(f"<li><a href='/{n.lower()}/'>{n}</a></li>" for n in names)


_TRAIL = ("<div class='trail'><span class='trailprev'><a href='../a/'>« Poprzedni: "
          "Raport</a></span> | <span class='trailup'><a href='../'>Aktualności</a>"
          "</span> | <span class='trailnext'><a href='../b/'>Następny: Konferencja »"
          "</a></span></div>")
_SIDEBAR = ("<div class='sidebar'><p><a href='/'>Home</a> · <a href='/contact/'>Contact</a>"
            " · <a href='/jobs/'>Jobs</a></p><form action='/s'><input name='q'></form>"
            "<h2>Our work</h2><h3>Fields</h3>"
            f"<ul>{_items(['Elections', 'Youth', 'Media'])}</ul>"
            "<p><a href='/fields/'>All fields »</a></p>"
            f"<h3>Meetings</h3><ul>{_items(['Council', 'Forum'])}</ul>"
            "<h2>Offices</h2><ul><li><a href='/docs/'>Docs office</a></li>"
            f"{_items(['Vienna', 'Warsaw'])}</ul></div>")
_CONTENT = "<div id='content'><h1>Title</h1><p>Some text of the page.</p></div>"


@pytest.mark.unit
def test_outline_of_headings_nests_sub_groups() -> None:
    entries = _menu(_SIDEBAR + _CONTENT)
    assert entries[3:] == [
        ("Elections", "/elections/", ["Our work", "Fields"]),
        ("Youth", "/youth/", ["Our work", "Fields"]),
        ("Media", "/media/", ["Our work", "Fields"]),
        ("All fields", "/fields/", ["Our work", "Fields"]),
        ("Council", "/council/", ["Our work", "Meetings"]),
        ("Forum", "/forum/", ["Our work", "Meetings"]),
        ("Docs office", "/docs/", ["Offices"]),
        ("Vienna", "/vienna/", ["Offices"]), ("Warsaw", "/warsaw/", ["Offices"])]


@pytest.mark.unit
def test_reading_order_trail_with_up_link_is_no_menu() -> None:
    entries = _menu(_TRAIL + _SIDEBAR + _CONTENT)
    assert ("Docs office", "/docs/", ["Offices"]) in entries
    assert not any(e[0] == "Aktualności" for e in entries)


@pytest.mark.unit
def test_portlet_hidden_whole_among_shown_peers_gives_nothing() -> None:
    def portlet(pid: str, title: str, names: list[str], extra: str = "", attrs: str = "") -> str:
        return (f"<nav id='{pid}' class='portal{extra}' role='navigation' {attrs}>"
                f"<h3>{title}</h3><div class='body'><ul>{_items(names)}</ul></div></nav>")
    body = ("<div id='panel'>"
            + portlet("p-nav", "Navigation", ["Home", "About", "News"])
            + portlet("p-work", "Work", ["Elections", "Youth", "Media"], " expanded")
            + portlet("p-tb", "Tools", ["Links", "Special", "Info"], "",
                      "style='display:none' aria-hidden='true'")
            + "</div><h1>Title</h1><p>Text.</p>")
    assert [e[0] for e in _menu(body)] == ["Home", "About", "News", "Elections", "Youth",
                                           "Media"]

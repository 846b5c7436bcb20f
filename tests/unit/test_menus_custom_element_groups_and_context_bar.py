"""Menu designs: a component library's side menu whose collapsible groups are custom
elements (a host element holding the group's toggle, then its links), the toggle's
icon carrying a title hidden by an ``is-``-prefixed off-screen class; a context bar
(SLDS) whose first part shows the app's name before the items, whose dropdowns head
their groups with separators that show words (some of them links), and whose icon
links are named only by screen-reader words."""

from __future__ import annotations

from lxml import html

from scraper.extract.visible import is_hidden, is_screen_reader_only
from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/elections") -> list[Entry]:
    return menu_entries(body, url)


_MAIN = "<main><h1>Elections</h1><p>Free and fair elections.</p></main>"


# ------------------------------------------------------------ custom-element groups
def _side_nav(hidden_class: str = "is-off-screen") -> str:
    groups = [("Topics", [("/elections", "Elections"), ("/youth", "Youth")], "Collapse"),
              ("Offices", [("/vienna", "Vienna"), ("/warsaw", "Warsaw")], "Expand")]
    out = []
    for label, links, state in groups:
        out.append(
            "<x-side-group class='side-group'><div class='side-group-head'>"
            f"<button type='button' aria-expanded='false'><div class='side-group-text'>{label}"
            f"</div><x-icon shape='caret' title='{state}'><span class='{hidden_class}'>{state}"
            "</span></x-icon></button></div><div class='side-group-body'><x-side-links>"
            + "".join(f"<a class='side-link' href='{u}'>{n}</a>" for u, n in links)
            + "</x-side-links></div></x-side-group>")
    return (f"<x-side-nav role='navigation' aria-label='Sections'><div class='side-content'>"
            f"{''.join(out)}<a class='side-link' href='/about'>About</a></div></x-side-nav>")


def test_a_custom_element_group_is_labelled_by_its_toggle() -> None:
    # <x-side-group> is a box as a <div> is: its first child (the toggle) titles the
    # links after it
    assert _menu(_side_nav() + _MAIN) == [
        ("Elections", "/elections", ["Topics"]), ("Youth", "/youth", ["Topics"]),
        ("Vienna", "/vienna", ["Offices"]), ("Warsaw", "/warsaw", ["Offices"]),
        ("About", "/about", [])]


def test_an_is_prefixed_off_screen_class_is_screen_reader_only() -> None:
    for name in ("is-off-screen", "is-offscreen", "is-sr-only", "off-screen"):
        span = html.fromstring(f"<span class='{name}'>Expand</span>")
        assert is_screen_reader_only(span), name
        assert is_hidden(span), name
    # a state class that hides nothing, and a menu sliding off screen, stay shown
    for name in ("is-open", "is-active", "menu-offscreen"):
        assert not is_hidden(html.fromstring(f"<div class='{name}'>Menu</div>")), name


# ------------------------------------------------------------ the context bar
_APP = ("<div class='bar__primary'><div class='bar__item'><span class='bar__app-name'>"
        "<span title='OSCE'>OSCE</span></span></div></div>")


def _dropdown(label: str, ident: str, items: str) -> str:
    return (f"<li class='bar__item' aria-haspopup='true'><button aria-expanded='false' "
            f"aria-controls='{ident}'><span>{label}</span><span class='slds-assistive-text'>"
            f" – Toggle submenu</span></button><div class='dropdown' id='{ident}'>"
            f"<ul role='menu'>{items}</ul></div></li>")


def _item(url: str, name: str) -> str:
    return (f"<li class='dropdown__item'><a href='{url}' role='menuitem'><span>{name}</span>"
            "</a></li>")


def _header(words: str) -> str:
    return f"<li class='dropdown__header' role='separator'>{words}</li>"


def _context_bar(app: str = _APP, tools: str = "") -> str:
    work = _dropdown("Our work", "dd-work", _header("<span>Fields of work</span>")
                     + _item("/elections", "Elections") + _item("/youth", "Youth")
                     + _header("<span>In the field</span>") + _item("/projects", "Projects"))
    bodies = _dropdown("Structures", "dd-struct", _item("/chair", "Chairpersonship")
                       + _header("<a href='/secretariat'>Secretariat</a>")
                       + _item("/secretary-general", "Secretary General")
                       + _header("<a href='/institutions'>Institutions</a>")
                       + _item("/odihr", "ODIHR")
                       + "<li role='separator' class='dropdown__divider'></li>"
                       + _item("/closed", "Closed field activities"))
    about = "<li class='bar__item'><a href='/about-us'><span>About us</span></a></li>"
    return (f"<header><nav class='context-bar' aria-label='Main navigation'>{app}"
            f"<div class='bar__secondary'><ul role='menubar'>{work}{bodies}{about}</ul></div>"
            f"{tools}</nav></header>{_MAIN}")


_BAR = [("Elections", "/elections", ["Our work", "Fields of work"]),
        ("Youth", "/youth", ["Our work", "Fields of work"]),
        ("Projects", "/projects", ["Our work", "In the field"]),
        ("Chairpersonship", "/chair", ["Structures"]),
        ("Secretariat", "/secretariat", ["Structures"]),
        ("Secretary General", "/secretary-general", ["Structures", "Secretariat"]),
        ("Institutions", "/institutions", ["Structures"]),
        ("ODIHR", "/odihr", ["Structures", "Institutions"]),
        ("Closed field activities", "/closed", ["Structures"]),
        ("About us", "/about-us", [])]


def test_the_app_name_before_the_bar_is_no_level() -> None:
    # the app's name (its box's class: app + name) names the site, as a logo does
    bar = (f"<nav class='context-bar' aria-label='Main navigation'>{_APP}"
           "<div class='bar__secondary'><ul role='menubar'>"
           + _dropdown("Our work", "dd-work", _item("/elections", "Elections"))
           + "<li class='bar__item'><a href='/about-us'><span>About us</span></a></li>"
           "</ul></div></nav>")
    assert _menu(bar + _MAIN) == [("Elections", "/elections", ["Our work"]),
                                  ("About us", "/about-us", [])]


def test_separators_with_words_head_the_items_below_them() -> None:
    # a separator showing words heads the items below it, a link in it is an entry
    # under no other heading; a separator without words ends the group
    assert _menu(_context_bar()) == _BAR


def test_a_site_name_box_before_the_items_is_no_level() -> None:
    app = "<div class='bar__primary'><div class='site-name'>OSCE</div></div>"
    assert _menu(_context_bar(app)) == _BAR


def test_a_title_before_the_items_still_labels_them() -> None:
    # a title whose box names no site stays a level of the menu
    app = "<div class='bar__primary'><div class='bar__title'>Menu of work</div></div>"
    assert _menu(_context_bar(app))[0] == (
        "Elections", "/elections", ["Menu of work", "Our work", "Fields of work"])


def test_an_icon_link_named_by_screen_reader_words_is_an_entry() -> None:
    tools = ("<div class='bar__tertiary'><ul>"
             "<li class='bar__item'><a href='/search'><svg aria-hidden='true'></svg>"
             "<span class='slds-assistive-text'>Search</span></a></li>"
             "<li class='bar__item'><a href='/rss'><svg aria-hidden='true'></svg>"
             "<span class='sr-only'>RSS feeds</span></a></li></ul></div>")
    assert _menu(_context_bar(tools=tools))[-2:] == [
        ("Search", "/search", []), ("RSS feeds", "/rss", [])]

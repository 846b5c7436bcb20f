"""Menu designs: the sidebars of documentation generators. A tree of pages named by a
class word alone (Furo's ``div.sidebar-tree``, no landmark or role), its toctrees headed
by caption paragraphs and its current page printed as a ``#`` link; and Material for
MkDocs' sections, each a ``nav`` nested in its item after a checkbox toggle, repeating
the section's name as a drawer title."""

from __future__ import annotations

from tests.pages import Entry, menu_entries

_SITE = "https://www.example.org"


def _menu(body: str, url: str) -> list[Entry]:
    return menu_entries(body, url)


def _toggle(n: int, name: str, checked: bool = False) -> str:
    """Furo's toggle of a level: a hidden checkbox and a label saying only, to screen
    readers, what it opens, beside an arrow icon."""
    return (f"<input class='toctree-checkbox' id='cb-{n}' type='checkbox' role='switch'"
            f"{' checked' if checked else ''}/><label for='cb-{n}'><div class='visually-hidden'>"
            f"Toggle navigation of {name}</div><i class='icon'><svg><use href='#arrow'/></svg>"
            "</i></label>")


# ------------------------------------------------------------------ a tree named by class
def test_a_sidebar_tree_named_by_its_class_is_the_menu_under_its_captions() -> None:
    # no nav, no role, no menu word: the class word "tree" names the site's tree of
    # pages; each toctree's caption paragraph heads its list, a link with a toggle heads
    # the level it opens, the toggle's screen-reader words label nothing
    body = (
        "<aside class='sidebar-drawer'><a class='sidebar-brand' href='/index.html'>Docs</a>"
        "<div class='sidebar-tree'>"
        "<p class='caption' role='heading'><span class='caption-text'>About</span></p><ul>"
        "<li class='toctree-l1 has-children'><a href='/about/index.html'>Overview</a>"
        + _toggle(1, "Overview")
        + "<ul><li class='toctree-l2'><a href='/about/mandate.html'>Mandate</a></li>"
        "<li class='toctree-l2'><a href='/about/staff.html'>Staff</a></li></ul></li>"
        "<li class='toctree-l1'><a href='/about/contacts.html'>Contacts</a></li></ul>"
        "<p class='caption' role='heading'><span class='caption-text'>Press</span></p><ul>"
        "<li class='toctree-l1'><a href='/press/news.html'>News</a></li>"
        "<li class='toctree-l1'><a href='/press/photos.html'>Photos</a></li></ul>"
        "</div></aside>"
        "<main><h1>Contacts</h1><p>Text with <a href='/press/news.html'>a link</a>.</p></main>")
    assert _menu(body, f"{_SITE}/about/contacts.html") == [
        ("Overview", "/about/index.html", ["About"]),
        ("Mandate", "/about/mandate.html", ["About", "Overview"]),
        ("Staff", "/about/staff.html", ["About", "Overview"]),
        ("Contacts", "/about/contacts.html", ["About"]),
        ("News", "/press/news.html", ["Press"]),
        ("Photos", "/press/photos.html", ["Press"]),
    ]


# ------------------------------------------------------------------ the current page as "#"
def test_the_current_page_printed_as_a_hash_link_leads_to_the_page_itself() -> None:
    # Sphinx prints the page on view as <a class="current reference internal" href="#">,
    # heading the level of its own subpages: an entry at the page's address
    body = (
        "<nav class='sidebar'><ul>"
        "<li class='toctree-l1 current'><a class='reference internal' href='index.html'>"
        "Media</a><ul class='current'>"
        "<li class='toctree-l2 current'><a class='current reference internal' href='#'>"
        "Safety</a><ul><li class='toctree-l3'><a href='courses.html'>Courses</a></li>"
        "<li class='toctree-l3'><a href='aid.html'>Legal aid</a></li></ul></li>"
        "<li class='toctree-l2'><a href='literacy.html'>Literacy</a></li></ul></li>"
        "</ul></nav><main><h1>Safety</h1></main>")
    assert _menu(body, f"{_SITE}/media/safety.html") == [
        ("Media", "/media/index.html", []),
        ("Safety", "/media/safety.html", ["Media"]),
        ("Courses", "/media/courses.html", ["Media", "Safety"]),
        ("Legal aid", "/media/aid.html", ["Media", "Safety"]),
        ("Literacy", "/media/literacy.html", ["Media"]),
    ]


def test_a_hash_link_opening_a_submenu_is_still_no_entry() -> None:
    # a "#" link that is a control (aria-expanded), though its section is current,
    # leads nowhere: its submenu's links are the entries, under its words
    body = (
        "<nav><ul><li><a href='/'>Home</a></li>"
        "<li class='current'><a class='current' href='#' aria-expanded='false'>Our work</a>"
        "<ul><li><a href='/elections'>Elections</a></li><li><a href='/policing'>Policing</a>"
        "</li></ul></li></ul></nav><main><h1>Elections</h1></main>")
    assert _menu(body, f"{_SITE}/elections") == [
        ("Home", "/", []),
        ("Elections", "/elections", ["Our work"]),
        ("Policing", "/policing", ["Our work"]),
    ]


# ------------------------------------------------------------------ Material for MkDocs
def _section(n: str, title: str, index: str | None, items: str) -> str:
    """A Material for MkDocs section: checkbox toggle, the index link beside an icon
    label (or the label showing the title), then the nested nav with its drawer title."""
    head = (f"<div class='md-nav__link md-nav__container'><a href='{index}' class='md-nav__link'>"
            f"<span class='md-ellipsis'>{title}</span></a>"
            f"<label class='md-nav__link' for='__nav_{n}' id='__nav_{n}_label'>"
            "<span class='md-nav__icon md-icon'></span></label></div>") if index else (
        f"<label class='md-nav__link' for='__nav_{n}' id='__nav_{n}_label'>"
        f"<span class='md-ellipsis'>{title}</span><span class='md-nav__icon md-icon'></span>"
        "</label>")
    return (f"<li class='md-nav__item md-nav__item--nested'>"
            f"<input class='md-nav__toggle md-toggle' type='checkbox' id='__nav_{n}'>{head}"
            f"<nav class='md-nav' data-md-level='1' aria-labelledby='__nav_{n}_label' "
            f"aria-expanded='false'><label class='md-nav__title' for='__nav_{n}'>"
            f"<span class='md-nav__icon md-icon'></span> {title}</label>"
            f"<ul class='md-nav__list'>{items}</ul></nav></li>")


def _item(href: str, name: str) -> str:
    return (f"<li class='md-nav__item'><a href='{href}' class='md-nav__link'>"
            f"<span class='md-ellipsis'>{name}</span></a></li>")


def test_a_section_nested_as_a_nav_in_its_item_is_labelled_by_its_head_once() -> None:
    # the item's words are its index link (or its label) before the nested nav: the
    # nav's words are its own entries, no part of the label; its drawer title repeats
    # the section's name, no second level
    states = _section("2_1", "Participating States", None,
                      _item("/countries/albania/", "Albania")
                      + _item("/countries/austria/", "Austria"))
    countries = _section("2", "Countries", "/countries/",
                         states + _item("/partners/", "Partners"))
    body = ("<nav class='md-nav md-nav--primary' aria-label='Navigation'>"
            "<ul class='md-nav__list'>" + _item("/", "Home") + countries + "</ul></nav>"
            "<main><h1>Home</h1></main>")
    assert _menu(body, f"{_SITE}/") == [
        ("Home", "/", []),
        ("Countries", "/countries/", []),
        ("Albania", "/countries/albania/", ["Countries", "Participating States"]),
        ("Austria", "/countries/austria/", ["Countries", "Participating States"]),
        ("Partners", "/partners/", ["Countries"]),
    ]

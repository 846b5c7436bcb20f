"""Menu designs: a component library's mega menu (PrimeVue) whose items carry their
accessible name (``aria-label`` on the ``li``) while their links' words are
``aria-hidden``, column headers standing as list items beside items whose links sit in
a wrapper box; an accordion overlay menu whose sections open by buttons, beside a
hidden sticky bar linking those sections by the same words."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]
_URL = "https://www.osce.org/de/elections"


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"


def _menu(body: str) -> list[Entry]:
    records = extract(_page(body).encode(), _URL, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


# ------------------------------------------------------------------ PrimeVue mega menu
def _item(url: str, name: str, spoken_above: bool = True) -> str:
    """A menu item: its name on the ``li``, its link's words hidden from assistive
    technology (as PrimeVue renders it), the link wrapped in a content box."""
    label, hidden = (f" aria-label='{name}'", " aria-hidden='true' tabindex='-1'") \
        if spoken_above else ("", "")
    return (f"<li class='p-menuitem' role='menuitem'{label}><div class='p-menuitem-content'>"
            f"<a href='{url}' class='p-menuitem-link'{hidden}><span>{name}</span></a></div></li>")


def _column(header: str, links: list[tuple[str, str]], spoken_above: bool = True) -> str:
    return ("<div class='p-megamenu-col-6'><ul class='p-submenu-list' role='menu'>"
            f"<li class='p-submenu-header' role='presentation'>{header}</li>"
            + "".join(_item(u, n, spoken_above) for u, n in links) + "</ul></div>")


def _toggle(label: str, columns: list[str]) -> str:
    """A root item without a link: its words open a panel of columns, hidden by CSS."""
    return (f"<li class='p-menuitem' role='menuitem' aria-label='{label}' aria-haspopup='true' "
            f"aria-expanded='false'><div class='p-menuitem-content'><a class='p-menuitem-link' "
            f"tabindex='-1' aria-hidden='true'><span>{label}</span></a></div>"
            "<div class='p-megamenu-panel'><div class='p-megamenu-grid'>"
            + "".join(columns) + "</div></div></li>")


def _megamenu(items: str, burger: bool = False) -> str:
    button = ("<a role='button' class='p-megamenu-button' aria-expanded='false' "
              "aria-controls='mm_list' aria-label='Navigation'></a>") if burger else ""
    return (f"<header><div class='p-megamenu'>{button}<ul id='mm_list' "
            f"class='p-megamenu-root-list' role='menubar'>{items}</ul></div></header>"
            "<main><h1>Elections</h1><p>Text.</p></main>")


_TOPICS = [("/de/arms-control", "Arms control"), ("/de/border-management", "Borders"),
           ("/de/elections", "Elections")]
_FIELD = [("/de/field-operations", "Field operations"), ("/de/projects", "Projects")]


def test_links_whose_words_their_item_speaks_are_on_view() -> None:
    # every link aria-hidden, no control around the menu: the items' names are their
    # links' words, so a reader sees the links
    menu = _megamenu(_toggle("Our work", [_column("Topics", _TOPICS)])
                     + _item("/de/newsroom", "Press"))
    assert _menu(menu) == [*((n, u, ["Our work", "Topics"]) for u, n in _TOPICS),
                           ("Press", "/de/newsroom", [])]


def test_a_toggle_whose_words_its_item_speaks_labels_its_panel() -> None:
    # the links reachable anyway (the small screen's button controls the list): the
    # toggle's aria-hidden words still label the panel
    menu = _megamenu(_toggle("Our work", [_column("Topics", _TOPICS)]), burger=True)
    assert [p for _, _, p in _menu(menu)] == [["Our work", "Topics"]] * 3


def test_aria_hidden_words_another_name_covers_stay_hidden() -> None:
    # an icon's glyph hidden under a button named otherwise is no text on view
    doc = Document.from_bytes(_page(
        "<button aria-label='Close menu'><span aria-hidden='true'>×</span></button>"
        "<li aria-label='Elections'><a href='/e' aria-hidden='true'>Elections</a></li>"
    ).encode(), _URL)
    button, link = doc.root.xpath("//button")[0], doc.root.xpath("//a")[0]
    assert doc.element_text(button) == ""
    assert doc.element_text(link.getparent()) == "Elections"


def test_a_header_item_titles_items_whose_links_sit_in_a_box() -> None:
    # links on view, each in the item's content box: the header list item before them
    # titles them, column by column
    menu = _megamenu(_toggle("Our work", [_column("Topics", _TOPICS, spoken_above=False),
                                          _column("In the field", _FIELD, spoken_above=False)]))
    assert _menu(menu) == [*((n, u, ["Our work", "Topics"]) for u, n in _TOPICS),
                           *((n, u, ["Our work", "In the field"]) for u, n in _FIELD)]


# ------------------------------------------------------------------ sticky bar over an accordion
_SECTIONS = [("work", "Unsere Arbeit"), ("events", "Tagungen"), ("states", "Länder")]


def _accordion(ident: str, label: str, links: list[tuple[str, str]]) -> str:
    return (f"<li><button type='button' aria-expanded='false' aria-controls='{ident}'>"
            f"<span>{label}</span><span class='sr-only'> – Untermenü öffnen</span></button>"
            f"<ul id='{ident}' hidden>"
            + "".join(f"<li><a href='{u}'>{n}</a></li>" for u, n in links) + "</ul></li>")


def _overlay(sticky: bool) -> str:
    bar = ("<div class='sticky-nav' aria-hidden='true' hidden><ul>"
           + "".join(f"<li><a href='/de/{u}' tabindex='-1'>{n}</a></li>" for u, n in _SECTIONS)
           + "</ul></div>") if sticky else ""
    groups = "".join(_accordion(f"g{i}", n, [(f"/de/{u}/{k}", f"{n} {k}") for k in ("a", "b")])
                     for i, (u, n) in enumerate(_SECTIONS))
    return (f"{bar}<div id='menu' role='dialog' aria-label='Hauptmenü'><nav>"
            f"<ul><li><a href='/de/'>Startseite</a></li>{groups}</ul></nav></div>"
            "<main><h1>Grenzmanagement</h1><p>Text.</p></main>")


def test_a_hidden_bar_linking_the_sections_an_accordion_opens_is_a_copy() -> None:
    without = _menu(_overlay(sticky=False))
    assert len(without) == 7
    assert _menu(_overlay(sticky=True)) == without


def test_a_panel_whose_overview_link_is_named_as_its_toggle_is_no_copy() -> None:
    # the panel's own toggle says the words of its first link: the panel opens in place
    menu = ("<nav><ul><li><a href='/de/'>Home</a></li>"
            + _accordion("about", "About", [("/de/about", "About"), ("/de/team", "Team")])
            + "</ul></nav><main><h1>x</h1><p>Text.</p></main>")
    assert _menu(menu) == [("Home", "/de/", []), ("About", "/de/about", ["About"]),
                           ("Team", "/de/team", ["About"])]

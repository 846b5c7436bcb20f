"""A component library's dropdown: a trigger that is no link and its panel, side by side.

Polymer's ``paper-menu-button`` holds a ``paper-button`` saying it opens a popup
(``aria-haspopup``) and then the panel of links, which the component itself hides: no
class or attribute of the panel says so.  The trigger's shown words label the links in
the panel; a trigger saying it is closed (``aria-expanded="false"``) before a box on
view opens something else (Headless UI's menu button, its menu not rendered yet).  A
link wrapped whole around one element (``<a><paper-item>Podcasts <span
class="badge">NEW</span></paper-item></a>``) is named by that element's words, its
badge left out."""

from __future__ import annotations

from tests.pages import menu_entries

PANEL = ("<div slot='dropdown-content' class='panel'><div class='col'>"
         "<a href='/arms-control'><paper-item>Arms control</paper-item></a>"
         "<a href='/policing'><paper-item>Policing</paper-item></a>"
         "<a href='/podcasts'><paper-item>Podcasts <span class='badge'>NEW</span>"
         "</paper-item></a></div></div>")


def _page(trigger: str) -> str:
    return ("<nav aria-label='Main'><a href='/'>Home</a>"
            f"<paper-menu-button>{trigger}{PANEL}</paper-menu-button>"
            "<a href='/publications'>Publications</a></nav>")


BUTTON = ("<paper-button slot='dropdown-trigger' aria-haspopup='true'>Our work"
          "<span class='visually-hidden'> – open submenu</span></paper-button>")


def test_a_popup_trigger_that_is_no_link_labels_the_panel_after_it() -> None:
    assert menu_entries(_page(BUTTON)) == [
        ("Home", "/", []),
        ("Arms control", "/arms-control", ["Our work"]),
        ("Policing", "/policing", ["Our work"]),
        ("Podcasts", "/podcasts", ["Our work"]),
        ("Publications", "/publications", []),
    ]


def test_a_trigger_saying_it_is_closed_opens_no_box_on_view() -> None:
    closed = BUTTON.replace("aria-haspopup='true'", "aria-haspopup='menu' aria-expanded='false'")
    assert [path for _, _, path in menu_entries(_page(closed))] == [[]] * 5


def test_a_badge_inside_the_one_element_a_link_wraps_is_no_part_of_its_name() -> None:
    names = [name for name, _, _ in menu_entries(_page(BUTTON))]
    assert "Podcasts" in names
    assert "Podcasts NEW" not in names

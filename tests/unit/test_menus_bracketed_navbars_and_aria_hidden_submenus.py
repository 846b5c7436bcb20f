"""Menu designs (FrontPage 2000, Arc XP Themes): a text navbar bracketing each item, the
page on view unlinked among them, in ``<nobr>`` boxes; and a closed flyout whose submenu
links are themselves hidden from assistive technology."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


_SECTIONS = [("/press", "Press room"), ("/documents", "Documents"), ("/jobs", "Jobs")]


# ------------------------------------------------------------------ FrontPage navbar
def test_a_bracketed_navbar_with_the_page_on_view_unlinked_is_a_menu_bar() -> None:
    # FrontPage's text navbar: "[ Home ] [ Press room ] …", the current page no link
    items = " ".join(f'[&nbsp;<a href="{u}">{n}</a>&nbsp;]' for u, n in _SECTIONS)
    bar = f'<p align="center"><font size="2">[&nbsp;Home&nbsp;] {items}</font></p>'
    assert _menu(f"{bar}<h1>Welcome</h1><p>Some words of the page.</p>") == [
        (n, u, []) for u, n in _SECTIONS]


def test_links_of_a_bar_kept_on_one_line_by_nobr_are_a_menu_bar() -> None:
    items = " | ".join(f'<nobr><a href="{u}">{n}</a></nobr>' for u, n in _SECTIONS)
    assert _menu(f"<p><font size='2'>{items}</font></p><h1>Welcome</h1>") == [
        (n, u, []) for u, n in _SECTIONS]


def test_two_unlinked_bracketed_names_make_text_not_a_bar() -> None:
    # only the page on view stands unlinked in a navbar: a second name is prose
    items = " ".join(f'[ <a href="{u}">{n}</a> ]' for u, n in _SECTIONS)
    assert _menu(f"<p>[ Home ] [ Archive ] {items}</p><h1>Welcome</h1>") == []


# ------------------------------------------------------------------ Arc XP flyout
def _flyout(group: str, links: list[tuple[str, str]], panel_id: str = "sub") -> str:
    """A section link, a caret toggle controlling the submenu (``aria-expanded``,
    ``aria-controls``), the submenu's links each ``aria-hidden`` as a closed panel."""
    items = "".join(f'<li><a href="{u}" aria-hidden="true" tabindex="-1">{n}</a></li>'
                    for u, n in links)
    return (f'<li><div class="anchor"><a href="/{group.lower()}" tabindex="-1">{group}</a>'
            f'<button type="button" aria-expanded="false" aria-controls="{panel_id}" '
            f'aria-label="Show {group} sub sections" tabindex="-1"><svg aria-hidden="true">'
            f'</svg></button></div><div class="container"><ul id="{panel_id}">{items}</ul>'
            "</div></li>")


_FIELDS = [("/elections", "Elections"), ("/policing", "Policing"), ("/youth", "Youth")]


def test_aria_hidden_links_of_a_submenu_a_toggle_opens_are_entries() -> None:
    body = (f"<nav aria-label='Sections'><ul><li><a href='/newsroom'>Newsroom</a></li>"
            f"{_flyout('Fields', _FIELDS)}</ul></nav><main><h1>Page</h1></main>")
    assert _menu(body) == [("Newsroom", "/newsroom", []), ("Fields", "/fields", []),
                           *((n, u, ["Fields"]) for u, n in _FIELDS)]


def test_an_aria_hidden_glyph_inside_a_collapsed_submenus_link_is_no_part_of_its_name() -> None:
    links = [("/elections", 'Elections <span aria-hidden="true">&#8250;</span>'),
             ("/policing", "Policing"), ("/youth", "Youth")]
    body = f"<nav><ul>{_flyout('Fields', links)}</ul></nav><h1>Page</h1>"
    assert ("Elections", "/elections", ["Fields"]) in _menu(body)


def test_aria_hidden_links_repeating_a_menu_on_view_are_a_hidden_copy() -> None:
    # the same links again in a toggled panel, plus one: a copy gives nothing
    shown = "".join(f"<li><a href='{u}'>{n}</a></li>" for u, n in _FIELDS)
    copy = _flyout("Fields", [*_FIELDS, ("/extra", "Extra")])
    body = f"<nav><ul>{shown}</ul></nav><nav><ul>{copy}</ul></nav><h1>Page</h1>"
    assert "/extra" not in {u for _, u, _ in _menu(body)}


def test_an_aria_hidden_link_without_a_toggle_is_a_decorative_duplicate() -> None:
    # a second link beside an item (an image link a screen reader skips): no entry
    items = "".join(f"<li><a href='{u}'>{n}</a><a href='{u}/more' aria-hidden='true' "
                    f"tabindex='-1'>{n} more</a></li>" for u, n in _FIELDS)
    assert _menu(f"<nav><ul>{items}</ul></nav><h1>Page</h1>") == [
        (n, u, []) for u, n in _FIELDS]

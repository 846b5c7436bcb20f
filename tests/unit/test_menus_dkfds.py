"""Menu design of hold-out set 38 (a design system's mega panel holding an accordion):
a collapsed accordion group of the site menu whose pages a section's side menu
("In this section") repeats later in the page is a part of the menu, not a hidden copy
of the side menu."""

from __future__ import annotations

from tests.pages import menu_entries

_UNITS = [("/secretariat", "Overview"), ("/secretary-general", "Secretary General"),
          ("/conflict-prevention", "Conflict Prevention Centre"),
          ("/transnational-threats", "Transnational Threats"), ("/gender", "Gender")]
_INSTITUTIONS = [("/odihr", "ODIHR"), ("/hcnm", "High Commissioner"), ("/rfom", "Media Freedom")]
_PLAIN = [("/chairpersonship", "Chairpersonship"), ("/parliamentary-assembly", "Assembly"),
          ("/court", "Court of Conciliation"), ("/structure", "Organizational structure")]


def _items(links: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in links)


def _group(ident: str, label: str, links: list[tuple[str, str]]) -> str:
    """An accordion group: a heading's button (its words closed by a screen-reader-only
    count) controlling a panel hidden from assistive technology while closed."""
    return (f'<li><h3><button aria-expanded="false" aria-controls="{ident}">{label}'
            f'<span class="sr-only"> ({len(links)} links)</span></button></h3>'
            f'<div id="{ident}" aria-hidden="true"><ul>{_items(links)}</ul></div></li>')


def _page(side: list[tuple[str, str]]) -> str:
    panel = (f"<ul>{_items(_PLAIN[:1])}</ul><ul>{_group('g1', 'Secretariat', _UNITS)}"
             f"{_group('g2', 'Institutions', _INSTITUTIONS)}</ul><ul>{_items(_PLAIN[1:])}</ul>")
    menu = (f'<nav aria-label="Main menu"><ul><li><button aria-expanded="false" '
            f'aria-controls="mega"><span class="sr-only">Show submenu </span>'
            f'<span>Structures</span></button><div id="mega" aria-hidden="true">{panel}</div>'
            f'</li><li><a href="/newsroom">Newsroom</a></li></ul></nav>')
    aside = f'<aside><nav aria-label="In this section"><ul>{_items(side)}</ul></nav></aside>'
    return f"<header>{menu}</header>{aside}<main><h1>Secretariat</h1><p>Words.</p></main>"


def test_a_collapsed_accordion_group_repeated_by_a_section_side_menu_is_no_copy() -> None:
    menu = menu_entries(_page(side=_UNITS[:3]))
    assert menu == [
        (n, u, ["Structures"]) for u, n in _PLAIN[:1]] + [
        (n, u, ["Structures", "Secretariat"]) for u, n in _UNITS] + [
        (n, u, ["Structures", "Institutions"]) for u, n in _INSTITUTIONS] + [
        (n, u, ["Structures"]) for u, n in _PLAIN[1:]] + [("Newsroom", "/newsroom", [])]


def test_a_collapsed_group_repeating_its_own_menus_links_is_still_a_copy() -> None:
    # the same menu's links again in a toggled panel of it, plus one: a copy for another
    # screen inside the menu's box gives nothing, however small a part of the menu it is
    copy = _group("g9", "More", [*_UNITS[:3], ("/extra", "Extra")])
    shown = _items([*_UNITS, *_INSTITUTIONS, *_PLAIN])
    menu = menu_entries(f"<nav><ul>{copy}{shown}</ul></nav><h1>P</h1>")
    assert "/extra" not in {u for _, u, _ in menu}

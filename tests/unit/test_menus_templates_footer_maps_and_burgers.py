"""Menu designs: a menu kept in a <template>, a footer site map's columns named after
the footer, Plone's portal-globalnav, a small screen's burger opening the mobile copy,
mega-menu columns of one kind, a 'see all' link closing a group, counts and flags beside
names."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


COLUMNS = "".join(
    f"<div class='footer-sitemap__column'><h3>{title}</h3><ul>"
    + "".join(f"<li><a href='/{title[:3].lower()}{i}'>{title} {i}</a></li>" for i in range(4))
    + "</ul></div>" for title in ("Fields", "Structures", "Newsroom"))


def test_a_menu_in_a_template_is_none_and_the_footer_site_map_is_read() -> None:
    body = ("<header><template id='primary-nav-template'><nav class='primary'><ul>"
            "<li><a href='/a'>A</a></li><li><a href='/b'>B</a></li><li><a href='/c'>C</a>"
            "</li></ul></nav></template></header><main><h1>History</h1><p>Text.</p></main>"
            f"<footer><nav class='footer-sitemap' aria-label='Site map'>{COLUMNS}</nav></footer>")
    entries = _menu(body)
    assert len(entries) == 12
    assert entries[0] == ("Fields 0", "/fie0", ["Fields"])
    assert all(not e[1].startswith(("/a", "/b", "/c")) for e in entries)


def test_a_class_word_of_where_a_menu_sits_and_nav_names_a_menu() -> None:
    tabs = "".join(f"<li><a href='/{p}'>{p.title()}</a></li>" for p in ("home", "about", "news"))
    body = (f"<h5 class='hiddenStructure'>Sections</h5><ul id='portal-globalnav'>{tabs}</ul>"
            "<dl class='portlet'><dt>Navigation</dt><dd><ul class='portletNavigationTree'>"
            "<li><a href='/about'>About</a></li><li><a href='/about/team'>Team</a></li>"
            "<li><a href='/about/jobs'>Jobs</a></li></ul></dd></dl>")
    entries = _menu(body)
    assert entries[:3] == [("Home", "/home", []), ("About", "/about", []), ("News", "/news", [])]
    # an item's word ending in "menu" ("vocemenu") names no menu of its own
    items = "".join(f"<div class='vocemenu'><a href='/{p}'>{p}</a></div>" for p in "xyz")
    assert [e[2] for e in _menu(f"<nav>{items}</nav>")] == [[], [], []]


def test_a_panel_a_small_screen_burger_opens_is_the_mobile_copy() -> None:
    body = ("<button class='burger d-lg-none' aria-controls='offcanvas' aria-expanded='false'>"
            "Menu</button><nav class='main-nav'><ul><li><a href='/work'>Our work</a></li>"
            "<li><a href='/news'>Newsroom</a></li><li><a href='/who'>Who we are</a></li></ul>"
            "</nav><div class='offcanvas' id='offcanvas' hidden><ul><li><a href='/contacts'>"
            "Contacts</a></li><li><a href='/events'>Events</a></li><li><a href='/jobs'>Jobs</a>"
            "</li></ul></div>")
    assert [e[1] for e in _menu(body)] == ["/work", "/news", "/who"]


def test_mega_menu_columns_of_one_kind_are_peers_and_a_see_all_link_closes_its_group() -> None:
    panel = ("<div class='row'><div class='col'><a class='heading' href='/chair'>Chair</a></div>"
             "<div class='col'><a class='heading' href='/secretariat'>Secretariat</a><ul>"
             "<li><a href='/sg'>Secretary General</a></li><li><a href='/cpc'>CPC</a></li></ul>"
             "<a class='all' href='/secretariat/all'>All units →</a></div></div>")
    body = ("<nav><ul><li><button aria-expanded='false' aria-controls='p1'>Structures</button>"
            f"<div class='panel collapse' id='p1'>{panel}</div></li></ul></nav>")
    assert _menu(body) == [
        ("Chair", "/chair", ["Structures"]),
        ("Secretariat", "/secretariat", ["Structures"]),
        ("Secretary General", "/sg", ["Structures", "Secretariat"]),
        ("CPC", "/cpc", ["Structures", "Secretariat"]),
        ("All units", "/secretariat/all", ["Structures", "Secretariat"]),
    ]


def test_counts_and_flags_closing_a_name_are_no_part_of_it() -> None:
    body = ("<nav><ul><li><a href='/newsroom'><i class='fa fa-bullhorn'></i> Newsroom "
            "<span class='uk-badge'>5</span> <span class='parent-icon'>▾</span></a><ul>"
            "<li><a href='/advisories'>Media advisories <span>(2)</span></a></li>"
            "<li><a href='/projects'>Projects <span class='uk-label'>New</span></a></li>"
            "<li><a href='/g7'>Group of 7</a></li></ul></li></ul></nav>")
    assert _menu(body) == [
        ("Newsroom", "/newsroom", []),
        ("Media advisories", "/advisories", ["Newsroom"]),
        ("Projects", "/projects", ["Newsroom"]),
        ("Group of 7", "/g7", ["Newsroom"]),
    ]

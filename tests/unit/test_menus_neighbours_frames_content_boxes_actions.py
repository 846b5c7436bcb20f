"""Menus read as a reader sees them: a "Create topic" button in a menu panel is an
action, no entry (chrome.is_create_action); a sign-in link written ``Userlogin`` is
the reader's session (chrome.is_session_link); the main region's box around the page's
headline is no menu whatever its class says (roots.MenuRoots._is_menu); a flyout's
item line before an item of its kind marked as holding a submenu is its peer, no title
(paths._same_kind); a link closing a dropdown's table-cell column stands under the
column's title (paths.PathLabels._cell_closing_label); and a frame menu's foot (its
other languages, a mail address) keeps its column a column (column_lines.closes_column).
"""

from __future__ import annotations

from scraper.extract.pages.navigation.chrome import is_create_action, is_session_link
from tests.pages import menu_entries


def _names(entries: list) -> list[str]:
    return [name for name, _, _ in entries]


def test_a_create_action_in_a_menu_panel_is_no_entry() -> None:
    body = ("<nav aria-label='Main menu'><ul>"
            "<li><a href='/community'>Community</a><div class='panel'><ul>"
            "<li><a href='/community/forums'>Forums</a></li>"
            "<li><a href='/community/blogs'>Blogs</a></li>"
            "<li><a href='/community/t5/forums/postpage/board-id/x'>Створити тему</a></li>"
            "</ul></div></li><li><a href='/news'>News</a></li></ul></nav>")
    assert _names(menu_entries(body)) == ["Community", "Forums", "Blogs", "News"]


def test_create_words_are_told_in_the_sites_languages() -> None:
    assert is_create_action("Create topic")
    assert is_create_action("Créer un sujet")
    assert is_create_action("Neues Thema erstellen")
    assert not is_create_action("Create")   # a bare word names no action on anything
    assert not is_create_action("Creative industries")


def test_a_sign_in_written_userlogin_is_the_readers_session() -> None:
    assert is_session_link("https://www.osce.org/es/recursos/Special:Userlogin?returnto=X")
    assert not is_session_link("https://www.osce.org/es/recursos/Userguide")


_HEADER = ("<header><nav aria-label='Site'><ul><li><a href='/about'>About</a></li>"
           "<li><a href='/news'>News</a></li><li><a href='/where'>Where</a></li></ul></nav>"
           "</header>")


def test_the_main_regions_box_around_the_headline_is_no_menu_by_its_class() -> None:
    main = ("<main><div class='elm-nav-container'><h1>Guide</h1>"
            "<p>Last modified · <a href='/guide?action=history'>History</a></p>"
            "<ul><li><a href='/tags?tag=a'>a</a></li><li><a href='/tags?tag=b'>b</a></li></ul>"
            "</div></main>")
    assert _names(menu_entries(_HEADER, main=main)) == ["About", "News", "Where"]


def test_an_item_line_before_its_kind_marked_with_a_submenu_is_its_peer() -> None:
    body = ("<div class='navigation'><div class='tab'><a href='/structures'>Structures</a>"
            "<div class='drop' style='display:none'><div class='items'>"
            "<div class='item'><a href='/chair'>Chair</a></div>"
            "<div class='item arrow'><a href='/secretariat'>Secretariat</a>"
            "<div class='drop' style='display:none'>"
            "<div class='item'><a href='/sg'>Secretary General</a></div>"
            "<div class='item'><a href='/tnt'>Transnational threats</a></div></div></div>"
            "<div class='item'><a href='/pa'>Parliamentary Assembly</a></div>"
            "</div></div></div></div>")
    paths = {name: path for name, _, path in menu_entries(body)}
    assert paths["Secretariat"] == ["Structures"]
    assert paths["Secretary General"] == ["Structures", "Secretariat"]


def test_a_link_closing_a_table_cell_column_stands_under_its_title() -> None:
    body = ("<table class='menu'><tr><td><a href='/'>Home</a></td>"
            "<td onmouseover=\"show('m2')\"><a href='#' onclick=\"return show('m2')\">What we do"
            "</a><div id='m2' style='display:none'><table><tr>"
            "<td><span>Politico-military</span><ul><li><a href='/arms'>Arms</a></li>"
            "<li><a href='/borders'>Borders</a></li></ul></td>"
            "<td><span>Human</span><ul><li><a href='/elections'>Elections</a></li>"
            "<li><a href='/media'>Media</a></li></ul>"
            "<a href='/fields'>All fields of work &rsaquo;</a></td>"
            "</tr></table></div></td><td><a href='/news'>News</a></td></tr></table>")
    paths = {name: path for name, _, path in menu_entries(body)}
    assert paths["Elections"] == ["What we do", "Human"]
    assert paths["All fields of work"] == ["What we do", "Human"]


def _group(title: str, *names: str) -> str:
    lines = "".join(f"&nbsp;&middot;&nbsp;<a href='/{n.lower()}/'>{n}</a><br>" for n in names)
    return f"<tr><td><font><b>{title}</b><br>{lines}</font></td></tr>"


_RULE = "<tr><td><img src='/line.gif' alt=''></td></tr>"


def test_a_frame_menus_foot_of_languages_and_mail_keeps_it_a_column() -> None:
    foot = ("<tr><td><font><a href='/menu.htm'>English</a> | "
            "<a href='/de/menu.htm'>Deutsch</a><br><br>Last update: 5 February 1999<br>"
            "<a href='mailto:info@osce.org'>info@osce.org</a></font></td></tr>")
    body = ("<table>" + _group("The OSCE", "General", "States") + _RULE
            + _group("Bodies", "Summits", "Council") + _RULE
            + _group("Press", "News", "Documents") + _RULE + foot + "</table>")
    entries = menu_entries(body, url="https://www.osce.org/fr/menu.htm")
    assert ("General", "/general/", ["The OSCE"]) in entries
    assert ("Summits", "/summits/", ["Bodies"]) in entries
    assert not [n for n in _names(entries) if n in ("English", "Deutsch", "info@osce.org")]

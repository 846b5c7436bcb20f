"""Bars beside the site menu that a theme names like one (:mod:`.navigation.bars`): the
signed-in reader's own bar (a forum's notifications, messages, account menu and
"Create" button) and an app's toolbar of icon buttons over a book (print, repository,
the sidebar's toggle) are no menu; a counter badge is no entry."""

from __future__ import annotations

import pytest

from scraper.extract.pages.navigation.chrome import is_member_link
from tests.pages import Entry, menu_entries

SITE = "https://www.example.org"


def _menu(body: str, url: str = f"{SITE}/forum/guidelines/") -> list[Entry]:
    return menu_entries(body, url, main="<main><h1>Page</h1><p>Body text of the page.</p></main>")


MAIN_NAV = ("<nav><ul><li><a href='/forum/'>Forum</a></li>"
            "<li><a href='/forum/discover/'>Activity</a><ul>"
            "<li><a href='/forum/discover/unread/'>Unread content</a></li></ul></li>"
            "<li><a href='/forum/staff/'>Staff</a></li></ul></nav>")
USER_BAR = ("<ul id='elUserNav'>"
            "<li><a href='#create_menu' id='create'>Create</a><ul id='create_menu'>"
            "<li><a href='/forum/3-news/?do=add'>Topic</a></li>"
            "<li><a href='/forum/gallery/submit/'>Image</a></li></ul></li>"
            "<li><a href='/forum/notifications/' title='Notifications'><i class='fa'></i>"
            " <span class='count'>0</span></a></li>"
            "<li><a href='/forum/profile/12-desk/'>desk</a><ul>"
            "<li><a href='/forum/discover/unread/'>My activity</a></li>"
            "<li><a href='/forum/settings/'>Account settings</a></li>"
            "<li><a href='/forum/modcp/'>Moderator CP</a></li>"
            "<li><a href='/forum/admin/'>Admin CP</a></li>"
            "<li><a href='/forum/logout/'>Sign out</a></li></ul></li></ul>")


def test_member_bar_beside_the_navigation_is_no_menu() -> None:
    got = _menu(f"<header>{USER_BAR}{MAIN_NAV}</header>")
    assert [n for n, _, _ in got] == ["Forum", "Activity", "Unread content", "Staff"]
    # the address the bar listed first is the menu's, under its own label
    assert ("Unread content", "/forum/discover/unread/", ["Activity"]) in got


def test_member_bar_read_when_no_navigation_stands_beside_it() -> None:
    # nothing else marks the site's navigation: the box is not judged a reader's bar
    names = [n for n, _, _ in _menu(f"<header>{USER_BAR}</header>")]
    assert "Account settings" in names


def test_members_row_inside_a_drawer_is_dropped() -> None:
    drawer = ("<div class='drawer_menu'><ul class='tools'>"
              "<li><a href='/forum/profile/12-desk/'>Profile</a></li>"
              "<li><a href='/forum/settings/'>Account settings</a></li>"
              "<li><a href='/forum/logout/'>Sign out</a></li></ul>"
              "<ul><li><a href='/forum/rules/'>Rules</a></li>"
              "<li><a href='/forum/help/'>Help</a></li></ul></div>")
    names = [n for n, _, _ in _menu(MAIN_NAV + drawer)]
    assert "Rules" in names
    assert "Help" in names
    assert "Profile" not in names
    assert "Account settings" not in names


def test_admin_link_in_a_forum_menu_stays() -> None:
    menu = ("<div id='main_menu'><ul><li><a href='/index.php'>Home</a></li>"
            "<li><a href='/index.php?action=help'>Help</a></li>"
            "<li><a href='/admin/'>Administration</a></li>"
            "<li><a href='/index.php?action=calendar'>Calendar</a></li></ul></div>")
    assert "Administration" in [n for n, _, _ in _menu(menu)]


APP_BAR = ("<div id='menu-bar' class='menu-bar'><div class='left-buttons'>"
           "<label class='icon-button' aria-label='Toggle the sidebar' aria-controls='sidebar'>"
           "<i class='fa fa-bars'></i></label></div><h1 class='menu-title'>Book</h1>"
           "<div class='right-buttons'>"
           "<a href='print.html' title='Print this book' aria-label='Print this book'>"
           "<i class='fa fa-print'></i></a>"
           "<a href='../de/intro.html' hreflang='de'>DE</a>"
           "<a href='https://github.com/o/book' title='Git repository'>"
           "<i class='fa fa-github'></i></a></div></div>")
SIDEBAR = ("<nav id='sidebar' class='sidebar'><ol class='chapter'>"
           "<li><a href='intro.html'>Introduction</a></li>"
           "<li><a href='about.html'>About</a></li>"
           "<li><a href='contacts.html'>Contacts</a></li></ol></nav>")


def test_app_bar_of_icon_buttons_is_no_menu() -> None:
    got = _menu(SIDEBAR + APP_BAR, f"{SITE}/en/intro.html")
    assert [n for n, _, _ in got] == ["Introduction", "About", "Contacts"]


def test_bar_with_named_links_is_read() -> None:
    bar = APP_BAR.replace("<i class='fa fa-print'></i>", "Print")
    names = [n for n, _, _ in _menu(SIDEBAR + bar, f"{SITE}/en/intro.html")]
    assert "Print" in names
    assert "Git repository" in names


def test_icon_bar_without_a_toggle_is_read() -> None:
    bar = APP_BAR.replace(" aria-controls='sidebar'", "")
    names = [n for n, _, _ in _menu(SIDEBAR + bar, f"{SITE}/en/intro.html")]
    assert "Print this book" in names


def test_home_icon_in_a_real_menu_stays() -> None:
    nav = ("<nav class='menu'><a href='/' aria-label='Home'><i class='fa fa-home'></i></a>"
           "<a href='/about/'>About</a><a href='/news/'>News</a></nav>")
    names = [n for n, _, _ in _menu(nav)]
    assert names == ["Home", "About", "News"]


def test_counter_badge_is_no_entry_but_a_year_is() -> None:
    nav = ("<nav><ul><li><a href='/about/'>About</a></li>"
           "<li><a href='/inbox/' title='Messages'><i class='fa'></i> <span>2</span></a></li>"
           "<li><a href='/archive/2024/'>2024</a></li>"
           "<li><a href='/archive/2023/'><span>2023</span></a></li></ul></nav>")
    names = [n for n, _, _ in _menu(nav)]
    assert "2" not in names
    assert "Messages" not in names
    assert "2024" in names
    assert "2023" in names


@pytest.mark.parametrize(("url", "member"), [
    (f"{SITE}/forum/settings/", True),
    (f"{SITE}/forum/modcp/", True),
    (f"{SITE}/forum/3-news/?do=add", True),
    (f"{SITE}/forum/gallery/submit/", True),
    (f"{SITE}/forum/profile/12-desk/", True),
    (f"{SITE}/forum/3-news/", False),
    (f"{SITE}/index.php?action=calendar", False),
    (f"{SITE}/field-operations/", False),
])
def test_member_links(url: str, member: bool) -> None:
    assert is_member_link(url) is member


def test_member_control_panel_scripts() -> None:
    assert is_member_link(f"{SITE}/forum/ucp.php?i=prefs")
    assert not is_member_link(f"{SITE}/forum/viewforum.php?f=2")

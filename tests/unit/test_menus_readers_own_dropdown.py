"""A dropdown of the menu that is the signed-in reader's own (the avatar's menu
offering to sign out, a bell's list of their notifications) gives no entries, even
inside the menu's own landmark; a dropdown of the site's pages beside it does."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.osce.org/what", main="<h1>Home</h1>")


def _dropdown(label: str, items: str) -> str:
    return (f'<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown"'
            f' aria-expanded="false">{label}</a><ul class="dropdown-menu">{items}</ul></li>')


_SITE = _dropdown("Our work", '<li><a href="/elections">Elections</a></li>'
                  '<li><a href="/policing">Policing</a></li>')
_KEPT = [("Elections", "/elections", ["Our work"]), ("Policing", "/policing", ["Our work"])]


def _nav(*items: str) -> str:
    return f'<nav class="navbar"><ul class="nav navbar-nav">{_SITE}{"".join(items)}</ul></nav>'


def test_the_avatars_dropdown_offering_to_sign_out_gives_no_entries() -> None:
    own = _dropdown("jdoe", '<li><a href="/social/home.php">Jane Doe</a></li>'
                    '<li><a href="/gradebook/certificates.php">Certificates</a></li>'
                    '<li><a href="/index.php?logout=logout">Sign out</a></li>')
    assert _menu(_nav(own)) == _KEPT


def test_signing_out_through_a_confirmation_dialog_marks_the_dropdown_too() -> None:
    own = _dropdown("Jane Doe", '<li><a href="/people/activity">Activity log</a></li>'
                    '<li><a href="#" data-toggle="modal" data-target="#bye">Sign out</a></li>')
    dialog = ('<div id="bye" class="modal" aria-hidden="true">'
              '<a href="/user/logout">Sign out</a></div>')
    assert _menu(_nav(own) + dialog) == _KEPT


def test_a_dropdown_of_the_readers_notifications_gives_no_entries() -> None:
    bell = _dropdown("3", '<li><a href="/user/notifications/41">New report out</a></li>'
                     '<li><a href="/user/notifications">All notifications</a></li>')
    assert _menu(_nav(bell)) == _KEPT


def test_a_dropdown_of_the_sites_pages_under_a_toggle_is_read() -> None:
    other = _dropdown("Countries", '<li><a href="/countries/albania">Albania</a></li>'
                      '<li><a href="/countries/spain">Spain</a></li>')
    assert _menu(_nav(other)) == [*_KEPT, ("Albania", "/countries/albania", ["Countries"]),
                                  ("Spain", "/countries/spain", ["Countries"])]


def test_a_row_after_a_sidebar_toggle_is_no_dropdown_of_it() -> None:
    own = _dropdown("Jane Doe", '<li><a href="/user/7/edit">Profile</a></li>'
                    '<li><a href="/user/logout">Sign out</a></li>')
    bar = ('<nav class="navbar" aria-label="Service"><a href="#" class="sidebar-toggle"'
           ' data-toggle="push-menu" role="button"><span class="sr-only">Toggle</span></a>'
           '<div class="navbar-custom-menu">'
           '<ul class="nav navbar-nav"><li><a href="/search" aria-label="Search">'
           f'<i class="fa fa-search"></i></a></li>{own}</ul></div></nav>')
    assert ("Search", "/search", []) in _menu(bar)

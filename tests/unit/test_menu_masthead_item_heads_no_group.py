"""A sidebar's masthead item heads no group.

A sidebar menu may open with an item classed a header that holds the site's logo
link and the site's name (``li.nav-header`` with the logo image and "OSCE"): it names
the site, no group of the items below it, which stand at the top level.  A header
item saying words of its own still heads the items after it."""

from __future__ import annotations

from tests.pages import menu_entries

_SIDEBAR = (
    "<nav role='navigation'><ul class='nav' id='side-menu'>"
    "<li class='nav-header'>{header}</li>"
    "<li><a href='#'><span class='nav-label'>Areas</span></a>"
    "<ul class='nav nav-second-level'>"
    "<li><a href='/elections'>Elections</a></li>"
    "<li><a href='/policing'>Policing</a></li></ul></li>"
    "<li><a href='/multimedia'><i class='fa fa-film'></i> "
    "<span class='nav-label'>Multimedia</span> "
    "<span class='label label-warning'>New</span></a></li>"
    "<li><a href='/resources'><i class='fa fa-book'></i> "
    "<span class='nav-label'>Publications</span></a></li>"
    "</ul></nav>")

_LOGO = ("<div class='profile-element'><a href='/'><img alt='OSCE' "
         "src='/img/osce-logo-white.png'></a></div><div class='logo-element'>OSCE</div>")


def test_masthead_item_with_the_logo_heads_no_group() -> None:
    assert menu_entries(_SIDEBAR.format(header=_LOGO)) == [
        ("Elections", "/elections", ["Areas"]),
        ("Policing", "/policing", ["Areas"]),
        ("Multimedia", "/multimedia", []),
        ("Publications", "/resources", []),
    ]


def test_header_item_with_words_of_its_own_still_heads_the_items() -> None:
    entries = menu_entries(_SIDEBAR.format(header="Browse"))
    assert entries[-1] == ("Publications", "/resources", ["Browse"])

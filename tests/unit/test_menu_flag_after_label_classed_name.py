"""A link's name boxed in a "label" class stays its name before a flag.

A link's name may sit in a box whose class says "label" (``span.nav-label``) before a
flag (``span.label`` "New"): flags close a name and are never all of it, so the words
read first stay the name ("Multimedia", not "Multimedia New")."""

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


def test_flag_after_a_label_classed_name_is_dropped_not_the_name() -> None:
    names = [e[0] for e in menu_entries(_SIDEBAR.format(header=_LOGO))]
    assert names == ["Elections", "Policing", "Multimedia", "Publications"]


def test_count_after_a_label_classed_name_is_dropped_not_the_name() -> None:
    page = ("<nav role='navigation'><ul>"
            "<li><a href='/news'><span class='nav-label'>News</span> "
            "<span class='badge'>12</span></a></li>"
            "<li><a href='/events'><span class='nav-label'>Events</span></a></li>"
            "</ul></nav>")
    assert [e[0] for e in menu_entries(page)] == ["News", "Events"]

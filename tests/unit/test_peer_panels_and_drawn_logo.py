"""Sibling dropdown panels linking across each other are no copies of one another
(scraper/extract/pages/navigation/reach.py ``_peer_panel``); a drawn logo named by its
link's label is the logo (scraper/extract/pages/navigation/site_logo.py)."""

from __future__ import annotations

from tests.pages import menu_entries

PANELS = """<nav aria-label="Main"><ul>
<li><button aria-controls="p1" aria-expanded="false">Our work</button>
<div id="p1" hidden><ul><li><a href="/elections">Elections</a></li>
<li><a href="/partners/asian">Asian Partners</a></li>
<li><a href="/partners/mediterranean">Mediterranean Partners</a></li></ul></div></li>
<li><button aria-controls="p2" aria-expanded="false">Countries</button>
<div id="p2" hidden><ul><li><a href="/participating-states">All 57 States</a></li>
<li><a href="/chairpersonship">Chairpersonship 2025</a></li>
<li><a href="/partners/asian">Asian Partners</a></li>
<li><a href="/partners/mediterranean">Mediterranean Partners</a></li></ul></div></li>
<li><button aria-controls="p3" aria-expanded="false">Structures</button>
<div id="p3" hidden><ul><li><a href="/chairpersonship">Chairpersonship</a></li>
<li><a href="/permanent-council">Permanent Council</a></li>
<li><a href="/odihr">ODIHR</a></li></ul></div></li></ul></nav>"""


def test_a_panel_repeating_its_sibling_panels_links_is_read() -> None:
    entries = menu_entries(PANELS)
    assert ("All 57 States", "/participating-states", ["Countries"]) in entries
    assert ("Chairpersonship 2025", "/chairpersonship", ["Countries"]) in entries


LOGO = """<nav aria-label="Main"><div><a href="/" aria-label="OSCE home"><svg width="112"
height="36" aria-hidden="true"><rect width="112" height="36"></rect></svg></a></div>
<ul><li><a href="/about">About</a></li><li><a href="/news">News</a></li>
<li><a href="/contacts">Contacts</a></li></ul></nav>"""


def test_a_drawn_logo_named_for_the_site_leading_home_is_no_entry() -> None:
    assert [e[1] for e in menu_entries(LOGO)] == ["/about", "/news", "/contacts"]


HOME_ICON = """<nav aria-label="Main"><ul><li><a href="/" aria-label="Home"><svg
aria-hidden="true"></svg></a></li><li><a href="/about">About</a></li>
<li><a href="/news">News</a></li></ul></nav>"""


def test_a_drawn_home_icon_in_the_menu_stays_an_entry() -> None:
    assert ("Home", "/", []) in menu_entries(HOME_ICON)

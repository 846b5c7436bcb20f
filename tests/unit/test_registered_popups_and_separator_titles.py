"""Older menus whose groups only their markup's conventions tell:

- a forum's navbar (vBulletin): a row of like cells, one named by its id
  (``td#navbar_struktury``), is one bar; a cell whose own inline script hands the menu
  script its id (``vbmenu_register("navbar_fields")``) opens the hidden popup named
  after that id (``navbar_fields_menu``), whose links stand under the cell's words;
- a Mambo/Limbo menu of ``<br>`` lines: a separator span opening its line ("Fields")
  labels the links indented under it, not the link line above it."""

from __future__ import annotations

import pytest

from tests.pages import Entry, menu_entries

_MAIN = ("<table><tr><td><h1>Page</h1><p>Body text of the page.</p></td></tr></table>")


def _menu(body: str, url: str = "https://www.example.org/index.php") -> list[Entry]:
    return menu_entries(body, url, main=_MAIN)


_NAVBAR = """
<div><table><tr>
<td class="vbmenu_control"><a href="/index.php">Portal</a></td>
<td class="vbmenu_control"><a href="/news.php">News</a></td>
<td id="navbar_fields" class="vbmenu_control"><a href="#navbar_fields">Fields</a>
  <script type="text/javascript"> vbmenu_register("navbar_fields"); </script></td>
<td id="navbar_units" class="vbmenu_control"><a href="/units.php">Units</a>
  <script type="text/javascript"> vbmenu_register("navbar_units"); </script></td>
<td class="vbmenu_control"><a href="/faq.php">Help</a></td>
</tr></table></div>
<div class="vbmenu_popup" id="navbar_fields_menu" style="display:none"><table>
<tr><td class="vbmenu_option"><a href="/elections">Elections</a></td></tr>
<tr><td class="vbmenu_option"><a href="/policing">Policing</a></td></tr>
</table></div>
<div class="vbmenu_popup" id="navbar_units_menu" style="display:none"><table>
<tr><td class="vbmenu_option"><a href="/secretariat">Secretariat</a></td></tr>
<tr><td class="vbmenu_option"><a href="/odihr">ODIHR</a></td></tr>
</table></div>
"""


@pytest.mark.unit
def test_navbar_row_and_its_registered_popups() -> None:
    menu = _menu(_NAVBAR)
    assert sorted(menu) == sorted([
        ("Portal", "/index.php", []), ("News", "/news.php", []),
        ("Elections", "/elections", ["Fields"]), ("Policing", "/policing", ["Fields"]),
        ("Units", "/units.php", []),
        ("Secretariat", "/secretariat", ["Units"]), ("ODIHR", "/odihr", ["Units"]),
        ("Help", "/faq.php", []),
    ])


_RUN = """
<table class="moduletable_menu"><tr><td>
<img src="arrow.png" alt="" /> <a href="/index.php" class="mainlevel_menu">Home</a><br />
<img src="arrow.png" alt="" /> <a href="/about" class="mainlevel_menu">About</a><br />
&nbsp;&nbsp;<img src="i1.png" alt="" /> <a href="/states" class="sublevel_menu">States</a><br />
&nbsp;&nbsp;<img src="i1.png" alt="" /> <a href="/bodies" class="sublevel_menu">Bodies</a><br />
<img src="arrow.png" alt="" /> <span class="mainlevel_menu separator">Fields</span><br />
&nbsp;&nbsp;<img src="i1.png" alt="" /> <a href="/arms" class="sublevel_menu">Arms</a><br />
&nbsp;&nbsp;<img src="i1.png" alt="" /> <a href="/borders" class="sublevel_menu">Borders</a><br />
<img src="arrow.png" alt="" /> <a href="/contact" class="mainlevel_menu">Contact</a><br />
</td></tr></table>
"""


@pytest.mark.unit
def test_separator_line_labels_the_links_indented_under_it() -> None:
    assert _menu(_RUN) == [
        ("Home", "/index.php", []), ("About", "/about", []),
        ("States", "/states", ["About"]), ("Bodies", "/bodies", ["About"]),
        ("Arms", "/arms", ["Fields"]), ("Borders", "/borders", ["Fields"]),
        ("Contact", "/contact", []),
    ]

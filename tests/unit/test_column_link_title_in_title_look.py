"""A title line made a link by wrapping the link round the title's own look
(``<a><span style="font-weight: bold">Field operations</span></a>`` in a ``<br>`` run
of bold title lines) heads a group of its own at the titles' level: an entry under no
earlier title, and the label of the indented links below it."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_TITLE = "<span style='font-weight: bold; color: rgb(0, 51, 102);'>{}</span>"


def _page(head: str) -> str:
    return ("<table><tr><td style='width: 200px'>"
            f"{_TITLE.format('About')}<br>"
            "<a href='/about'>Who we are</a><br><a href='/states'>States</a><br><br>"
            f"{_TITLE.format('Institutions')}<br>"
            "<a href='/odihr'>ODIHR</a><br><a href='/hcnm'>HCNM</a><br><br>"
            f"{head}<br>"
            "&nbsp;&nbsp;&nbsp;<a href='/field/see'>South-East Europe</a><br>"
            "&nbsp;&nbsp;&nbsp;<a href='/field/asia'>Central Asia</a><br><br>"
            f"{_TITLE.format('Newsroom')}<br>"
            "<a href='/press'>Press releases</a><br><a href='/speeches'>Speeches</a><br>"
            "</td><td><h1>Combating trafficking</h1><p>Some words of the page, long enough "
            "to be its text and not a menu line at all.</p></td></tr></table>")


def test_linked_title_heads_its_own_group() -> None:
    entries = menu_entries(_page(f"<a href='/field'>{_TITLE.format('Field operations')}</a>"))
    assert ("Field operations", "/field", []) in entries
    assert ("South-East Europe", "/field/see", ["Field operations"]) in entries
    assert ("Central Asia", "/field/asia", ["Field operations"]) in entries
    assert ("HCNM", "/hcnm", ["Institutions"]) in entries
    assert ("Speeches", "/speeches", ["Newsroom"]) in entries


def test_plain_link_after_a_group_stays_in_it() -> None:
    entries = menu_entries(_page("<a href='/field'>Field operations</a>"))
    assert ("Field operations", "/field", ["Institutions"]) in entries

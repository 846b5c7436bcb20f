"""Menu designs: a toolbar's dropdowns drawn with ``div``s, each a caption on view (no
link) right before its hidden box of link rows, and group rows right before their
hidden flyouts; the only copy of their links, they are collapsed submenus under those
captions, not hidden copies."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

HIDDEN = ' style="display: none"'


def _row(name: str, href: str) -> str:
    return f'<div class="row"><span><a href="{href}">{name}</a></span></div>'


TOOLBAR = (
    '<nav><table class="bar"><tr>'
    '<td><a href="/home">Home</a></td>'
    '<td><div class="drop"><div class="caption">About us</div>'
    f'<div class="layer"{HIDDEN}><div class="rows">'
    + _row("Who we are", "/who") + _row("Chair", "/chair")
    + '<div class="row group"><span>Institutions<span style="position:absolute;'
      'left:-9999px"> - open submenu</span></span></div>'
    + f'<div class="layer"{HIDDEN}><div class="rows">'
    + _row("Secretariat", "/secretariat") + _row("ODIHR", "/odihr")
    + "</div></div>"
    + _row("Assembly", "/pa")
    + "</div></div></div></td>"
    '<td><div class="drop"><div class="caption">Topics</div>'
    f'<div class="layer"{HIDDEN}><div class="rows">'
    + '<div class="row group"><span>Security</span></div>'
    + f'<div class="layer"{HIDDEN}><div class="rows">'
    + _row("Arms control", "/arms") + _row("Borders", "/borders") + "</div></div>"
    + '<div class="row group"><span>Human rights</span></div>'
    + f'<div class="layer"{HIDDEN}><div class="rows">'
    + _row("Elections", "/elections") + _row("Media", "/media") + "</div></div>"
    + "</div></div></div></td>"
    '<td><a href="/where">Field operations</a></td>'
    "</tr></table></nav>")


def test_hidden_box_after_its_caption_is_a_collapsed_submenu() -> None:
    assert menu_entries(TOOLBAR) == [
        ("Home", "/home", []),
        ("Who we are", "/who", ["About us"]),
        ("Chair", "/chair", ["About us"]),
        ("Secretariat", "/secretariat", ["About us", "Institutions"]),
        ("ODIHR", "/odihr", ["About us", "Institutions"]),
        ("Assembly", "/pa", ["About us"]),
        ("Arms control", "/arms", ["Topics", "Security"]),
        ("Borders", "/borders", ["Topics", "Security"]),
        ("Elections", "/elections", ["Topics", "Human rights"]),
        ("Media", "/media", ["Topics", "Human rights"]),
        ("Field operations", "/where", [])]


def test_hidden_copy_after_a_caption_stays_a_copy() -> None:
    # the same links hidden after a caption, on view in the menu: a copy, nothing new
    body = ('<nav><ul><li><a href="/who">Who we are</a></li>'
            '<li><a href="/chair">Chair</a></li><li><a href="/pa">Assembly</a></li></ul>'
            f'<div class="caption">About us</div><div{HIDDEN}>'
            + _row("Who we are", "/who") + _row("Chair", "/chair") + _row("Assembly", "/pa")
            + "</div></nav>")
    assert menu_entries(body) == [
        ("Who we are", "/who", []), ("Chair", "/chair", []), ("Assembly", "/pa", [])]

"""Menu and news designs: a toolbar's dropdowns whose hidden lists stand first in
positioning boxes holding nothing else (RichFaces 3), a divider closing the last titled
group of a dropdown, and a post footer's box of files beside its share row."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

HIDDEN = ' style="display: none"'
PLACED = '<div style="position: absolute; z-index: 100">'


def _item(name: str, href: str) -> str:
    return f'<div class="item"><span class="label"><a href="{href}">{name}</a></span></div>'


def _layer(*rows: str) -> str:
    """A hidden list placed by a box holding nothing else."""
    return f'{PLACED}<div class="list"{HIDDEN}><div class="bg">{"".join(rows)}</div></div></div>'


TOOLBAR = (
    '<form id="menu"><table class="toolbar"><tr>'
    '<td><a href="/home">Home</a></td>'
    '<td><div class="drop"><div class="caption">About us</div>'
    + _layer(_item("Who we are", "/who"), _item("Jobs", "/jobs")) + "</div></td>"
    '<td><div class="drop"><div class="caption">Where we work</div>'
    + _layer('<div class="group"><span>South-East Europe</span></div>',
             _layer(_item("Kosovo", "/kosovo"), _item("Serbia", "/serbia")),
             '<div class="group"><span>Central Asia</span></div>',
             _layer(_item("Astana", "/astana"), _item("Bishkek", "/bishkek")),
             '<div class="separator"></div>',
             _item("All field operations", "/field")) + "</div></td>"
    "</tr></table></form>")


def test_hidden_list_first_in_its_positioning_box_is_its_captions_dropdown() -> None:
    assert menu_entries(TOOLBAR) == [
        ("Home", "/home", []),
        ("Who we are", "/who", ["About us"]),
        ("Jobs", "/jobs", ["About us"]),
        ("Kosovo", "/kosovo", ["Where we work", "South-East Europe"]),
        ("Serbia", "/serbia", ["Where we work", "South-East Europe"]),
        ("Astana", "/astana", ["Where we work", "Central Asia"]),
        ("Bishkek", "/bishkek", ["Where we work", "Central Asia"]),
        ("All field operations", "/field", ["Where we work"])]


def _attachments(footer: str) -> list[dict[str, str | None]]:
    doc = Document(url="https://www.osce.org/fr/secretary-general/728128",
                   text="<html lang='fr'><body><div id='content'>"
                        "<div class='hentry'><h2 class='entry-title'>Allocution</h2>"
                        "<div class='entry-content'><p>Monsieur le Président, c’est un "
                        "honneur pour moi de m’adresser à vous aujourd’hui.</p></div>"
                        f"<div class='entry-footer'>{footer}</div></div></div></body></html>")
    found = NewsPage(doc).attachments
    return found.value if found else []


SHARE = ("<div class='share'>Partager : <a href='http://www.facebook.com/share.php?u=x'>"
         "Facebook</a></div>")


@pytest.mark.parametrize("box", [
    ("<div class='documents-joints'><h4>Documents joints</h4><ul><li>"
     "<a href='/files/documents/4/a/728128.pdf'>Texte intégral</a> (PDF, 86 Ko)</li></ul></div>"),
    # no class saying so: the heading opening the box says it holds the documents
    ("<div class='box'><h4>Documents joints</h4><ul><li>"
     "<a href='/files/documents/4/a/728128.pdf'>Texte intégral</a></li></ul></div>"),
])
def test_a_box_of_files_in_the_posts_footer_beside_its_share_row(box: str) -> None:
    assert _attachments(box + SHARE) == [
        {"url": "https://www.osce.org/files/documents/4/a/728128.pdf",
         "title": "Texte intégral"}]


def test_a_footer_box_of_files_saying_nothing_of_documents_gives_none() -> None:
    box = ("<div class='box'><h4>Voir aussi</h4><ul><li>"
           "<a href='/files/documents/rapport.pdf'>Rapport annuel</a></li></ul></div>")
    assert _attachments(box + SHARE) == []

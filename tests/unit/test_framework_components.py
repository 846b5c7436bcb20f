"""A Vue slot ``<template>`` (``slot``, ``v-slot:name``, ``#name``) is content the
framework renders, no inert copy; a link custom element with ``href`` and no anchor
(Vuetify's ``<v-list-item href>``) renders one: both are read as a browser shows them."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.components import is_link_component
from scraper.extract.document import Document
from scraper.extract.pages.navigation import NavigationPage
from scraper.extract.visible import NOT_RENDERED, hidden_kind, is_rendered_slot


@pytest.mark.parametrize(("markup", "rendered"), [
    ("<template slot='contents'><p>x</p></template>", True),
    ("<template v-slot:header><p>x</p></template>", True),
    ("<template #footer><p>x</p></template>", True),
    ("<template v-slot><p>x</p></template>", True),
    ("<template id='row'><p>x</p></template>", False),
    ("<template shadowrootmode='open'><p>x</p></template>", False),
])
def test_slot_templates(markup: str, rendered: bool) -> None:
    el = html.fragment_fromstring(f"<div>{markup}</div>")[0]
    assert is_rendered_slot(el) is rendered
    assert (hidden_kind(el) == NOT_RENDERED) is not rendered


def test_slot_content_is_page_text() -> None:
    doc = Document(url="https://www.osce.org/x",
                   text="<html><body><page><template slot='contents'><p>Shown text</p>"
                        "</template><template id='copy'><p>Inert copy</p></template>"
                        "</page></body></html>")
    assert "Shown text" in doc.element_text(doc.root)
    assert "Inert copy" not in doc.element_text(doc.root)


@pytest.mark.parametrize(("markup", "link"), [
    ("<v-list-item href='/a'><v-list-item-title>A</v-list-item-title></v-list-item>", True),
    ("<ion-item href='/a'><a href='/a'>A</a></ion-item>", False),   # its anchor is sent
    ("<v-list-item><v-list-item-title>A</v-list-item-title></v-list-item>", False),
    ("<div href='/a'>A</div>", False),
])
def test_link_components(markup: str, link: bool) -> None:
    el = html.fragment_fromstring(f"<div>{markup}</div>")[0]
    assert is_link_component(el) is link


_PLACES = (("elections", "Élections"), ("secretariat", "Secrétariat"),
           ("presidence", "Présidence"), ("odihr", "BIDDH"), ("hcnm", "HCMN"),
           ("kosovo", "Mission au Kosovo"), ("moldova", "Mission en Moldavie"))


def _item(slug: str, name: str) -> str:
    return (f"<v-list-item href='/fr/{slug}' target='_self'><v-list-item-avatar><v-icon "
            f"class='mdi-home'></v-icon></v-list-item-avatar><v-list-item-title>{name}"
            "</v-list-item-title></v-list-item>\n")


def test_vuetify_drawer_in_a_slot_is_the_menu() -> None:
    items = "".join(_item(s, n) for s, n in _PLACES)
    page = NavigationPage(Document(
        url="https://www.osce.org/fr/a-propos",
        text="<html lang='fr'><body><div id='root'><page title='Structures'>"
             "<template slot='contents'><div><p>Texte de la page, assez long pour être "
             "un paragraphe.</p></div></template><template slot='sidebar'>"
             f"{_item('', 'Accueil')}<v-divider></v-divider>"
             f"<v-subheader>Domaines</v-subheader>{items}"
             "</template></page></div></body></html>"))
    entries = page.entries()
    assert [e["name"] for e in entries] == ["Accueil", *[n for _, n in _PLACES]]
    assert entries[1]["url"] == "https://www.osce.org/fr/elections"
    assert entries[1]["path"] == ["Domaines"]

"""News rules: a wiki's site tagline over the headline is no lead, and a section
heading's "[edit | edit source]" links are no words of the heading."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

_PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Des juges formés</title></head>
<body><div id="content"><h1 id="firstHeading">Des juges formés</h1>
<div id="bodyContent"><div id="siteSub">Un article de l’OSCE, Organisation pour la
sécurité et la coopération en Europe.</div>
<div class="mw-parser-output"><div class="chapeau">Quelque quarante juges ont suivi une
formation de deux jours consacrée aux victimes de la traite.</div>
<table class="infobox"><tr><th>Publié le</th><td>15 mars 2019</td></tr>
<tr><th>Publié par</th><td><a href="/fr/moldova">Mission en Moldavie</a></td></tr></table>
<p>CHIȘINĂU, 14 mars 2019 – Quelque quarante juges ont suivi une formation de deux
jours consacrée aux victimes de la traite.</p>
<h2><span class="mw-headline" id="C">Contexte</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=X&amp;veaction=edit&amp;section=1">modifier</a><span> | </span><a
href="/w/index.php?title=X&amp;action=edit&amp;section=1">modifier le code</a><span
class="mw-editsection-bracket">]</span></span></h2>
<p>Selon les données du Centre national, le nombre de victimes a reculé ces dernières
années.</p></div></div></div></body></html>"""


def _record() -> dict:
    return extract(_PAGE.encode(), "https://www.osce.org/fr/moldova/1", "news").records[0]


@pytest.mark.unit
def test_site_tagline_is_no_lead() -> None:
    record = _record()
    assert record["summary"].startswith("Quelque quarante juges")
    assert record["body"].startswith("CHIȘINĂU, 14 mars 2019")


@pytest.mark.unit
def test_section_edit_links_are_no_heading_words() -> None:
    assert {"type": "heading", "text": "Contexte"} in _record()["body_blocks"]

"""A body composed of content elements: a section's heading box over a list of the
text's points continues the text, "Back to top" links under each section are no text,
and a picture with its caption set inline in a paragraph is no part of its line."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/secretariat/591234"

_SECTIONS = """<html lang="en"><head><title>Border seminar | OSCE</title></head><body>
<div id="header"><a href="/"><img src="/logo.png" alt="OSCE"></a></div>
<div id="content">
<div class="ce"><div class="ce-header"><h1>Border officers meet in Vienna</h1></div></div>
<div class="ce"><div class="ce-text">
<p>VIENNA, 13 March 2014 – More than sixty border officers from nineteen participating
States discussed co-operation at joint border crossing points.<br><br>The two-day seminar
was organized by the Border Security and Management Unit and dealt with joint checks and
the exchange of information between the services of neighbouring States.</p>
</div><div class="ce-top"><a href="/secretariat/591234#">Back to top</a></div></div>
<div class="ce"><div class="ce-header"><h2>Topics of the seminar</h2></div>
<ul><li>joint checks at crossing points</li><li>exchange of risk analyses</li></ul>
<div class="ce-top"><a href="#">Back to top</a></div></div>
</div></body></html>"""


def _blocks(page: str) -> list[dict[str, str]]:
    return extract(page.encode(), _URL).records[0]["body_blocks"]


def test_a_subhead_and_plain_list_after_the_text_continue_it() -> None:
    blocks = _blocks(_SECTIONS)
    assert blocks[-3:] == [
        {"type": "heading", "text": "Topics of the seminar"},
        {"type": "list-item", "text": "joint checks at crossing points"},
        {"type": "list-item", "text": "exchange of risk analyses"},
    ]


_BACK_TO_TOP = """<html lang="de"><head><title>Grenzseminar | OSZE</title></head><body>
<div id="content"><h1>Grenzbeamte tauschen in Wien Erfahrungen aus</h1>
<div class="text">
<p>Mehr als 60 Grenzbeamte aus 19 Teilnehmerstaaten der OSZE haben in Wien über die
Zusammenarbeit an gemeinsamen Grenzübergängen beraten.</p>
<p class="up"><a href="/secretariat/591234#">Nach oben</a></p>
<p>Das zweitägige Seminar wurde von der Gruppe Grenzsicherheit und -management der
OSZE veranstaltet; im Mittelpunkt standen gemeinsame Kontrollen.</p>
<p><a href="#top">Nach oben</a></p>
</div></div></body></html>"""


def test_back_to_top_links_are_no_text() -> None:
    for page in (_SECTIONS, _BACK_TO_TOP):
        texts = [b["text"] for b in _blocks(page)]
        assert "Back to top" not in texts
        assert "Nach oben" not in texts


def test_a_list_of_links_after_the_text_is_no_part_of_it() -> None:
    page = _SECTIONS.replace("<li>joint checks at crossing points</li>",
                             '<li><a href="/secretariat/1">Other seminar</a></li>')
    texts = [b["text"] for b in _blocks(page)]
    assert "Topics of the seminar" not in texts
    assert "exchange of risk analyses" not in texts


_INLINE_PICTURE = """<html lang="fr"><head><title>Séminaire | OSCE</title></head><body>
<div id="main"><h2>La Mission forme des journalistes</h2>
<div class="content">
<p>Une trentaine de journalistes ont suivi cette semaine un séminaire de deux jours
consacré à la couverture des élections locales du 3 juin 2007.</p>
<p><span class="inline inline-right"><a href="/fr/image/view/1"><img src="/a.jpg"
alt="Séminaire"></a><span class="caption"><strong>Des journalistes lors du séminaire,
8 mai 2007 (OSCE/Ion Cebotari)</strong></span></span>Organisé par la Mission avec le
Conseil de la presse, le séminaire a porté sur le cadre juridique de la campagne.</p>
</div></div></body></html>"""


def test_an_inline_picture_caption_is_no_part_of_the_paragraph() -> None:
    texts = [b["text"] for b in _blocks(_INLINE_PICTURE)]
    assert texts[-1].startswith("Organisé par la Mission")
    assert not any("Cebotari" in t for t in texts)

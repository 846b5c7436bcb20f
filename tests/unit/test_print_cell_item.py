"""A print view holding the whole item in one table cell of ``<br>`` lines: a class
family's shared words (``pv_print_…``) name its namespace, no print widget; a label on
the cell's first line leaves the cell to the text; the <title>'s part naming the
organization is no headline; the title cell's bold first line is the headline, its
byline under it dates the item; a link to the node the page's own address names in a
parameter gives the node id."""
from __future__ import annotations

from typing import Any

import lxml.html
import pytest

from scraper.extract.extraction import extract
from scraper.extract.pages.common import names_site
from scraper.extract.structure import is_widget

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/fr/index.php?file=News&op=print&news_id=712345"

_TEXT = ("La mission a rencontré les autorités, les partis politiques et la société civile "
         "pendant toute la durée de sa présence dans le pays hôte.")

_PAGE = f"""<html><head><meta charset="utf-8">
<title>OSCE - Organisation pour la sécurité et la coopération en Europe :: Actualités ::
Version imprimable</title>
<style>td.pv_print_title {{ font-size: 13px; }} body {{ font-size: 11px; }}</style></head>
<body>
<table class="pv_print">
<tr><td class="pv_print_title"><b>Le Bureau ouvre une mission d’observation en Serbie</b><br>
<small>Posté le mercredi 02 avril 2008 à 16:05 par presse</small></td></tr>
<tr><td class="pv_print_text">
Type de contenu&nbsp;: Communiqué de presse<br>
Publié par&nbsp;: Bureau des institutions démocratiques et des droits de l’homme<br>
<br>
VARSOVIE, 2 avril 2008 – {_TEXT}<br>
<br>
{_TEXT} {_TEXT}<br>
<br>
</td></tr>
<tr><td class="pv_print_foot">Cet article provient de
<b>Organisation pour la sécurité et la coopération en Europe</b><br>
L'adresse de cet article est&nbsp;:
<a href="https://www.osce.org/fr/node/712345">https://www.osce.org/fr/node/712345</a>
</td></tr></table></body></html>"""


def _record() -> dict[str, Any]:
    return extract(_PAGE.encode(), _URL).records[0]


def test_class_family_words_are_a_namespace_not_a_widget() -> None:
    root = lxml.html.fromstring(_PAGE)
    table = root.xpath("//table")[0]
    assert not is_widget(table)


def test_label_on_a_text_cells_first_line_leaves_the_cell_to_the_text() -> None:
    record = _record()
    assert record["content_type"] == "Communiqué de presse"
    assert record["body"].startswith("VARSOVIE, 2 avril 2008 – La mission")
    assert "Type de contenu" not in record["body"]
    assert record["dateline"] == {"place": "VARSOVIE", "date": "2008-04-02"}


def test_title_part_naming_the_organization_is_no_headline() -> None:
    assert names_site("Organisation pour la sécurité et la coopération en Europe")
    assert names_site("OSCE")
    assert not names_site("OSCE Chairman welcomes the agreement on the mission")


def test_headline_is_the_title_cells_first_line_and_its_byline_dates_it() -> None:
    record = _record()
    assert record["title"] == "Le Bureau ouvre une mission d’observation en Serbie"
    assert record["issued_on"] == "2008-04-02"


def test_node_link_matching_a_parameter_of_the_address_gives_the_node_id() -> None:
    record = _record()
    assert record["node_id"] == "712345"
    assert record["translation_key"] == "712345"

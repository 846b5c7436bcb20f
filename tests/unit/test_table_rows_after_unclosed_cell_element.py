"""A row started while an element of the cell before it is still open (``<td><font>Press
release<tr>…``) is the table's next row, as a browser reads it: the label rows of an old
page's facts table each give their own value, not the next rows' words too."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from tests.pages import news_record

pytestmark = pytest.mark.unit

_PAGE = ("<div id='page'><h3>ODIHR opens an observation mission</h3>"
         "<table class='facts'>"
         "<tr><th>Published:<td><font face='Tahoma'>13.03.2008"
         "<tr><th>Type:<td><font face='Tahoma'>Press release"
         "<tr><th>Issued by:<td><a href='/odihr'>OSCE Office for Democratic Institutions "
         "and Human Rights</a>"
         "</table>"
         "<p>WARSAW, 12 March 2008 - The ODIHR opened an election observation mission in "
         "Podgorica today, at the invitation of the authorities.</p></div>")


def test_each_row_stands_in_the_table_not_in_the_cell_before_it() -> None:
    doc = Document(url="https://www.osce.org/odihr/827529",
                   text=f"<html lang='en'><body>{_PAGE}</body></html>")
    rows = doc.root.xpath("//table/tr | //table/tbody/tr")
    assert [[" ".join("".join(c.itertext()).split()) for c in r] for r in rows] == [
        ["Published:", "13.03.2008"], ["Type:", "Press release"],
        ["Issued by:", "OSCE Office for Democratic Institutions and Human Rights"]]


def test_the_type_label_gives_its_own_value() -> None:
    record = news_record(_PAGE, "https://www.osce.org/odihr/827529")
    assert record["content_type"] == "Press release"
    assert record["content_type_id"] == "press-release"


def test_a_row_of_a_table_inside_a_cell_stays_in_that_table() -> None:
    doc = Document(url="https://www.osce.org/odihr/827529", text=(
        "<html lang='en'><body><table><tr><td><div><table><tr><td>inner</td></tr>"
        "</table></div></td></tr></table></body></html>"))
    inner = doc.root.xpath("//table//table")[0]
    assert [" ".join(r.itertext()) for r in inner.iter("tr")] == ["inner"]


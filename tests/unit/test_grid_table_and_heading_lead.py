"""A widget library's data grid (a presentational table inside a ``role="grid"`` box)
gives table rows; a lead drawn as a heading under the headline (``<h4
class="description">`` holding a whole sentence) is the summary, seen in hold-out sets
166 and 167."""

from __future__ import annotations

from typing import Any

from tests.pages import news_record

TEXT = ("<p>Twenty prosecutors from eight States spent two days in Skopje comparing how "
        "their courts weigh a motive of hatred when they pass sentence.</p>"
        "<p>The organizers will publish a short guide for trainers before the winter.</p>")


def _news(html: str) -> Any:
    return news_record(html, "https://www.osce.org/odihr/1001")


def _grid(role: str) -> str:
    return (f"<div role='{role}'><div><table role='presentation'><tbody>"
            "<tr><th scope='col'>City</th><th scope='col'>Date</th></tr>"
            "<tr><td>Kyiv</td><td>9 November</td></tr>"
            "<tr><td>Lviv</td><td>23 November</td></tr></tbody></table></div></div>")


def test_a_presentational_table_drawing_a_grid_gives_table_rows() -> None:
    record = _news("<main><article><h1>Judges receive a handbook</h1>"
                   f"{TEXT}{_grid('grid')}</article></main>")
    rows = [b["text"] for b in record["body_blocks"] if b["type"] == "table-row"]
    assert rows == ["City | Date", "Kyiv | 9 November", "Lviv | 23 November"]


def test_a_presentational_table_outside_a_grid_stays_a_layout() -> None:
    record = _news("<main><article><h1>Judges receive a handbook</h1>"
                   f"{TEXT}{_grid('region')}</article></main>")
    assert not [b for b in record["body_blocks"] if b["type"] == "table-row"]
    assert "City\n\nDate" in record["body"]


LEAD = ("The Representative on Freedom of the Media today called on the authorities to "
        "ensure the safety of journalists covering public assemblies.")


def _header(heading: str) -> str:
    return ("<div class='page-header'><h6 class='category'>Press release</h6>"
            f"<h1 class='title'>Journalists at demonstrations need protection</h1>"
            f"{heading}</div>"
            "<ul class='post-meta'><li><strong>Issued on:</strong> 18 March 2021</li></ul>"
            f"<main><article>{TEXT}</article></main>"
            "<div class='card'><h4>Press contact</h4><p class='description'>Office of the "
            "Representative, Wallnerstrasse 6, 1010 Vienna, phone +43 1 514 36</p></div>")


def test_a_sentence_in_a_lead_classed_heading_under_the_headline_is_the_summary() -> None:
    record = _news(_header(f"<h4 class='description'>{LEAD}</h4>"))
    assert record["summary"] == LEAD
    assert LEAD not in record["body"]


def test_a_lead_classed_heading_that_is_no_sentence_is_no_summary() -> None:
    line = "Safety of journalists covering public assemblies across the region"
    record = _news(_header(f"<h4 class='description'>{line}</h4>"))
    assert record["summary"] != line

"""A body printed by a CMS in copies of its text field with a table and a subhead
between them, or inside wrappers around each field; a table's header cells whose class
names say "Header"; a meta list whose items after the labels are the header's tools; a
type printed as a bare fact in a dated byline."""
from __future__ import annotations

from typing import Any

import pytest
from lxml import html as lxml_html

from scraper.extract.extraction import extract
from scraper.extract.item_boxes import column_heads

pytestmark = pytest.mark.unit

_A = ("WARSAW, 14 May 2024 – More than 120 experts from 40 participating States discussed "
      "in Warsaw how new technologies change the conduct and observation of elections.")
_B = ("The two-day meeting, organized by the Office for Democratic Institutions and Human "
      "Rights, looked at electronic voting systems and digital voter registers.")
_C = ("The conclusions of the meeting will feed into an updated handbook on observing new "
      "election technologies, to be published by the Office next year.")
_HEAD = """<html lang="en"><head><title>Experts meet | OSCE</title></head><body><main>
<div class="post"><h1>Experts discuss election technology</h1>"""
_TAIL = "</div></main></body></html>"


def _record(html: str) -> dict[str, Any]:
    rec: dict[str, Any] = extract(html.encode(), "https://www.osce.org/odihr/1").records[0]
    return rec


def _texts(html: str) -> list[str]:
    return [b["text"] for b in _record(html)["body_blocks"]]


def test_a_table_and_subhead_between_two_copies_of_the_text_field_continue_it() -> None:
    html = (_HEAD + f"""<div class="article-body"><div class="body-text">{_A}<br><br>{_B}</div>
<table><thead><tr><th>Region</th><th>Participants</th></tr></thead>
<tbody><tr><td>East</td><td>38</td></tr></tbody></table>
<h3>Next steps</h3><div class="body-text">{_C}</div></div>""" + _TAIL)
    assert _texts(html) == [_A, _B, "Region | Participants", "East | 38", "Next steps", _C]


def test_a_field_wrapper_twin_continues_the_text_past_its_table() -> None:
    html = (_HEAD + f"""<div class="text">
<div class="rte-field"><div class="ExternalClass1A">{_A}<br><br>{_B}</div></div>
<div class="rte-field"><div class="ExternalClass2B"><h3>Programme</h3>
<table><tr><th class="ms-rteTableHeaderFirstCol-default">Session</th>
<th class="ms-rteTableHeaderOddCol-default">Topic</th></tr>
<tr><td>1</td><td>Legal framework</td></tr></table><p>{_C}</p></div></div></div>""" + _TAIL)
    assert _texts(html) == [_A, _B, "Programme", "Session | Topic", "1 | Legal framework", _C]


def test_the_tools_after_the_labels_in_the_header_list_are_no_text() -> None:
    html = (_HEAD.replace("<h1>", '<div class="group"><h1>') + f"""<p class="intro">{_B}</p>
<ul class="smallList"><li><strong>Дата публікації</strong> 08.09.2020</li>
<li><strong>Тип матеріалу</strong> Новина</li>
<li><a href="#" class="shareLink">Поділитися</a></li><li><a href="mailto:?body=x">Надіслати</a></li>
<li><a href="/contact?ref=1">Відгук</a></li></ul></div>
<div class="longText"><p>{_A}</p><p>{_B}</p></div>
<div class="picBox"><img src="/i.jpg" alt="">
<p>The meeting. <span class="credit">Photo: OSCE</span></p></div>
<div class="longText"><h2>Rules</h2><p>{_C}</p><p>{_B}</p></div>""" + _TAIL)
    assert _texts(html) == [_A, _B, "Rules", _C, _B]


def test_a_known_type_between_the_date_and_the_issuer_of_a_byline() -> None:
    html = (_HEAD.replace("<h1>", '<header><h1>').replace("</h1>", "</h1>") +
            """<p class="post-meta"><time datetime="2022-06-14">14 June 2022</time>
 •  Press release  •  <a href="/odihr">OSCE Office</a></p></header>"""
            + f"<article><p>{_A}</p><p>{_B}</p></article>" + _TAIL)
    assert _record(html)["content_type"] == "Press release"


def test_a_header_cell_heads_its_table_whatever_its_class_says() -> None:
    row = lxml_html.fromstring('<table><tr><th class="ms-rteTableHeaderFirstCol-default">'
                               'Session</th><td>Topic</td></tr></table>').find(".//th")
    assert column_heads(row)

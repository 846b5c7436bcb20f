"""Label/value pairs are found whatever elements hold them (one row per shape)."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.labels import best, find_labels

SHAPES = {
    "dt-dd": "<dl><dt>Issued by:</dt><dd><a href='/a'>OSCE Secretariat</a>, "
             "<a href='/b'>OSCE Mission to Serbia</a></dd></dl>",
    "li-pairs": "<ul><li>Issued by:</li><li>OSCE Secretariat, OSCE Mission to Serbia</li></ul>",
    "strong-in-p": "<p><strong>Issued by</strong>: OSCE Secretariat, OSCE Mission to Serbia</p>",
    "inline-text": "<p>Issued by: OSCE Secretariat, OSCE Mission to Serbia</p>",
    "table-row": "<table><tr><th>ISSUED BY</th><td>OSCE Secretariat<br>OSCE Mission to Serbia"
                 "</td></tr></table>",
    "nested-cells": "<table><tr><td><b>Issued by:</b></td><td>OSCE Secretariat; "
                    "OSCE Mission to Serbia</td></tr></table>",
    "div-pair": "<div class='f'><div class='l'>Issued&nbsp;by</div><div class='v'>"
                "<div><a>OSCE Secretariat</a></div><div><a>OSCE Mission to Serbia</a></div>"
                "</div></div>",
    "heading-list": "<h3>Issued by</h3><ul><li>OSCE Secretariat</li>"
                    "<li>OSCE Mission to Serbia</li></ul><p>Body text follows here.</p>",
    "french-colon": "<p>Publié par : OSCE Secretariat, OSCE Mission to Serbia</p>",
    "russian": "<div><span>Кем опубликовано</span> <a>OSCE Secretariat</a> "
               "<a>OSCE Mission to Serbia</a></div>",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_issuers_found_in_every_shape(shape: str) -> None:
    doc = Document(url="https://www.osce.org/x/1",
                   text=f"<html><body>{SHAPES[shape]}</body></html>")
    lv = best(find_labels(doc.root, doc.order), "issued_by")
    assert lv is not None
    assert lv.items == ["OSCE Secretariat", "OSCE Mission to Serbia"]


def test_label_followed_by_another_label_has_no_value() -> None:
    doc = Document(url="https://www.osce.org/x/1", text="<ul><li>Issued on:</li><li></li>"
                   "<li>Issued by:</li><li>OSCE Secretariat</li></ul>")
    found = find_labels(doc.root, doc.order)
    assert best(found, "issued_on") is None
    assert best(found, "issued_by").items == ["OSCE Secretariat"]


def test_menu_heading_is_not_the_items_label() -> None:
    menu = "".join(f"<li><a href='/f{i}'>Field {i}</a></li>" for i in range(23))
    doc = Document(url="https://www.osce.org/x/1", text=(
        f"<div class='dropdown'><h2>Fields of work</h2><ul>{menu}</ul></div>"
        "<article><p><b>Fields of work:</b> Youth</p><p><b>Issued by:</b> OSCE</p></article>"))
    assert best(find_labels(doc.root, doc.order), "fields_of_work").items == ["Youth"]


def test_date_label_without_colon() -> None:
    doc = Document(url="https://www.osce.org/x/1",
                   text="<p class='d'>Publié le 12 février 2025</p>")
    assert best(find_labels(doc.root, doc.order), "issued_on").text == "12 février 2025"


def test_time_element_inside_value() -> None:
    doc = Document(url="https://www.osce.org/x/1", text="<div>Дата публикации:&nbsp;"
                   "<time datetime='2025-02-12'>12 февраля 2025 г.</time></div>")
    lv = best(find_labels(doc.root, doc.order), "issued_on")
    assert (lv.datetime, lv.language) == ("2025-02-12", "ru")


def test_facts_on_one_line_each_end_at_the_bar() -> None:
    doc = Document(url="https://www.osce.org/x/1", text="<p class='meta'>Опубліковано: 4 "
                   "травня 2021 р. | Видано: Секретаріат ОБСЄ</p>")
    found = find_labels(doc.root, doc.order)
    assert best(found, "issued_on").text == "4 травня 2021 р."
    assert best(found, "issued_by").items == ["Секретаріат ОБСЄ"]


def test_a_plain_date_label_bounds_the_value_before_it() -> None:
    doc = Document(url="https://www.osce.org/x/1", text="<div><span>Issued by</span> <span>"
                   "OSCE Secretariat</span> <span>Date</span> <span>4 May 2021</span></div>")
    found = find_labels(doc.root, doc.order)
    assert best(found, "issued_by").items == ["OSCE Secretariat"]
    assert best(found, "issued_on").text == "4 May 2021"

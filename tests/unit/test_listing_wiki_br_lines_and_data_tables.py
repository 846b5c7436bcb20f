"""Listing mechanisms (a wiki's bot-written list of entries, one paragraph each
with ``<br>`` lines; a wiki's data table with teaser rows, in Macedonian); each
test fails without its mechanism, on small pages written for it."""

from __future__ import annotations

from typing import Any

from scraper.extract.dates import parse_date
from scraper.extract.document import Document
from scraper.extract.labels import find_labels
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.listing_lines import line_of

_URL = "https://www.osce.org/wiki/de/News"


def _doc(body: str, lang: str = "de") -> Document:
    return Document(url=_URL, text=f"<html lang='{lang}'><body>{body}</body></html>")


def _entries(body: str, lang: str = "de") -> list[dict[str, Any]]:
    return ListingPage(_doc(body, lang)).entries()


_ENTRY = ("<li><p><strong>{date}</strong> — <a href='https://www.osce.org/de/kosovo/{n}'>"
          "{title}</a> <span class='anchor'></span><br>"
          "<em>Nachricht</em> · Herausgegeben von: OSZE-Mission im Kosovo · "
          "Arbeitsbereiche: <a href='/wiki/de/Themen/Jugend'>Jugend</a><br>"
          "{teaser}</li>")
_LIST = "<h2>Juni 2012</h2><ul>" + "".join(_ENTRY.format(**e) for e in (
    {"date": "14.06.2012", "n": 594356, "title": "Workshop zur Haushaltsplanung der Gemeinden",
     "teaser": "Vertreter von zwölf Gemeinden nahmen an einem Workshop zur Haushaltsplanung teil."},
    {"date": "07.06.2012", "n": 591299, "title": "Jugendliche diskutieren über Toleranz",
     "teaser": "Rund 40 Schülerinnen und Schüler verbrachten ein Wochenende mit Workshops."},
)) + "</ul>"


# ---------------------------------------------------------------- a wiki's bullet list
def test_a_headline_on_its_own_br_line_is_no_link_in_prose() -> None:
    entries = _entries(_LIST)
    assert [e["url"] for e in entries] == ["https://www.osce.org/de/kosovo/594356",
                                           "https://www.osce.org/de/kosovo/591299"]


def test_line_of_reads_the_br_line_a_link_stands_on() -> None:
    doc = _doc("<p>12.05.2012 — <a href='/x/1'>Title</a><br>A long teaser sentence here.</p>")
    p = doc.root.find(".//p")
    assert line_of(doc, p, p.find("a")) == "12.05.2012 — Title"


def test_a_last_label_of_a_line_of_facts_takes_the_element_after_it() -> None:
    assert _entries(_LIST)[0]["fields_of_work"] == ["Jugend"]


def test_a_labels_value_ends_at_a_br_before_a_sentence() -> None:
    doc = _doc("<p>Herausgegeben von: OSZE-Mission im Kosovo <span></span><br>"
               "Journalisten sprachen über Arbeitsbedingungen und Selbstregulierung.</p>")
    found = find_labels(doc.root, doc.order)
    assert found["issued_by"][0].items == ["OSZE-Mission im Kosovo"]


def test_a_line_of_labelled_facts_and_a_lone_dash_are_no_teaser() -> None:
    assert _entries(_LIST)[0]["summary"] == (
        "Vertreter von zwölf Gemeinden nahmen an einem Workshop zur Haushaltsplanung teil.")


# ---------------------------------------------------------------- a wiki's data table
_TABLE = ("<table><tr><th>Датум</th><th>Наслов</th><th>Тип</th></tr>"
          "<tr><td><span style='display:none'>20140303</span>3 март 2014</td>"
          "<td><a href='https://www.osce.org/mk/skopje/595164'>Тркалезна маса за правда</a>"
          "</td><td>Вест</td></tr>"
          "<tr><td>&nbsp;</td><td colspan='2'>Судии и адвокати разговараа за бесплатната "
          "правна помош. <a href='https://www.osce.org/mk/skopje/595164'>Повеќе…</a></td></tr>"
          "<tr><td><span style='display:none'>20140226</span>26 февруари 2014</td>"
          "<td><a href='https://www.osce.org/mk/skopje/598685'>Младински форум</a></td>"
          "<td>Вест</td></tr></table>")


def test_dates_are_read_in_a_field_operations_language() -> None:
    assert parse_date("27 март 2014", "mk") == "2014-03-27"


def test_the_shown_date_after_a_hidden_sort_key_dates_the_row() -> None:
    assert [e["issued_on"] for e in _entries(_TABLE, "mk")] == ["3 март 2014",
                                                                 "26 февруари 2014"]


def test_a_teaser_row_closed_by_its_items_read_more_link_is_the_entrys() -> None:
    assert _entries(_TABLE, "mk")[0]["summary"] == (
        "Судии и адвокати разговараа за бесплатната правна помош.")


def test_a_line_of_labels_with_their_values_as_text_is_no_teaser() -> None:
    body = ("<ul><li><p><strong>03.05.2012</strong> — <a href='https://www.osce.org/de/"
            "kosovo/595887'>Welttag der Pressefreiheit</a><br><em>Nachricht</em> · "
            "Herausgegeben von: OSZE-Mission im Kosovo, Hoher Kommissar <span></span><br>"
            "Journalisten sprachen über Arbeitsbedingungen der Medien.</li></ul>")
    assert _entries(body)[0]["summary"] == (
        "Journalisten sprachen über Arbeitsbedingungen der Medien.")

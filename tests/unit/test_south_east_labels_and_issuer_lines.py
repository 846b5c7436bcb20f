"""Labels in the languages of the South-East European field operations' pages, an
issuer line of structures the name table does not know, a layout class word that is no
skip link, and a "last changed" line after a speech's text."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from scraper.extract.label_words import label_of
from scraper.extract.pages.news.hints import is_change_line
from scraper.extract.pages.tags import names_structures

pytestmark = pytest.mark.unit

CARD = """<article class="card"><div class="meta"><span class="type">Vest</span>
<time datetime="2021-06-08">8. jun 2021.</time></div>
<h2><a href="/sr/mission-to-serbia/59133{i}">Saopštenje povodom Međunarodnog dana {i}</a></h2>
<div class="issuer">{issuer}</div>
<p class="excerpt">Misija poziva institucije da ojačaju podršku žrtvama trgovine ljudima.</p>
<div class="tags"><span>Oblasti rada:</span> <a href="/sr/news?tema=mladi">Mladi</a></div>
</article>"""
ISSUERS = [("Misija OEBS-a u Srbiji · Kancelarija specijalnog predstavnika za borbu protiv "
            "trgovine ljudima"), "Misija OEBS-a u Srbiji"]


def _entries() -> list[dict[str, object]]:
    cards = "".join(CARD.format(i=i, issuer=s) for i, s in enumerate(ISSUERS))
    page = f'<html lang="sr-Latn-RS"><body><h1>Vesti</h1><main>{cards}</main></body></html>'
    return extract(page.encode(), "https://www.osce.org/sr/mission-to-serbia/news",
                   "listing").records


@pytest.mark.parametrize(("label", "field"), [
    ("Oblasti rada", "fields_of_work"), ("Области рада", "fields_of_work"),
    ("Области на работа", "fields_of_work"), ("Objavio", "issued_by"),
    ("Структура ОЕБС-а", "issued_by"), ("Datum objavljivanja", "issued_on"),
    ("Vrsta sadržaja", "content_type"), ("Вид на содржина", "content_type"),
])
def test_serbian_macedonian_and_croatian_label_words(label: str, field: str) -> None:
    assert (label_of(label) or ("",))[0] == field


def test_a_plain_line_of_names_one_naming_the_organisation_is_the_issuers() -> None:
    assert [e["issued_by"] for e in _entries()] == [ISSUERS[0].split(" · "), [ISSUERS[1]]]


def test_the_issuer_line_is_no_teaser_and_the_serbian_label_gives_the_fields() -> None:
    entries = _entries()
    assert {e["summary"] for e in entries} == {
        "Misija poziva institucije da ojačaju podršku žrtvama trgovine ljudima."}
    assert [e["fields_of_work"] for e in entries] == [["Mladi"], ["Mladi"]]


@pytest.mark.parametrize("names", [
    ["Photo: OSCE/Ivana Jovanović"], ["OSCE supports anti-trafficking hotline in Moldova."],
    ["Press release", "Misija OEBS-a u Srbiji"], ["OEBS"], ["Kancelarija za demokratizaciju"],
])
def test_labels_sentences_types_and_the_bare_organisation_are_no_issuer_line(
        names: list[str]) -> None:
    assert not names_structures(names)


SPEECH = """<html lang="de"><body><main>
<div class="portlet sv-skip-spacer"><p class="etikett">Rede</p></div>
<div class="portlet"><h1>Wer Journalistinnen bedroht, bedroht uns alle</h1></div>
<div class="body"><div class="portlet"><p>{p}</p><p>{p}</p><p>{p}</p></div>
<div class="portlet"><p>Zuletzt geändert: 20. März 2023</p></div></div>
</main></body></html>"""
PARAGRAPH = ("Journalistinnen und Journalisten sind die Augen und Ohren unserer "
             "Gesellschaften, und wer sie bedroht, bedroht uns alle.")


def _speech() -> dict[str, object]:
    page = SPEECH.format(p=PARAGRAPH).encode()
    return extract(page, "https://www.osce.org/de/secretary-general/595364", "news").records[0]


def test_a_layout_class_word_skip_makes_no_skip_link_of_the_type_line() -> None:
    assert _speech()["content_type"] == "Rede"


def test_a_last_changed_line_is_no_text() -> None:
    assert "Zuletzt" not in str(_speech()["body"])


@pytest.mark.parametrize(("line", "expected"), [
    ("Zuletzt geändert: 20. März 2023", True), ("Last updated 3 May 2024", True),
    ("Updated guidance was issued on 3 May 2024", False), ("Zuletzt geändert", False),
])
def test_change_lines(line: str, expected: bool) -> None:
    assert is_change_line(line, "de") is expected

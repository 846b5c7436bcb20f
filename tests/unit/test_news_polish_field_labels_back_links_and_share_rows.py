"""Facts of news items that page designs showed: the Polish fields label "Obszary
działania" in a labels table, a back link to the section and a share row of a
several-word label closing the text, a list's items counting for the box holding the
list, and a short opening sentence beside a prose paragraph in a box before the text's
other boxes (Drupal's body field before its Paragraphs items)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pages import news_record

pytestmark = pytest.mark.unit

SPEECH = (
    "<p>Szanowni Państwo, mam zaszczyt po raz kolejny powitać Państwa w Warszawie na "
    "największej europejskiej konferencji poświęconej prawom człowieka.</p>"
    "<p>Spotkanie to jest wyjątkowe, ponieważ przy jednym stole zasiadają przedstawiciele "
    "rządów i społeczeństwa obywatelskiego na równych prawach.</p>")


def _news(body: str, lang: str = "pl", url: str = "https://www.osce.org/pl/odihr/1") -> Any:
    return news_record(f"<main><article><h1>Przemówienie Dyrektora</h1>{body}</article></main>",
                       url, lang)


def _texts(record: Any) -> list[str]:
    return [b["text"] for b in record["body_blocks"]]


def test_obszary_dzialania_labels_the_fields_of_work_in_a_labels_table() -> None:
    record = _news(
        "<div class='entry-content'><table class='meta'>"
        "<tr><th>Rodzaj materiału:</th><td>Przemówienie</td></tr>"
        "<tr><th>Obszary działania:</th><td><a href='/pl/democratization'>Demokratyzacja"
        "</a>, <a href='/pl/human-rights'>Prawa człowieka</a></td></tr></table>"
        f"{SPEECH}</div>")
    assert [f["label"] for f in record["fields_of_work"]] == ["Demokratyzacja",
                                                             "Prawa człowieka"]
    assert not any("Obszary" in t for t in _texts(record))


GERMAN = (
    "<div class='news-text'><p>Es ist mir eine große Freude, Sie heute in Prag zum "
    "Abschlusstreffen des diesjährigen Wirtschafts- und Umweltforums begrüßen zu dürfen.</p>"
    "<p>Die Vorbereitungstreffen in Wien und Vilnius haben gezeigt, wie eng wirtschaftliche "
    "Fragen mit unserer gemeinsamen Sicherheit verbunden sind.</p></div>")


@pytest.mark.parametrize("line", [
    "<div class='backlink'><a href='/de/presse/reden/'>&lt;- Zurück zu: Reden</a></div>",
    "<p><a href='/press-releases'>« Back to press releases</a></p>",
])
def test_a_back_link_to_the_section_closing_the_text_is_no_text(line: str) -> None:
    record = _news(GERMAN.replace("</div>", f"{line}</div>"), "de",
                   "https://www.osce.org/de/secretary-general/2")
    assert _texts(record)[-1].startswith("Die Vorbereitungstreffen")


def test_a_link_opening_on_back_words_inside_the_text_stays() -> None:
    line = "<p><a href='/de/themen/wurzeln'>Zurück zu den Wurzeln</a></p>"
    record = _news(GERMAN.replace("</p><p>", f"</p>{line}<p>"), "de",
                   "https://www.osce.org/de/secretary-general/2")
    assert _texts(record)[1] == "Zurück zu den Wurzeln"


def test_a_share_row_under_a_label_of_words_closed_by_a_share_verb_is_no_text() -> None:
    row = ("<div class='tools'>Seite teilen: <a href='https://www.facebook.com/sharer.php'>"
           "<img src='/fb.gif' alt=''></a> <a href='javascript:window.print()'>Drucken</a>"
           "</div>")
    record = _news(GERMAN.replace("</div>", f"{row}</div>"), "de",
                   "https://www.osce.org/de/secretary-general/2")
    assert _texts(record)[-1].startswith("Die Vorbereitungstreffen")


def test_a_line_under_a_label_of_other_words_before_a_link_stays() -> None:
    line = ("<p>E-mail the press office: "
            "<a href='mailto:press@osce.org'>press@osce.org</a></p>")
    record = _news(GERMAN.replace("</div>", f"{line}</div>"), "de",
                   "https://www.osce.org/de/secretary-general/2")
    assert _texts(record)[-1] == "E-mail the press office: press@osce.org"


def test_the_items_of_a_list_count_for_the_box_holding_the_list() -> None:
    items = "".join(
        f"<li>Wieczorem {n} marca SMM usłyszała kilkanaście niezidentyfikowanych eksplozji "
        f"w odległości od trzech do pięciu kilometrów na północny zachód.</li>"
        for n in (8, 9, 10))
    record = _news(
        "<div class='text'><p>W obwodzie donieckim SMM odnotowała około 140 naruszeń "
        f"zawieszenia broni, w tym 25 eksplozji.</p><ol>{items}</ol></div>",
        url="https://www.osce.org/pl/special-monitoring-mission-to-ukraine/3")
    assert _texts(record)[0].startswith("W obwodzie donieckim")
    assert len(_texts(record)) == 4


def _section(heading: str, text: str) -> str:
    return (f"<div class='item'><div class='paragraph'><div class='field-text'><h3>{heading}"
            f"</h3><p>{text} Misja nadal napotykała ograniczenia swobody przemieszczania się."
            f"</p><p>{text} W poprzednim okresie sprawozdawczym Misja odnotowała więcej."
            "</p></div></div></div>")


def test_a_box_opening_on_a_short_sentence_before_the_texts_boxes_opens_the_text() -> None:
    record = _news(
        "<div class='field-body'><p>Niniejszy raport jest przeznaczony dla mediów i opinii "
        "publicznej.</p><p>SMM odnotowała mniej naruszeń zawieszenia broni w obwodzie "
        "donieckim i więcej w obwodzie ługańskim niż w poprzednim okresie.</p></div>"
        "<div class='field-paragraphs'>"
        + _section("1. Obwód doniecki", "W obwodzie donieckim SMM odnotowała 140 naruszeń.")
        + _section("2. Obwód ługański", "W obwodzie ługańskim SMM odnotowała 62 naruszenia.")
        + _section("3. Ograniczenia", "W pobliżu Ołeksandriwki odmówiono przejazdu patrolowi.")
        + "</div>",
        url="https://www.osce.org/pl/special-monitoring-mission-to-ukraine/3")
    assert _texts(record)[:3] == [
        "Niniejszy raport jest przeznaczony dla mediów i opinii publicznej.",
        ("SMM odnotowała mniej naruszeń zawieszenia broni w obwodzie donieckim i więcej w "
         "obwodzie ługańskim niż w poprzednim okresie."),
        "1. Obwód doniecki"]


def test_a_box_after_the_text_of_a_short_sentence_and_a_paragraph_is_no_part() -> None:
    footer = ("<div class='box'><p>Cet article provient de OSCE - Organisation pour la "
              "sécurité et la coopération en Europe, http://www.osce.org/fr</p>"
              "<p>© OSCE 1995-2008. Reproduction autorisée avec mention de la source.</p>"
              "</div>")
    record = _news(
        "<div class='text'><p>Le Bureau des institutions démocratiques et des droits de "
        "l’homme a ouvert aujourd’hui une mission d’observation électorale en Serbie.</p>"
        "<p>La mission sera dirigée par un chef de mission et comprendra quinze experts "
        "basés à Belgrade ainsi que des observateurs de long terme.</p>"
        "<p>Le BIDDH demandera aux États participants de détacher des observateurs de "
        "court terme pour le jour du scrutin.</p></div>" + footer,
        "fr", "https://www.osce.org/fr/odihr/4")
    assert not any(t.startswith("Cet article") for t in _texts(record))

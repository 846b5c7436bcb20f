"""Three readings met on hold-out set 228: a byline of facts under the lead (type, date,
issuers, no labels), a field wrapper whose BEM modifier hides only its label, and an
in-page jump link ("Media Contact: <a href="#press-contact">…</a>") that names no issuer."""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from scraper.extract.visible import hidden_kind
from tests.pages import news_record

LEAD = ("Les élues locales de la région ont décidé de créer un réseau pour partager leurs "
        "expériences et se soutenir mutuellement.")
TEXT = ("<p>Pendant deux jours, les participantes, venues de vingt districts, ont échangé sur "
        "les obstacles qu'elles rencontrent dans l'exercice de leur mandat.</p>"
        "<p>La Mission accompagnera ce réseau jusqu'à la fin de l'année, notamment par des "
        "formations à la communication publique.</p>"
        "<p>Une deuxième rencontre aura lieu à l'automne dans le nord du pays.</p>")


def _news(html: str, url: str = "https://www.osce.org/fr/mission-to-moldova/775402",
          lang: str = "fr") -> Any:
    return news_record(html, url, lang)


def _article(byline: str, after: str = "") -> str:
    return ("<main><article><header><h1>Des élues locales s'unissent contre le sexisme</h1>"
            f"<div class='intro'><p>{LEAD}</p></div>{byline}</header>"
            f"<div class='content'>{TEXT}</div>{after}</article></main>")


def test_the_type_is_the_first_fact_of_the_byline_under_the_lead() -> None:
    record = _news(_article(
        "<div class='byline'><span>Communiqué de presse</span> <span aria-hidden='true'>·"
        "</span> <span><time datetime='2022-06-13T22:30:00Z'>14 juin 2022</time></span> "
        "<span aria-hidden='true'>·</span> <span><a href='/fr/odihr'>BIDDH</a></span></div>"))
    assert record["content_type"] == "Communiqué de presse"
    assert record["summary"] == LEAD


def test_a_bare_type_word_under_the_lead_is_no_type_line() -> None:
    # under a sentence, only a dated byline's first fact is read: a text's own short
    # first line ("Discours") is not the item's type
    record = _news(_article("").replace(
        "<div class='content'>", "<div class='content'><p>Communiqué de presse</p>"))
    assert record["content_type"] is None


def test_a_wrapper_whose_modifier_hides_its_label_shows_its_items() -> None:
    markup = ("<div class='field field--name-field-tags field--label-visually_hidden'>"
              "<div class='field__label visually-hidden'>Étiquettes</div>"
              "<ul><li><a href='/fr/gender-equality'>Égalité des genres</a></li>"
              "<li><a href='/fr/tags/elues-locales'>Élues locales</a></li></ul></div>")
    el = lxml_html.fromstring(markup)
    assert hidden_kind(el) is None
    assert hidden_kind(el[0]) is not None
    record = _news(_article("<p class='date'>14 juin 2022</p>", after=markup))
    assert record["fields_of_work"] == [{"label": "Égalité des genres", "id": "gender-equality"}]


def test_a_jump_to_the_press_contact_box_names_no_issuer() -> None:
    record = _news(
        "<main><article><h1>OSCE launches a workshop series on cyber security</h1>"
        "<div class='status'><span>Media Contact</span> <a href='#press-contact'>"
        "Communication and Media Relations Section</a></div>"
        "<div class='terms'><a href='/secretariat'>OSCE Secretariat</a></div>"
        "<div class='content'><p>Senior officials and technical experts from five States met "
        "in Vienna to open a new workshop series on confidence-building measures.</p>"
        "<p>The series will run until November and combine in-person sessions with "
        "table-top exercises hosted by each of the countries in turn.</p></div>"
        "<section id='press-contact'><h2>Media Contact</h2>"
        "<p>Communication and Media Relations Section</p></section></article></main>",
        url="https://www.osce.org/secretariat/775301", lang="en")
    assert record["issued_by"] == ["OSCE Secretariat"]

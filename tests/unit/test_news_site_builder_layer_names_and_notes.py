"""News mechanisms that site-builder and commerce themes (Framer, Shopify Dawn) asked
for; each test fails without its mechanism."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.structure import class_tokens
from tests.pages import news_record

TEXT = ("Twenty-four border and customs officers completed a two-week course on document "
        "security and risk analysis at the Border Management Staff College in Dushanbe.")
MORE = ("Organized by the Programme Office, the course combined classroom sessions with "
        "practical work at the airport, where participants examined passports and visas.")
LAST = ("Over the two weeks, participants learned to recognize the security features of "
        "travel documents issued across the region and to exchange alerts with neighbours.")

TEXT_DE = ("Fachleute aus Grenzschutz- und Zollbehörden von 24 Teilnehmerstaaten haben heute in "
           "Wien einen zweitägigen Workshop über den Einsatz von Passagierdaten abgeschlossen.")
MORE_DE = ("Im Mittelpunkt standen die Fragen, wie Passagierdaten rechtmäßig und unter Wahrung "
           "der Menschenrechte genutzt werden können und welche Erfahrungen die Staaten haben.")


def _news(body: str, lang: str = "en") -> dict[str, Any]:
    return news_record(body, "https://www.osce.org/secretariat/597917", lang)


def _framer(meta_row: str) -> str:
    """A design tool's export: generated class names, each layer named by the designer."""
    return ("<main class='framer-1k3vq2x'>"
            f"<div class='framer-9d2k4w' data-framer-name='Meta row'>{meta_row}</div>"
            "<div class='framer-1j5r8e2' data-framer-name='Title'><h1 class='framer-text'>"
            "Border officers complete OSCE course on forged travel documents</h1></div>"
            "<div class='framer-6p0w3z' data-framer-name='Subtitle'><p class='framer-text'>"
            f"{TEXT}</p></div>"
            f"<div class='framer-1x8lq0c' data-framer-name='Content'><p>{MORE}</p><p>{LAST}</p>"
            f"<p>{MORE} {LAST}</p></div></main>")


def test_a_design_tools_layer_name_is_read_as_a_class_name() -> None:
    el = Document.from_bytes(b"<div class='framer-1t6y9pa' data-framer-name='Date'>x</div>",
                             "https://www.osce.org/").root.xpath("//div")[0]
    assert "date" in class_tokens(el)
    record = _news(_framer("<div class='framer-1t6y9pa' data-framer-name='Date'>"
                           "<p class='framer-text'>May 14, 2025</p></div>"))
    assert record["issued_on"] == "2025-05-14"
    assert record["summary"] == TEXT


def test_a_type_chip_beside_the_date_above_the_headline_is_the_type() -> None:
    record = _news(_framer("<div class='chip-container'><div class='framer-Chip7'>"
                           "<p class='framer-text'>Press release</p></div></div>"
                           "<div class='framer-1t6y9pa'><p class='framer-text'>May 14, 2025</p>"
                           "</div>"))
    assert record["content_type"] == "Press release"
    assert record["content_type_id"] == "press-release"


def test_an_itemprop_naming_several_properties_names_each() -> None:
    body = ("<article><h1>Border officers complete OSCE course</h1>"
            "<span itemprop='dateCreated pubdate datePublished'>12 March 2024</span>"
            "<span itemprop='dateModified'>Last updated: 3 April 2024</span>"
            f"<div class='rte'><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p></div></article>")
    assert _news(body)["issued_on"] == "2024-03-12"


# ------------------------------------------------------------------ lines that are no text
def _article(body: str, lang: str = "en") -> dict[str, Any]:
    return _news(f"<article><h1>Border officers complete OSCE course</h1>{body}</article>", lang)


def test_a_web_components_link_inside_a_paragraph_stays_in_its_line() -> None:
    record = _article(f"<div class='content'><p>{TEXT}</p><p>{MORE}</p>"
                      "<gcds-text><p>The curriculum is available for download: "
                      "<gcds-link href='/files/c.pdf'><a href='/files/c.pdf'>Course curriculum"
                      "</a></gcds-link> (PDF, 1.2 MB).</p></gcds-text></div>")
    assert record["body_blocks"][-1] == {
        "type": "paragraph",
        "text": "The curriculum is available for download: Course curriculum (PDF, 1.2 MB)."}


def test_an_editorial_note_in_another_wording_is_no_text() -> None:
    record = _article("<div class='article__body speech'>"
                      "<p class='speech__note'><em>Fa fede solo il testo pronunciato</em></p>"
                      f"<p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p></div>", "it")
    assert "Fa fede" not in record["body"]
    assert record["body_blocks"][0]["text"] == TEXT


def test_a_line_that_is_one_documents_link_and_its_size_is_no_text() -> None:
    record = _article(f"<div class='content'><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p>"
                      "<p class='file-link'><svg aria-hidden='true'></svg> "
                      "<a href='/files/speech.pdf'>Full text of the speech</a> "
                      "<span class='meta'>(PDF, 182 KB)</span></p></div>")
    assert record["body_blocks"][-1]["text"] == LAST
    assert record["attachments"] == [{"url": "https://www.osce.org/files/speech.pdf",
                                      "title": "Full text of the speech"}]


def test_a_line_of_links_to_the_other_languages_is_no_text() -> None:
    record = _article("<footer class='post-info'><p>Translations: "
                      "<a href='/ru/secretariat/597917' hreflang='ru'>ru</a> "
                      "<a href='/de/secretariat/597917' hreflang='de'>de</a></p></footer>"
                      f"<p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p>")
    assert record["body_blocks"][0]["text"] == TEXT


def test_dated_facts_on_lines_of_their_own_are_no_lead() -> None:
    record = _article("<div class='entry-content'><footer class='post-info'>"
                      "<abbr class='published'>Veröffentlicht am: 12. März 2024</abbr><br>"
                      "<abbr class='modified'>Aktualisiert am: 14. März 2024</abbr>"
                      "<address class='vcard author'>Herausgegeben von: "
                      "<a href='/de/author/s'>OSZE-Sekretariat</a></address>"
                      "<p>Inhaltstyp: <a href='/de/category/p'>Pressemitteilung</a></p>"
                      f"</footer><p>{TEXT_DE}</p><p>{MORE_DE}</p><p>{TEXT_DE} {MORE_DE}</p>"
                      "</div>", "de")
    assert record["summary"] is None

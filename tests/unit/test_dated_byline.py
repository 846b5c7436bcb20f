"""A byline (a writer's name, "published" and "updated" labels before their dates, how
long ago) is no text: it is no lead, and over the text it is no first paragraph, so the
dateline is read from the paragraph that follows it."""

from __future__ import annotations

import pytest

from scraper.extract.dates import is_dated_byline
from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "language"), [
    (("Пресс-служба Координатора проектов ОБСЕ Опубликовано 14.08.2020, 15:20 "
      "Обновлено 17.08.2020, 09:05 (3 дня назад)"), "ru"),
    ("Published 14 August 2020 | Updated 17 August 2020, 3 days ago", "en"),
    ("Veröffentlicht am 14. August 2020, aktualisiert vor 3 Tagen", "de"),
    ("Publié le 14 août 2020, mis à jour le 17 août 2020", "fr"),
    ("Posted on 12 May 2024 by John Smith", "en"),
    ("Opublikowano 14.08.2020, 15:20 Zaktualizowano 17.08.2020 (3 dni temu)", "pl"),
    ("Оновлено 17.08.2020, 09:05", "uk"),
])
def test_a_dated_byline_is_recognised(text: str, language: str) -> None:
    assert is_dated_byline(text, language)


@pytest.mark.parametrize(("text", "language"), [
    (("Published on 14 August 2020, the report of the OSCE Project Co-ordinator in Ukraine "
      "shows that young people spend hours online."), "en"),
    ("Updated on 17 August 2020: the deadline was extended to September.", "en"),
    ("МАРИУПОЛЬ, 14 августа 2020 г. – Тридцать два старшеклассника завершили школу.", "ru"),
    ("Опубликовано и обновлено без даты", "ru"),
])
def test_a_sentence_is_no_dated_byline(text: str, language: str) -> None:
    assert not is_dated_byline(text, language)


def test_a_byline_over_the_text_is_no_paragraph_and_the_dateline_follows_it() -> None:
    doc = Document(
        url="https://www.osce.org/ru/project-coordinator-in-ukraine/591883",
        text="<html lang='ru'><body><div class='story'><h1>Летняя школа в Мариуполе</h1>"
             "<p class='x'><span>Пресс-служба Координатора проектов ОБСЕ</span> "
             "<span>Опубликовано 14.08.2020, 15:20</span> <span>Обновлено 17.08.2020, "
             "09:05 <em>(3 дня назад)</em></span></p>"
             "<div><p>МАРИУПОЛЬ, 14 августа 2020 г. – Тридцать два старшеклассника "
             "завершили пятидневную летнюю школу по медиаграмотности.</p>"
             "<p>В течение недели участники учились отличать факты от мнений и проверять "
             "источники фотографий и видео.</p></div></div></body></html>")
    page = NewsPage(doc)
    body = page.body_blocks.value if page.body_blocks else []
    assert body[0]["text"].startswith("МАРИУПОЛЬ, 14 августа 2020 г.")
    assert page.dateline is not None
    assert page.dateline.value["place"] == "МАРИУПОЛЬ"

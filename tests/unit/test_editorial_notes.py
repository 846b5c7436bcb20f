"""Editorial notes printed with a speech ("Check against delivery") in their wordings
across the site's languages, and lines that only mention delivery, which stay text."""
from __future__ import annotations

import pytest

from scraper.extract.pages.news.hints import is_editorial_note

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("line", [
    "Check against delivery", "CHECK AGAINST DELIVERY!", "Es gilt das gesprochene Wort",
    "Seul le prononcé fait foi", "Fa fede il testo effettivamente pronunciato",
    "Cotejar con el discurso pronunciado", "Cotéjese con el discurso pronunciado",
    "Cotéjese con el texto pronunciado", "Проверить по произнесении",
    "Звіряти з виголошеним текстом", "Obowiązuje wersja wygłoszona",
    "Перевіряти під час виголошення", "Перевіряйте за фактично виголошеним текстом",
])
def test_a_note_on_the_speech_text(line: str) -> None:
    assert is_editorial_note(line)


@pytest.mark.parametrize("line", [
    ("The Secretary General checked the delivery of equipment to the border posts in "
     "the south of the country and spoke to the officers there."),
    "Muchas gracias.",
    "Señora Presidenta, excelencias, distinguidos representantes:",
])
def test_text_of_the_speech(line: str) -> None:
    assert not is_editorial_note(line)

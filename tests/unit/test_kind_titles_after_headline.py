"""A section headline over items announced by their titles, each in a positioned box of
its own (no box around each entry), then a sidebar's prose: a listing, not an article."""
from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.kind import classify

pytestmark = pytest.mark.unit


def _page(items: int) -> str:
    boxes = "".join(
        f"<div style='position:absolute;top:{100 + 60 * i}px'><a href='/pl/odihr/8900{i}'>"
        f"Wiadomość numer {i} o pracy misji</a></div>"
        f"<div style='position:absolute;top:{120 + 60 * i}px'>12.03.2012 Krótki opis "
        f"wiadomości numer {i}.</div>" for i in range(items))
    sentence = ("Wszystkie publikacje dostępne są bezpłatnie w formie elektronicznej "
                "oraz drukowanej w biurze misji w Warszawie.")
    prose = " ".join([sentence] * 4)
    return (f"<html lang='pl'><body><h1>Aktualności</h1>{boxes}"
            f"<div style='position:absolute;left:700px'><h3>Polecane publikacje</h3>"
            f"<p>{prose}</p><p>{prose}</p></div></body></html>")


def test_titles_between_the_headline_and_the_text_make_a_listing() -> None:
    verdict = classify(Document(url="https://www.osce.org/pl/aktualnosci", text=_page(6)))
    assert verdict.kind == "listing"

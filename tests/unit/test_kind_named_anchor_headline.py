"""A headline whose words stand in a named anchor (``<h1><a name="…">Title</a></h1>``,
an event platform's bookmark target) links nowhere: the text under it is the page's
article, however many other items a box below announces."""
from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.kind import classify

pytestmark = pytest.mark.unit

SENTENCE = ("Понад шістдесят журналістів з дванадцяти областей взяли участь у дводенному "
            "форумі з безпеки медійників у Львові.")


def _page(anchor: str) -> str:
    related = "".join(
        f"<li><span>8 травня 2024</span> <a href='/uk/support-programme-for-ukraine/82940{i}'>"
        f"Новина номер {i} про роботу програми в областях</a></li>" for i in range(4))
    return (f"<html lang='uk'><body><div class='header'><h1>{anchor}"
            f"Журналісти обговорили у Львові безпеку роботи</a></h1></div>"
            f"<div class='details'><div class='description'>{SENTENCE}<br><br>{SENTENCE}"
            f"<br><br>{SENTENCE}</div></div>"
            f"<h3>Інші новини</h3><ul>{related}</ul></body></html>")


@pytest.mark.parametrize("anchor", ["<a name='4f1c0b2d'>", "<a id='title' name='t'>"])
def test_a_named_anchor_headline_heads_an_article(anchor: str) -> None:
    url = "https://www.osce.org/uk/support-programme-for-ukraine/829437"
    verdict = classify(Document(url=url, text=_page(anchor)))
    assert verdict.kind == "news", verdict.reason


def test_a_headline_linking_to_another_item_is_still_a_teaser_title() -> None:
    url = "https://www.osce.org/uk/support-programme-for-ukraine/news"
    page = _page("<a href='/uk/support-programme-for-ukraine/829437'>")
    assert classify(Document(url=url, text=page)).kind != "news"

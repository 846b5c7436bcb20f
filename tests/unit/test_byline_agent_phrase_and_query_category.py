"""A byline written as a phrase, "Pubblicato da <span>A</span> in <a>B</a> · <date>":
the issuer's label without a colon names the issuers up to the short word joining the
next fact ("in"), and the category link after it, to a category's list named in the
query (``?category=Comunicati_stampa``), on that dated line is the item's type."""

from __future__ import annotations

import pytest

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_TEXT = ("<div class='text'><p>SKOPJE, 13 marzo 2018 – Venti mediatori comunitari hanno "
         "aiutato le famiglie a iscrivere i bambini alla scuola dell'infanzia.</p>"
         "<p>Il progetto continuerà nel corso dell'anno scolastico successivo.</p></div>")


def _page(joiner: str, issuers: str = "<span>Missione OSCE a Skopje</span>") -> NewsPage:
    html = ("<html lang='it'><body><article><header><h1>Più bambini rom alla scuola</h1>"
            f"<div class='info'><span>Pubblicato da {issuers}{joiner}"
            "<a href='/it/blog/index.php?category=Comunicati_stampa'>Comunicati stampa</a>"
            " &middot; <span>14 marzo 2018</span></span></div></header>"
            f"{_TEXT}</article></body></html>")
    return NewsPage(Document(url="https://www.osce.org/it/mission-to-skopje/815213",
                             text=html))


def test_an_agent_phrase_names_its_issuers_up_to_the_joining_word() -> None:
    page = _page(" in ")
    assert page.issued_by is not None
    assert page.issued_by.value == ["Missione OSCE a Skopje"]


def test_a_conjunction_between_issuers_goes_on_to_the_next() -> None:
    page = _page(" in ", "<span>Missione OSCE a Skopje</span> e <span>ODIHR</span>")
    assert page.issued_by is not None
    assert "ODIHR" in " ".join(page.issued_by.value)
    assert "Comunicati stampa" not in page.issued_by.value


def test_the_category_link_on_the_dated_byline_is_the_type() -> None:
    page = _page(" in ")
    assert page.content_type is not None
    assert page.content_type.value == "Comunicati stampa"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.osce.org/it/blog/index.php?category=Comunicati_stampa", True),
    ("https://www.osce.org/blog/?categoria=Notizie", True),
    ("https://www.osce.org/blog/index.php?category=12", False),
    ("https://www.osce.org/blog/index.php?id=12", False),
])
def test_a_category_named_in_the_query_is_a_category_list(url: str, expected: bool) -> None:
    assert urls.is_category_archive(url) is expected

"""A lead printed as a labelled fact among the item's others ("Анотація: …" above
"Тип матеріалу:", "Дата публікації:") is the summary, without its label; a "Summary"
heading without a colon inside the text labels nothing and stays text."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_LEAD = ("Понад 60 суддів місцевих і апеляційних судів взяли участь у тренінгах, "
         "організованих Програмою підтримки ОБСЄ для України.")


def _page(record: str, text: str) -> NewsPage:
    html = ("<html lang='uk'><body><div class='record'><h1>Понад 60 суддів пройшли навчання"
            f"</h1>{record}<span><span>Дата публікації: </span><span>14.03.2023</span></span>"
            "<span><span>Ким опубліковано: </span><a href='/uk/support-programme-for-ukraine'>"
            "Програма підтримки ОБСЄ для України</a></span></div>"
            f"<div class='newsbody'>{text}</div></body></html>")
    return NewsPage(Document(url="https://www.osce.org/uk/support-programme-for-ukraine/817214",
                             text=html))


_TEXT = ("<p>КИЇВ, 13 березня 2023 р. – Тренінги відбулися в Києві, Львові та Дніпрі й тривали "
         "по два дні.</p><p>Учасники розглядали практичні кейси щодо видачі обмежувальних "
         "приписів.</p>")


def test_a_labelled_lead_among_the_facts_is_the_summary() -> None:
    page = _page(f"<span><span>Анотація: </span><span>{_LEAD}</span></span>", _TEXT)
    assert page.summary is not None
    assert page.summary.value == _LEAD
    assert page.body is not None
    assert _LEAD not in page.body.value


def test_a_summary_heading_in_the_text_is_text() -> None:
    text = ("<h3>Summary</h3><p>Тренінги відбулися в Києві, Львові та Дніпрі й тривали по два "
            f"дні.</p>{_TEXT}")
    page = _page("", text)
    assert page.body is not None
    assert page.body.value.startswith("Summary\n\n")


def test_a_summary_column_head_labels_no_lead() -> None:
    html = ("<html lang='en'><body><table class='wikitable'><thead><tr><th>Date</th>"
            "<th>Headline</th><th>Summary</th></tr></thead><tbody><tr><td>17 June 2021</td>"
            "<td><a href='/mission-to-moldova/803230'>OSCE supports Moldovan police</a></td>"
            "<td>Forty police officers from six districts completed a course on policing."
            "</td></tr><tr><td>16 June 2021</td><td><a href='/odihr/803227'>ODIHR report "
            "published</a></td><td>The report recommends a limited observation mission."
            "</td></tr></tbody></table></body></html>")
    entries = ListingPage(Document(url="https://www.osce.org/press-releases", text=html)
                          ).entries()
    assert [e["summary"] for e in entries] == [
        "Forty police officers from six districts completed a course on policing.",
        "The report recommends a limited observation mission."]

"""Signals that hold on unseen designs: bylines, documents in "related" boxes, tag links
to field-of-work pages, read-more links that name their item (blind set 7's misses)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.dates import is_date_line
from scraper.extract.extraction import extract
from tests.pages import news_record

TEXT = ("<p>Twenty prosecutors from eight States spent two days in Skopje comparing how "
        "their courts weigh a motive of hatred when they pass sentence.</p>"
        "<p>The organizers will publish a short guide for trainers before the winter.</p>")
BODY = ("Twenty prosecutors from eight States spent two days in Skopje comparing how their "
        "courts weigh a motive of hatred when they pass sentence.\n\nThe organizers will "
        "publish a short guide for trainers before the winter.")


def _news(html: str, lang: str = "en", url: str = "https://www.osce.org/odihr/1001") -> Any:
    return news_record(html, url, lang)


# ---------------------------------------------------------------- bylines
@pytest.mark.parametrize(("text", "expected"), [
    ("publié 21/05/2025 11:40 dernière modification 22/05/2025 16:05", True),
    ("Posted 2025-05-21 | Updated 2025-05-22 10:00", True),
    ("14.03.2024 10:15", True),
    ("On 21.05.2025 the Mission trained forty judges from the northern districts.", False),
    ("Prosecutors from eight States met in Skopje to compare their sentencing rules.", False),
    ("Published in May 2025 by the Office", False),     # no date written in figures
])
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


def test_a_byline_of_dates_is_no_lead_and_its_bare_participle_labels_the_date() -> None:
    record = _news(
        "<article><h1>Prosecutors compare sentencing rules</h1>"
        "<div class='byline'><span class='pub'><span>publié</span> 21/05/2025 11:40</span> "
        "<span class='mod'><span>dernière modification</span> 22/05/2025 16:05</span></div>"
        "<p class='description'>Vingt procureurs ont comparé à Skopje la manière dont leurs "
        "tribunaux tiennent compte du motif de haine.</p>"
        f"<div class='text'>{TEXT}</div></article>", lang="fr")
    assert record["issued_on"] == "2025-05-21"
    assert record["summary"].startswith("Vingt procureurs")


def test_a_byline_in_an_unknown_wording_is_still_no_lead() -> None:
    record = _news(
        "<article><h1>Prosecutors compare sentencing rules</h1>"
        "<div class='byline'>Written 21/05/2025 11:40 · revised 22/05/2025 16:05 · "
        "read 4 min</div><dl><dt>Issued by</dt><dd>OSCE Office for Democratic "
        "Institutions and Human Rights</dd></dl>"
        f"<div class='text'>{TEXT}</div></article>")
    assert record["summary"] is None
    assert record["body"] == BODY


# ---------------------------------------------------------------- attachments
@pytest.mark.parametrize("box", [
    # a CMS field named "related files" with a label above it
    ("<div class='field-related-files'><div class='field-label'>Related files:</div>"
    "<a href='/files/f/documents/1/2/123.pdf'>Agenda of the meeting</a></div>"),
    # a related box whose heading says it holds documents
    ("<div class='related-box'><h3>Documents</h3><ul><li>"
    "<a href='/files/f/documents/1/2/123.pdf'>Agenda of the meeting</a></li></ul></div>"),
    # a section with a "related" id and an "attachments" class
    ("<section id='section-related' class='attachments'><h2>Pièces jointes</h2>"
    "<a href='/files/f/documents/1/2/123.pdf'>Agenda of the meeting</a></section>"),
])
def test_a_related_box_that_holds_documents_gives_the_attachments(box: str) -> None:
    record = _news(f"<article><h1>Prosecutors compare sentencing rules</h1>"
                   f"<div class='text'>{TEXT}</div>{box}</article>")
    assert record["attachments"] == [
        {"url": "https://www.osce.org/files/f/documents/1/2/123.pdf",
         "title": "Agenda of the meeting"}]


def test_a_related_box_of_other_stories_gives_no_attachment() -> None:
    record = _news("<article><h1>Prosecutors compare sentencing rules</h1>"
                   f"<div class='text'>{TEXT}</div><div class='related'><h3>Related news</h3>"
                   "<a href='/files/f/documents/9/9/999.pdf'>Last year's report</a></div>"
                   "</article>")
    assert record["attachments"] == []


# ---------------------------------------------------------------- fields of work
def test_unlabeled_tag_links_to_field_of_work_pages_are_the_fields_of_work() -> None:
    record = _news(
        "<nav class='menu'><a href='/pl/elections'>Wybory</a><a href='/pl/youth'>Młodzież</a>"
        "</nav><article><h1>Prokuratorzy porównują przepisy</h1>"
        f"<div class='text'>{TEXT}<p>See also <a href='/pl/rule-of-law'>our work</a>.</p>"
        "</div><ul class='tags'><li><a href='/pl/elections'>Wybory</a></li>"
        "<li><a href='/pl/democratization'>Demokratyzacja</a></li>"
        "<li><a href='/pl/tag/skopje'>Skopje</a></li></ul></article>",
        lang="pl", url="https://www.osce.org/pl/odihr/1001")
    # the menu, the link in the text and the tag to another page are none of them
    assert [f["label"] for f in record["fields_of_work"]] == ["Wybory", "Demokratyzacja"]
    assert [f["id"] for f in record["fields_of_work"]] == ["elections", "democratization"]
    assert record["provenance"]["fields_of_work"] == "field-links"


def test_a_label_wins_over_field_links() -> None:
    record = _news("<article><h1>Prosecutors compare sentencing rules</h1>"
                   "<p>Fields of work: <a href='/rule-of-law'>Rule of law</a></p>"
                   f"<div class='text'>{TEXT}</div><div class='tags'>"
                   "<a href='/elections'>Elections</a></div></article>")
    assert [f["label"] for f in record["fields_of_work"]] == ["Rule of law"]


# ---------------------------------------------------------------- node ids
@pytest.mark.parametrize("url", ["https://www.osce.org/es/item/7482.html",
                                 "https://www.osce.org/fr/press_rel/2005/06/15432_fr.html"])
def test_an_older_sites_numbered_page_names_no_node_id(url: str) -> None:
    # its number names the item in a numbering of its own: the listing's item, not a node
    assert urls.item_number(url) is not None
    assert _news(f"<h1>Prosecutors compare sentencing rules</h1>{TEXT}", url=url)["node_id"] \
        is None


# ---------------------------------------------------------------- listings
def test_a_read_more_link_naming_its_item_is_no_listing_title() -> None:
    entry = ("<article class='entry'><span class='summary'><a href='/odihr/{n}'><img "
             "src='t.jpg' alt=''></a><a href='/odihr/{n}'>{title}</a></span>"
             "<p>Twenty prosecutors from eight States compared their sentencing rules.</p>"
             "<a href='/odihr/{n}' class='more'>En savoir plus… <span class='x-only'>sur "
             "{title}</span></a></article>")
    titles = ["Prosecutors compare sentencing rules", "Judges meet in Skopje on hate crime"]
    html = ("<html lang='fr'><head><title>Actualités</title></head><body><h1>Actualités</h1>"
            + "".join(entry.format(n=1000 + i, title=t) for i, t in enumerate(titles))
            + "</body></html>")
    records = extract(html.encode(), "https://www.osce.org/fr/news", kind="listing").records
    assert [r["title"] for r in records] == titles


@pytest.mark.parametrize("cls", ["hiddenStructure", "hide-accessible"])
def test_plone_and_liferay_screen_reader_classes_are_hidden(cls: str) -> None:
    record = _news("<article><h1>Prosecutors compare sentencing rules"
                   f"<span class='{cls}'> (opens the story)</span></h1>"
                   f"<div class='text'>{TEXT}</div></article>")
    assert record["title"] == "Prosecutors compare sentencing rules"

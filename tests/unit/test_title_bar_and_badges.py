"""Mechanisms that hold-out sets 152, 155 and 156 showed: a panel's title bar (a header
box without links set right before the box holding the headline) is the item's header,
so the type label printed there is read; a file-format badge written before a document
link's words ("<span>PDF</span><span>Programme</span>") is no part of its title, as
one after them is not; Polish "Obszary działań:" labels an entry's fields of work."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

_TEXT = ("<p>Місія спостерігала за ситуацією в кількох районах області протягом дня і "
         "зафіксувала менше порушень, ніж напередодні.</p>"
         "<p>Спостерігачі відвідали пункти пропуску та зустрілися з представниками місцевої "
         "влади, щоб обговорити гуманітарну ситуацію.</p>")


def _news(panel: str) -> dict[str, Any]:
    page = ("<!DOCTYPE html><html lang='uk'><head><meta charset='utf-8'><title>Звіт</title>"
            "</head><body><div class='top'><a href='/uk'>ОБСЄ</a></div><div id='content'>"
            f"<div class='col-main'>{panel}</div></div></body></html>")
    return extract(page.encode(), "https://www.osce.org/uk/smm/226731").records[0]


@pytest.mark.parametrize(("bar", "expected"), [
    ("<div class='ui-panel-titlebar ui-widget-header'><span>Щоденний звіт</span></div>",
     "Щоденний звіт"),
    # a header that links somewhere is a site's (its logo, its menu): no type there
    ("<div class='ui-panel-titlebar ui-widget-header'><a href='/uk'>Щоденний звіт</a></div>",
     None),
], ids=["title-bar", "linked-header"])
def test_a_panels_title_bar_holds_the_items_type(bar: str, expected: str | None) -> None:
    record = _news(f"<div class='ui-panel'>{bar}<div class='ui-panel-content'>"
                   "<h1>Остання інформація від Спеціальної моніторингової місії</h1>"
                   f"{_TEXT}</div></div>")
    assert record["content_type"] == expected


_FILES_PAGE = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>T</title>"
               "</head><body><main><article><h1>Conférence de l’Alliance contre la traite</h1>"
               "<p>VIENNE, 28 juin 2021 – La conférence annuelle a réuni des représentants des "
               "États participants et de la société civile.</p>"
               "<p>Les participants ont examiné les nouvelles formes de traite des êtres "
               "humains facilitées par la technologie.</p>"
               "<div class='card'><h3>Documents joints</h3>"
               "<a href='/files/f/documents/2/9/489117.pdf'>{link}</a></div>"
               "</article></main></body></html>")


@pytest.mark.parametrize(("link", "title"), [
    ("<span class='avatar'>PDF</span> <span>Programme de la conférence</span>",
     "Programme de la conférence"),
    ("<i class='icon'></i><span>PDF</span><span>Programme de la conférence</span>",
     "Programme de la conférence"),
    # words written before the badge: the link's text as it reads
    ("Voir <span>PDF</span> <span>Programme de la conférence</span>",
     "Voir PDF Programme de la conférence"),
    # a format word that is the link's only words stays its title
    ("<span>PDF</span>", "PDF"),
], ids=["leading-badge", "icon-then-badge", "text-first", "badge-only"])
def test_a_format_badge_before_the_title_is_no_part_of_it(link: str, title: str) -> None:
    page = _FILES_PAGE.replace("{link}", link)
    record = extract(page.encode(), "https://www.osce.org/fr/cthb/703221").records[0]
    assert record["attachments"] == [
        {"url": "https://www.osce.org/files/f/documents/2/9/489117.pdf", "title": title}]


def test_polish_areas_of_activity_label_names_the_fields_of_work() -> None:
    teaser = "Biuro zwraca uwagę na niedostateczne zgłaszanie przestępstw z nienawiści."
    entries = "".join(
        f"<table><tr><td><span>Komunikat prasowy</span> <span>· 1{i} lutego 2020</span>"
        f"<h3><a href='https://www.osce.org/pl/odihr/69954{i}'>ODIHR wzywa do działań "
        f"numer {i}</a></h3>{teaser}<br><span>Obszary działań: Romowie i Sinti, "
        f"Tolerancja i niedyskryminacja</span><br><br>"
        f"<a href='https://www.osce.org/pl/odihr/69954{i}'>Czytaj więcej »</a>"
        f"</td></tr></table>" for i in range(3))
    page = f"<html lang='pl'><head><title>X</title></head><body>{entries}</body></html>"
    records = extract(page.encode(), "https://us4.campaign-archive.com/?u=1&id=2",
                      "listing").records
    assert [(r["fields_of_work"], r["summary"]) for r in records] == [
        (["Romowie i Sinti", "Tolerancja i niedyskryminacja"], teaser)] * 3

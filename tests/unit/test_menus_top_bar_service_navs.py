"""Menu designs: a top bar holding a ``<nav>`` of service links beside the language
list is no language switcher as a whole (the languages' own box is); a secondary
``<nav>`` in the top bar set above the ``<header>`` element is a row of the header, so
part of the site menu."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

Entry = tuple[str, str, list[str]]

LANGUAGES = ('<ul class="langs">'
             '<li><a href="/" hreflang="en">English</a></li>'
             '<li><a href="/fr/" hreflang="fr">Français</a></li>'
             '<li><a href="/ru/" hreflang="ru">Русский</a></li>'
             '<li><a href="/it/" hreflang="it">Italiano</a></li>'
             '<li><a href="/es/" hreflang="es">Español</a></li></ul>')
MAIN = ('<nav class="navbar" aria-label="Hauptnavigation"><ul>'
        '<li><a href="/de/themen">Themen</a></li>'
        '<li><a href="/de/presse">Presse</a></li></ul></nav>')
SERVICE = [("Jobs", "https://jobs.osce.org/", []), ("Kontakt", "/de/kontakt", [])]
MAIN_ENTRIES = [("Themen", "/de/themen", []), ("Presse", "/de/presse", [])]


def _menu(body: str, url: str = "https://www.osce.org/de/") -> list[Entry]:
    page = f"<!DOCTYPE html><html lang='de'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


def _service(cls: str) -> str:
    return (f'<nav class="{cls}" aria-label="Servicenavigation"><ul>'
            '<li><a href="https://jobs.osce.org">Jobs</a></li>'
            '<li><a href="/de/kontakt">Kontakt</a></li></ul></nav>')


def test_top_bar_with_a_service_nav_beside_the_languages_is_no_switcher() -> None:
    body = (f'<header><div class="topbar">{_service("nav-secondary")}{LANGUAGES}</div>'
            f'{MAIN}</header><main><h1>Title</h1><p>Text.</p></main>')
    assert _menu(body) == SERVICE + MAIN_ENTRIES


def test_secondary_nav_in_the_top_bar_above_the_header_counts() -> None:
    body = (f'<div class="topbar">{_service("secondary-menu")}</div>'
            f'<header>{MAIN}</header><main><h1>Title</h1><p>Text.</p></main>')
    assert _menu(body) == SERVICE + MAIN_ENTRIES


def test_secondary_nav_below_the_header_is_still_none() -> None:
    body = (f'<header>{MAIN}</header><div class="strip">{_service("secondary-menu")}</div>'
            '<main><h1>Title</h1><p>Text.</p></main>')
    assert _menu(body) == MAIN_ENTRIES

"""A language switcher's label on a line of its own ("Otros idiomas:") over its
language links is no body text; a short line with a colon over other lines stays."""

from __future__ import annotations

from typing import Any

from tests.pages import news_record

TEXT = ("Forty border officials from twelve participating States completed a week-long "
        "course in Vienna today, preparing them for joint patrols later this year.")
MORE = ("The course covered risk analysis at crossing points, the detection of forged "
        "travel documents and co-operation between neighbouring services.")


def _news(body: str, url: str = "https://example.org/es/news/5") -> dict[str, Any]:
    return news_record(body, url, "es")


def test_a_switchers_label_over_its_language_links_is_no_text() -> None:
    record = _news(f"<article><h1>Border course ends</h1><p>{TEXT}</p><p>{MORE}</p>"
                   "<ul class='actions'><li>Otros idiomas:</li>"
                   "<li><a href='https://example.org/news/4' hreflang='en'>English</a></li>"
                   "</ul></article>")
    assert record["body"] == f"{TEXT}\n\n{MORE}"


def test_a_short_line_with_a_colon_over_other_links_stays() -> None:
    record = _news(f"<article><h1>Border course ends</h1><p>{TEXT}</p><p>{MORE}</p>"
                   "<ul><li>Los temas:</li><li>Riesgos en los pasos fronterizos</li>"
                   "</ul></article>")
    assert record["body"].endswith("Los temas:\n\nRiesgos en los pasos fronterizos")

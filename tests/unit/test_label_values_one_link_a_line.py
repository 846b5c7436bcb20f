"""A label's values written one link a line ("<a>A</a><br><a>B</a>" under "Wydane
przez") are all its values: the test fails without the rule."""

from __future__ import annotations

from typing import Any

from tests.pages import news_record

TEXT = ("Forty border officials from twelve participating States completed a week-long "
        "course in Vienna today, preparing them for joint patrols later this year.")
MORE = ("The course covered risk analysis at crossing points, the detection of forged "
        "travel documents and co-operation between neighbouring services.")


def _news(body: str, url: str = "https://example.org/es/news/5") -> dict[str, Any]:
    return news_record(body, url, "es")


def test_a_labels_values_one_link_a_line_are_all_its_values() -> None:
    record = _news("<article><h1>Border course ends</h1>"
                   "<div class='facts'><div><div class='small'>Wydane przez</div>"
                   "<a href='/pl/chairpersonship'>Przewodnictwo OBWE</a><br>"
                   "<a href='/pl/odihr'>Biuro Instytucji Demokratycznych i Praw Człowieka "
                   "OBWE</a></div></div>"
                   f"<p>{TEXT}</p><p>{MORE}</p></article>",
                   url="https://example.org/pl/news/5")
    assert record["issued_by"] == ["Przewodnictwo OBWE",
                                   "Biuro Instytucji Demokratycznych i Praw Człowieka OBWE"]

"""A table's column headed as the titles' ("Title", "Titolo") gives each entry's
headline when the link to the row's item stands in another column (a record list
linking each row's number); that link's words are then no title and no teaser."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

HEADLINES = [
    "Young people from six countries discuss security online",
    "Judges trained on domestic violence cases",
]


def _listing(body: str) -> list[dict[str, Any]]:
    page = ("<html lang='en'><head><title>X</title></head><body><main>"
            f"{body}</main></body></html>")
    return extract(page.encode(), "https://www.osce.org/newsroom/press-releases",
                   "listing").records


def _table(title_head: str) -> str:
    header = (f"<tr><th>Number</th><th>{title_head}</th><th>Content type</th>"
              "<th>Published</th></tr>")
    rows = "".join(
        f"<tr><td><a href='/secretariat/82774{i}'>KB001241{i}</a></td><td>{text}</td>"
        f"<td>News item</td><td>2{i}/11/2020</td></tr>"
        for i, text in enumerate(HEADLINES))
    return f"<table><thead>{header}</thead><tbody>{rows}</tbody></table>"


def test_a_title_column_beside_the_linked_number_gives_the_headline() -> None:
    records = _listing(_table("Title"))
    assert [(r["title"], r["summary"], r["content_type"]) for r in records] == [
        (text, None, "News item") for text in HEADLINES]


def test_without_a_title_column_the_plain_cell_stays_a_teaser() -> None:
    records = _listing(_table("Description"))
    assert [r["title"] for r in records] == ["KB0012410", "KB0012411"]

"""A post's permalink, its place on its day's or month's archive page
(``/aktualnosci/2008/05/21#828721``), ending the line of facts after the topics'
links, is no topic: a date's page names no field of work or issuer."""

from __future__ import annotations

from lxml import html

from scraper.extract.labels import find_labels


def _fields(facts: str) -> list[str]:
    root = html.fromstring(f"<html><body><p><font size='-1'>{facts}</font></p></body></html>")
    found = find_labels(root, skip_chrome=False)
    return found["fields_of_work"][0].items


def test_a_day_archive_permalink_is_no_field() -> None:
    assert _fields("tematy: <a href='/pl/elections'>Wybory</a> | <a href="
                   "'/pl/aktualnosci/2008/05/21#828721'>link stały</a>") == ["Wybory"]
    assert _fields("tematy: <a href='/pl/education'>Edukacja</a>, <a href='/pl/gender'>"
                   "Równość płci</a> | <a href='/news/2008/05/#p512'>permalink</a>"
                   ) == ["Edukacja", "Równość płci"]


def test_links_parted_by_bars_are_still_values() -> None:
    # a topic page's anchor, and a date archive without one, are no permalinks
    assert _fields("Topics: <a href='/elections'>Elections</a> | <a href="
                   "'/topics#gender'>Gender equality</a>") == ["Elections", "Gender equality"]

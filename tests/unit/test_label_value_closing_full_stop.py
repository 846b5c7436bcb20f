"""A full stop straight after a label's value closes it, as it closes a sentence: a
citation's "Tematy: <a>A</a>; <a>B</a>." ends with its topics, and a "więcej" link
after it (the citation's links, no teaser between) is no topic, nor is the stop."""

from __future__ import annotations

from lxml import html

from scraper.extract.labels import find_labels


def _fields(line: str) -> list[str]:
    root = html.fromstring(f"<html lang='pl'><body><ol><li>{line}</li></ol></body></html>")
    found = find_labels(root, skip_chrome=False)
    return found["fields_of_work"][0].items


TOPICS = ("<span class='s-label'>Tematy:</span> <span class='s'><a href='/pl/youth'>"
          "Młodzież</a>; <a href='/pl/good-governance'>Dobre rządzenie</a></span>.")


def test_the_stop_before_a_teaser_is_no_topic() -> None:
    assert _fields(TOPICS + " <p>Trzydziestu uczestników z dwunastu gmin.</p>") == [
        "Młodzież", "Dobre rządzenie"]


def test_the_links_after_the_stop_are_no_topics() -> None:
    assert _fields(TOPICS + " <span class='links'><a href='/pl/bih/829352'>więcej</a>"
                            "</span>") == ["Młodzież", "Dobre rządzenie"]


def test_a_stop_inside_a_value_keeps_it() -> None:
    # a value's own words may hold a stop ("Bezp. A"); only one after its element ends it
    assert _fields("<span class='s-label'>Tematy:</span> <span class='s'><a href='/pl/a'>"
                   "Bezp. A</a>; <a href='/pl/b'>Wybory</a></span>") == ["Bezp. A", "Wybory"]

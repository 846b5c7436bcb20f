"""A "Read more" link to the item, written on the line of a labelled fact (an unclosed
``<p>`` of topics running on to it), leads on to the item: no topic or issuer."""

from __future__ import annotations

from lxml import html

from scraper.extract.labels import find_labels


def _fields(facts: str) -> list[str]:
    root = html.fromstring(f"<html><body><div>{facts}</div></body></html>")
    found = find_labels(root, skip_chrome=False)
    return found["fields_of_work"][0].items


def test_a_read_more_link_after_the_topics_is_no_field() -> None:
    assert _fields("<p>Obszary działalności: <a href='/pl/elections'>Wybory</a>\n"
                   "<a href='/pl/odihr/830541' class='mais'>Czytaj więcej<span "
                   "class='sr-only'> o: ODIHR otwiera misję</span> &raquo;</a>"
                   ) == ["Wybory"]
    assert _fields("<p>Topics: <a href='/education'>Education</a>, <a href='/gender'>"
                   "Gender equality</a> <a href='/news/512'>Read more ›</a>"
                   ) == ["Education", "Gender equality"]


def test_a_topic_named_with_more_words_is_still_a_value() -> None:
    # a link whose words only open with a read-more phrase names something
    assert _fields("<p>Topics: <a href='/elections'>Elections</a>, <a href='/more'>"
                   "More security</a>") == ["Elections", "More security"]

"""A share row's box that opens with its label and a note ("Share: these icons link to
social bookmarking sites…") over a list of icon links, each handing the page's own
address to another site, is the share widget: neither its label nor its note is text."""

from __future__ import annotations

import pytest

from tests.pages import news_record

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/ru/sg/827131"
_SHARE = "https%3A%2F%2Fwww.osce.org%2Fru%2Fsg%2F827131"


def _body(box_links: str) -> str:
    return ("<div id='content'><h2>Безопасность границ в Центральной Азии</h2>"
            "<div class='entry'><p>Позвольте мне прежде всего поблагодарить правительство "
            "Туркменистана и Центр ОБСЕ в Ашхабаде за организацию этого семинара.</p>"
            "<p>Благодарю за внимание.</p>"
            "<div class='bookmarks'><span><strong>Поделиться:</strong> <span>Эти значки "
            "ведут на сайты социальных закладок, где читатели могут делиться новыми "
            f"материалами.</span></span><ul>{box_links}</ul></div></div></div>")


def _icon(href: str, name: str) -> str:
    return f"<li><a href='{href}' title='{name}'><img src='/i/{name}.png' alt='{name}'></a></li>"


def test_the_share_box_label_and_note_are_no_text() -> None:
    links = (_icon(f"http://digg.com/submit?phase=2&amp;url={_SHARE}", "Digg")
             + _icon(f"http://www.facebook.com/share.php?u={_SHARE}", "Facebook")
             + _icon(f"mailto:?subject=x&amp;body={_SHARE}", "E-mail"))
    record = news_record(_body(links), _URL, "ru")
    assert record["body"] == ("Позвольте мне прежде всего поблагодарить правительство "
                              "Туркменистана и Центр ОБСЕ в Ашхабаде за организацию этого "
                              "семинара.\n\nБлагодарю за внимание.")


def test_a_box_of_links_to_other_pages_keeps_its_words() -> None:
    links = (_icon("https://www.osce.org/ru/sg/827124", "a")
             + _icon("https://www.osce.org/ru/sg/827127", "b"))
    record = news_record(_body(links), _URL, "ru")
    assert "Эти значки ведут" in record["body"]


def test_the_share_box_of_a_copy_served_elsewhere_hands_on_the_same_path() -> None:
    # the offline copy serves the page at 127.0.0.1; its share links still carry the
    # site's address: the page's path tells it is the page's own
    links = (_icon(f"http://digg.com/submit?phase=2&amp;url={_SHARE}", "Digg")
             + _icon(f"mailto:?subject=x&amp;body={_SHARE}", "E-mail"))
    record = news_record(_body(links), "http://127.0.0.1:8000/ru/sg/827131", "ru")
    assert "Эти значки ведут" not in record["body"]

"""A headline may itself hold a colon ("Rivers and ports: a shared task"): when <title>
names the blog's name (the page's main heading) and, after a dash, a lower heading's
words colon and all, that lower heading is the headline."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_HEADLINE = "Rivers, seas and ports: a shared responsibility for the environment"
_TEXT = ("Opening the concluding meeting of the Forum in Prague, the Secretary General "
         "called on participating States to treat rivers, seas and ports as shared "
         "assets that demand common security and environmental standards.")


def _title(title: str) -> str:
    page = (f"<html lang='en'><head><title>{title}</title></head><body>"
            "<div id='header'><h1><a href='https://www.osce.org/newsroom/default.aspx'>"
            "OSCE Newsroom</a></h1></div><div id='content'>"
            "<h2>Tuesday, May 20, 2008</h2><div class='entry'>"
            "<h3><a href='https://www.osce.org/secretary-general/830322'>"
            f"{_HEADLINE}</a></h3><div class='body'><p>{_TEXT}</p><p>{_TEXT}</p></div>"
            "</div></div></body></html>")
    return extract(page.encode(), "https://www.osce.org/secretary-general/830322"
                   ).records[0]["title"]


def test_a_lower_heading_named_after_the_blogs_name_colon_and_all_is_the_headline() -> None:
    assert _title(f"OSCE Newsroom - {_HEADLINE}") == _HEADLINE


def test_a_title_naming_other_words_leaves_the_main_heading() -> None:
    assert _title("OSCE Newsroom - Something else: entirely") == "OSCE Newsroom"

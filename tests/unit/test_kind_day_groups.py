"""A blog's posts in day groups (one box a day, one day holding two posts, another one):
the lone post's entry is its whole day box, beside a like day box holding the other
posts, so all three are entries and the page is a listing."""
from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.kind import classify

pytestmark = pytest.mark.unit

_TEXT = ("The mission's office held a two-day training for local officials on the new "
         "regulations, with experts from three participating States. ")


def _post(n: int) -> str:
    return (f"<div class='post-outer'><div class='post'><h3 class='post-title'>"
            f"<a href='/odihr/80630{n}'>Post number {n} from the office</a></h3>"
            f"<div class='post-body'><p>{_TEXT * 2}</p></div>"
            f"<div class='post-footer'>Labels: <a href='/odihr/label/elections'>Elections</a>"
            f"</div></div></div>")


def _day(posts: list[int], day: int) -> str:
    return (f"<div class='date-outer'><h2 class='date-header'><span>{day} June 2016</span>"
            f"</h2><div class='date-posts'>{''.join(_post(n) for n in posts)}</div></div>")


def test_posts_in_day_groups_make_a_listing() -> None:
    page = (f"<html lang='en'><body><h1>Posts labelled Elections</h1>"
            f"<div class='blog-posts'>{_day([1, 2], 16)}{_day([3], 10)}</div>"
            f"</body></html>")
    verdict = classify(Document(url="https://www.osce.org/odihr/label/elections", text=page))
    assert verdict.kind == "listing", verdict.reason
    assert verdict.reason.startswith("3 items")

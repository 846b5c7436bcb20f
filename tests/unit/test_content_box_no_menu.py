"""Hold-out set 266: a box a class word calls a menu that holds the page's main region
(Read the Docs' ``div.wy-nav-content``) is the content's box, no menu."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_SITE = "https://www.osce.org"


def _records(body: str, url: str, kind: str, lang: str) -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>OSCE</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, kind).records


def test_a_content_box_named_by_a_nav_class_word_is_no_menu() -> None:
    # the sidebar is the menu; the box beside it, "wy-nav-content", holds the page's
    # main region: its article's links and its footer's credit are no entries
    body = (
        "<nav class='wy-nav-side'><div class='wy-menu' role='navigation'>"
        "<p class='caption'><span class='caption-text'>Our work</span></p><ul>"
        "<li class='toctree-l1'><a href='/it/projects/'>Projects</a></li>"
        "<li class='toctree-l1'><a href='/it/summits/'>Summits</a></li></ul></div></nav>"
        "<section class='wy-nav-content-wrap'><div class='wy-nav-content'>"
        "<div role='main'><h1>News</h1><h2>Recent</h2><ul>"
        "<li><a href='/it/secretariat/813841/'>A story</a> (12 ottobre 2018)</li>"
        "<li><a href='/it/secretariat/813838/'>Another story</a> (9 ottobre 2018)</li></ul>"
        "</div><footer>Built with <a href='https://github.com/x/theme'>a theme</a></footer>"
        "</div></section>")
    records = _records(body, f"{_SITE}/it/secretariat/news/", "navigation", "it")
    assert [(r["name"], r["url"].removeprefix(_SITE), r["path"]) for r in records] == [
        ("Projects", "/it/projects/", ["Our work"]),
        ("Summits", "/it/summits/", ["Our work"]),
    ]

"""In a mega menu's column of titled groups (title line, list, title line, list), a
title drawn with the first one's class plus a modifier (``p.title.title--link``, the
title that links to its group's page) closes the group before it: the links after it
stand under it alone, not under the column's first title too."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit


def _page(second: str) -> str:
    return ("<header><nav class='nav' aria-label='Main'><ul class='nav__menu'>"
            "<li class='nav__item'><button type='button' aria-expanded='false'>Our work"
            "</button><div class='mega'><div class='mega__col'>"
            "<p class='mega__title'>Meetings</p><ul class='mega__list'>"
            "<li><a href='/summits'>Summits</a></li><li><a href='/councils'>Councils</a></li>"
            f"</ul>{second}<ul class='mega__list'>"
            "<li><a href='/projects/search'>Project search</a></li>"
            "<li><a href='/projects/eb'>Extrabudgetary projects</a></li></ul>"
            "</div></div></li><li class='nav__item'><a href='/news'>News</a></li></ul></nav>"
            "</header><main><h1>News</h1><p>Body text.</p></main>")


@pytest.mark.parametrize("second", [
    "<p class='mega__title mega__title--link'><a href='/projects'>Projects</a></p>",
    "<p class='mega__title'><a href='/projects'>Projects</a></p>",
])
def test_modified_title_heads_its_own_group(second: str) -> None:
    entries = menu_entries(_page(second))
    assert ("Projects", "/projects", ["Our work"]) in entries
    assert ("Project search", "/projects/search", ["Our work", "Projects"]) in entries
    assert ("Councils", "/councils", ["Our work", "Meetings"]) in entries

"""Menu designs of hold-out sets 210 to 214: an external link's drawn arrow beside its
name ("Project database ↗")."""

from __future__ import annotations

import pytest

from scraper.extract.pages.navigation.hints import strip_glyphs


@pytest.mark.parametrize(("text", "name"), [
    ("Project database ↗", "Project database"), ("Jobs ⇗", "Jobs"),
    ("Archive ➜", "Archive"),
])
def test_an_external_links_drawn_arrow_is_a_glyph(text: str, name: str) -> None:
    assert strip_glyphs(text) == name

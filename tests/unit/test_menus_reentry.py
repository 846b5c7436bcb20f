"""Finding the menus on view asks whether a reader reaches an image map's areas, and a
hidden layer inside the map is judged by the menu on view it is part of: the question
comes back to the menus being found.  Asked again meanwhile, the menus on view are
those found so far; the page is read, not sent round in circles (a mutated Dreamweaver
page of the fuzz test, reduced to what made it recurse)."""

from __future__ import annotations

import sys

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

# a map holding a table row whose cell holds a hidden layer of one link (broken markup:
# what a fuzzer, or a careless editor, makes of a rollover menu)
LAYER_IN_MAP = b"""<html><body><table><tr><td>
<map><tr><td>
  <div style="position:absolute; width:170px; z-index:10; visibility: hidden">
    <table><tr><td><a href="../general/what.html">What is the OSCE?</a></td></tr></table>
  </div></td></tr></map>
</td></tr></table></body></html>"""


def test_a_layer_inside_an_image_map_is_read_without_going_round_in_circles() -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)   # a cycle fails fast; the reading itself is shallow
    try:
        result = extract(LAYER_IN_MAP, "https://www.osce.org/secretariat/500000",
                         "navigation")
    finally:
        sys.setrecursionlimit(limit)
    assert result.records == []   # one hidden link is no menu

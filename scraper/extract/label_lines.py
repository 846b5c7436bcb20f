"""Where a label's value ends on its line: at a ``<br>`` before another fact of its own
("Documents: …"), or, for a date label, with its ``<time>`` (:mod:`.labels` reads the
values)."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.document import is_skipped_tag
from scraper.extract.structure import tag
from scraper.extract.visible import is_hidden, visible_text

# the start of a line that is a fact of its own: a few words and a colon ("Documents:")
_NEW_FACT = re.compile(r"\s*[^\W\d_][^\W\d_ \u00a0-]*(?:[ \u00a0-][^\W\d_]+){0,4}[ \u00a0]*[:：]")


def starts_new_fact(br: Any) -> bool:
    """The line after ``br`` opens with a few words and a colon: a fact of its own."""
    return bool(_NEW_FACT.match(_text_after(br)))


def _text_after(br: Any) -> str:
    """The visible words that follow a ``<br>``, up to the next element's first text."""
    text = br.tail or ""
    nxt = br.getnext()
    if not text.strip() and nxt is not None and not (is_skipped_tag(nxt) or is_hidden(nxt)):
        text += visible_text(nxt)
    return text


def up_to_date(run: list[Any]) -> list[Any]:
    """A date label's value ends with its date: "Publicado el <time>10 de marzo</time>
    por <a>Presidencia</a>" names the issuer after it, no part of the date."""
    for i, part in enumerate(run):
        if not isinstance(part, str) and (tag(part) == "time" or any(
                True for _ in part.iter("time"))):
            return run[:i + 1]
    return run


def names_no_item_fact(el: Any) -> bool:
    """A label here says nothing of the item: in a picture's or a table's caption
    ("Source: OSCE" credits the figure), or in a cell of a table's header row
    (``<tr><th>Place</th><th>Period</th></tr>`` names a column of a data table, and its
    value is no neighbour of it)."""
    if any(tag(x) in ("figcaption", "caption") for x in [el, *el.iterancestors()]):
        return True
    cell = next((x for x in [el, *list(el.iterancestors())[:3]] if tag(x) in ("th", "td")),
                None)
    row = cell.getparent() if cell is not None else None
    if row is None or tag(row) != "tr":
        return False
    cells = [c for c in row if tag(c) in ("th", "td")]
    return len(cells) >= 2 and all(tag(c) == "th" for c in cells)

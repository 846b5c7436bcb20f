"""Table rows an unclosed element carried into a cell, put back in their table.

An old page leaves a ``<font>`` (or ``<b>``, ``<a>``) open in a cell and starts the
next row: ``<tr><th>Type:<td><font face="Tahoma">Press release<tr><th>Issued by:…``.
A browser closes the cell, and the element with it, at the next ``<tr>``: the reader
sees one row under the other.  libxml2 keeps the element open and nests the next row
(and every row after it) inside it, so a label's cell would hold every later label
and value.  Each such row is moved back, with the rows standing after it, to follow
the row whose cell it was nested in, as a browser places it.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.structure import tag

# the elements a row stands in, in a table a browser builds
_ROW_PARENTS = frozenset({"table", "tbody", "thead", "tfoot"})
_CELLS = frozenset({"td", "th"})


def reopen_table_rows(root: Any) -> None:
    """Move every row nested in an element inside a cell of another row (not in a
    table of its own) to stand after that row, with its following sibling rows."""
    for row in list(root.iter("tr")):
        parent = row.getparent()
        if parent is None or tag(parent) in _ROW_PARENTS:
            continue
        outer = _enclosing_row(row)
        if outer is None:
            continue
        run = [row, *(s for s in row.itersiblings() if tag(s) == "tr")]
        anchor = outer
        for moved in run:
            anchor.addnext(moved)
            anchor = moved


def _enclosing_row(row: Any) -> Any:
    """The row whose cell holds ``row`` through other elements than a table's: None
    when a table stands between them, or no cell does."""
    in_cell = False
    for above in row.iterancestors():
        t = tag(above)
        if t in _ROW_PARENTS:
            return None
        if t in _CELLS:
            in_cell = True
        elif t == "tr":
            return above if in_cell else None
    return None

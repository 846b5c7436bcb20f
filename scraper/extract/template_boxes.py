"""The boxes a server template marks with comments and no element.

An older engine (Slash's ``<!-- start template: ID 140, dispStory -->`` … ``<!-- end
template: ID 140, dispStory -->``, a theme's ``<!-- BEGIN story -->`` … ``<!-- END
story -->``) writes each story as a run of siblings between a pair of comments naming
the same template: its title table, byline, teaser text and links line side by side in
the column, no element around them.  A reader sees one box per story; the run is read
as one (a ``<div>`` made around it), so a story's lines stay together, whichever of them
links to its item.
"""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.rule_runs import is_loose_run, wrap_run
from scraper.extract.structure import is_block

# a comment opening or closing a template's output, and the template's name
_MARK = re.compile(r"^\s*(start|begin|end)\b[\s:_-]*(.*?)\s*-*\s*$", re.IGNORECASE | re.DOTALL)


def _mark(node: Any) -> tuple[str, str] | None:
    """("open" or "close", the template's name) of a template comment."""
    if isinstance(node.tag, str) or not isinstance(node.text, str):
        return None
    m = _MARK.match(node.text)
    if m is None or not m.group(2):
        return None
    return ("close" if m.group(1).lower() == "end" else "open"), " ".join(m.group(2).split())


def box_template_runs(root: Any) -> None:
    """Each run of siblings between an opening and a closing comment naming one template
    becomes a ``<div>`` when it holds a block (a table, a paragraph) beside other
    nodes: a box of its own already, or inline words alone, are left as they are."""
    for parent in [el for el in root.iter() if isinstance(el.tag, str)]:
        opened: dict[str, Any] = {}
        for node in list(parent):
            mark = _mark(node)
            if mark is None:
                continue
            kind, name = mark
            if kind == "open":
                opened[name] = node
            elif name in opened:
                _wrap(parent, opened.pop(name), node)


def _wrap(parent: Any, start: Any, end: Any) -> None:
    run = []
    for node in start.itersiblings():
        if node is end:
            break
        run.append(node)
    if any(isinstance(n.tag, str) and is_block(n) for n in run) and is_loose_run(start, run):
        wrap_run(parent, start, run)


__all__ = ["box_template_runs"]

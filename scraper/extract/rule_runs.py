"""Entries written as runs of siblings between rules (``<hr>``).

Many older CMSs and wikis (WikkaWiki, MoinMoin, hand-written newsrooms) write a list
flat in one box: each entry a run of loose siblings (a kicker, the headline, a line
of facts, the teaser as bare text after a ``<br>``), the entries parted by ``<hr>``.
A reader sees one box per entry between two rules; each such run is read as one (a
``<div>`` made around it), so an entry's kicker, facts and loose teaser stay with its
headline, not with the headline of the entry before or after it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from scraper.extract import urls
from scraper.extract.structure import tag

# runs parted by rules that each link one item: a list of them, not a page's one
# section between two rules
_MIN_RUNS = 2


def box_rule_runs(root: Any, absolute: Callable[[str | None], str | None]) -> None:
    """In each box holding rules, every run of siblings between two rules that links
    to one item alone becomes a ``<div>``, when at least :data:`_MIN_RUNS` runs of the
    box do (a box whose rules part sections, not items, is left as it is).  A run that
    is one element and no loose text is a box already and stays."""
    for parent in [el for el in root.iter() if isinstance(el.tag, str)]:
        kids = list(parent)
        rules = [n for n, kid in enumerate(kids) if tag(kid) == "hr"]
        if len(rules) < _MIN_RUNS + 1:
            continue
        runs = [kids[a + 1:b] for a, b in pairwise(rules)]
        boxed = [(kids[a], run) for a, run in zip(rules, runs, strict=False)
                 if _one_item(run, absolute) and is_loose_run(kids[a], run)]
        if len(boxed) < _MIN_RUNS:
            continue
        for rule, run in boxed:
            wrap_run(parent, rule, run)


def _one_item(run: list[Any], absolute: Callable[[str | None], str | None]) -> bool:
    """The run's links lead to one item (its headline, its "Read more"), and to no
    other."""
    items = {urls.item_number(absolute(a.get("href")))
             for node in run if isinstance(node.tag, str)
             for a in node.iter("a") if a.get("href")}
    items.discard(None)
    return len(items) == 1


def is_loose_run(rule: Any, run: list[Any]) -> bool:
    """More than one element, or words standing loose beside them."""
    elements = [n for n in run if isinstance(n.tag, str)]
    texts = [t for t in (rule.tail, *(n.tail for n in run)) if t and t.strip()]
    return len(elements) > 1 or bool(texts)


def wrap_run(parent: Any, rule: Any, run: list[Any]) -> None:
    """Move ``run``, the siblings after ``rule`` (the loose words after it too), into a
    new ``<div>`` standing where they stood."""
    box = parent.makeelement("div", {})
    box.text, rule.tail = rule.tail, None
    parent.insert(parent.index(rule) + 1, box)
    box.extend(run)     # each node moves with its tail


__all__ = ["box_rule_runs", "is_loose_run", "wrap_run"]

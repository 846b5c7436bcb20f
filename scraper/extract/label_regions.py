"""Where a page's labels stand: the label and value elements, and each line that holds
only labels and their values (``<li><span>Issued by:</span> OSCE</li>``), so that no
title, teaser or body is read from them.  The labels themselves are found by
:mod:`scraper.extract.labels`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from scraper.extract.document import tokens
from scraper.extract.labels import LabelValue
from scraper.extract.pages.common import lowest_common_ancestor
from scraper.extract.structure import is_block, tag
from scraper.extract.text import clean

# the words of a block of its own: a short sentence's length, no stray word
_OWN_BLOCK_MIN = 40
# the words past its label lines that make a block a text of its own: a paragraph's
_RUN_ON = 200
# a message header's list: this many "Label: value" items at least, each label this short
# (characters, words) and each value no longer than a headline
_HEADER_ITEMS = 3
_HEADER_LABEL_CHARS = 30
_HEADER_LABEL_WORDS = 3
_HEADER_VALUE_CHARS = 200


def label_regions(values: list[LabelValue], read: Iterable[Any] = ()) -> set[Any]:
    """Label and value elements, and each line (block, or inline element up to its
    block) that holds only labels and their values (``<li><span>Issued by:</span>
    OSCE</li>``): never title, teaser or body.  Inside a block, the text of a ``read``
    element (an entry's title, read already) is no other words on an inline line: a
    ``<font>`` holding the title's link, a ``<br>`` and "Issued by: X" is the label's
    line all the same (a block holding them still has room for a teaser).  A block
    holding a block of words of its own, no label in it (a teaser's ``<p>`` below an
    entry's lines of labels), holds more than labels, however short those words."""
    out: set[Any] = set()
    budget: dict[Any, int] = {}
    texts: dict[Any, str] = {}

    def text_of(el: Any) -> str:
        # labels of one block share their lines and ancestors: each walked once
        text = texts.get(el)
        if text is None:
            text = texts[el] = clean(" ".join(v for k, v in tokens(el) if k == "text"))
        return text

    for lv in values:
        if not _opens_text_run(lv, text_of):
            out.add(lv.holder)
        out.update(lv.elements)
        # the largest element holding just this label and its value (an inline
        # <small><b>Issued by:</b> OSCE</small> inside a bigger block)
        node, top = lv.holder, None
        while node is not None and len(text_of(node)) <= len(lv.text) + 60:
            top, node = node, node.getparent()
        if top is not None:
            out.add(top)
        # the lines around it up to its block: a <font> or <small> holding several
        # "<b>Label:</b> value<br>" lines is as much a label region as a block is
        line = lv.holder.getparent() if not is_block(lv.holder) else lv.holder
        while line is not None:
            # the label's own words are at most ~60 characters
            budget[line] = budget.get(line, 0) + len(lv.text) + 60
            if is_block(line):
                break
            line = line.getparent()
    for lv in values:
        out.update(header_list_items(lv.holder, text_of))
    read = [el for el in read if el is not None]
    labelled = {el for lv in values for el in (lv.holder, *lv.elements)}
    carriers = {a for el in labelled for a in el.iterancestors()}
    for line, allowed in budget.items():
        if is_block(line) and _holds_other_block(line, labelled, carriers, read, text_of):
            continue
        known = 0 if is_block(line) else sum(
            len(text_of(el)) for el in read
            if el is line or any(a is line for a in el.iterancestors()))
        if len(text_of(line)) - known <= allowed:
            out.add(line)
    return out


def header_list_items(holder: Any, text_of: Callable[[Any], str]) -> list[Any]:
    """The items of the list a label's row stands in, when every item reads as a
    label, a colon and a short value on one line ("To: …", "Subject: …", "From: …",
    "Date: …": an e-mail archive's message header): all of them are the item's labels,
    known words or not, no lead and no text.  [] when the label stands in no such list."""
    item = next((a for a in [holder, *holder.iterancestors()][:3] if tag(a) == "li"), None)
    parent = item.getparent() if item is not None else None
    if parent is None or tag(parent) not in ("ul", "ol"):
        return []
    items = [c for c in parent if tag(c) == "li"]
    if len(items) < _HEADER_ITEMS or not all(_label_line(text_of(li)) for li in items):
        return []
    return items


def _label_line(text: str) -> bool:
    """One line: a short label, a colon, and a value no longer than a headline."""
    label, colon, value = text.partition(":")
    return bool(colon) and 0 < len(label.strip()) <= _HEADER_LABEL_CHARS and \
        len(label.split()) <= _HEADER_LABEL_WORDS and \
        0 < len(value.strip()) <= _HEADER_VALUE_CHARS and "\n" not in text


def _holds_other_block(line: Any, labelled: set[Any], carriers: set[Any], read: list[Any],
                       text_of: Callable[[Any], str]) -> bool:
    """``line`` holds a block of words (a sentence's length) that neither holds a label
    or value, nor stands in one, nor is an element read already."""
    for el in line.iterdescendants():
        if not isinstance(el.tag, str) or not is_block(el) or el in carriers \
                or len(text_of(el)) < _OWN_BLOCK_MIN:
            continue
        if any(x in labelled or x in read for x in (el, *el.iterancestors())):
            continue
        return True
    return False


def _opens_text_run(lv: LabelValue, text_of: Callable[[Any], str]) -> bool:
    """The label stands in the first line of a block whose ``<br>`` lines run on into
    text of its own (a print view's cell: the labels' lines, then the article's): the
    block is no label's region, its label lines are."""
    holder = lv.holder
    return is_block(holder) and any(tag(c) == "br" for c in holder) and \
        len(text_of(holder)) > len(lv.text) + _RUN_ON


def repeated_run(first: LabelValue, group: list[LabelValue]) -> list[LabelValue]:
    """``first`` and the labels of its field repeated one per value in the boxes right
    after its own (chips: "Issued by: A", "Issued by: B", each label hidden or shown)."""
    if tag(first.holder) == "dt":
        return _repeated_terms(first, group)
    run = [first]
    boxes = [(box, lv) for lv in group
             if not lv.in_chrome and lv.items and (box := _box(lv)) is not None]
    box = _box(first)
    while box is not None:
        box = box.getnext()
        while box is not None and not isinstance(box.tag, str):
            box = box.getnext()
        nxt = next((lv for b, lv in boxes if b is box), None)
        if nxt is None or any(nxt is lv for lv in run):
            break
        run.append(nxt)
    return run


def _repeated_terms(first: LabelValue, group: list[LabelValue]) -> list[LabelValue]:
    """A definition list's term repeated one per value: ``first`` (a ``<dt>``) and each
    term of its field that comes right after the last description of the one before
    (``<dt>Issued by</dt><dd>A</dd><dt>Issued by</dt><dd>B</dd>``)."""
    run = [first]
    terms = {id(lv.holder): lv for lv in group
             if not lv.in_chrome and lv.items and tag(lv.holder) == "dt"}
    lv = first
    while True:
        last = lv.elements[-1] if lv.elements else lv.holder
        nxt = last.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        found = terms.get(id(nxt)) if nxt is not None else None
        if found is None or any(found is x for x in run) \
                or nxt.getparent() is not first.holder.getparent():
            return run
        run.append(found)
        lv = found


def _box(lv: LabelValue) -> Any:
    """The element holding the label and its value alone (a chip, a list item), and
    the boxes around it that hold nothing else (a list item around a chip's link)."""
    box = lv.holder
    for part in lv.elements:
        box = lowest_common_ancestor(box, part) if box is not None else None
    if box is lv.holder:
        box = box.getparent()
    while box is not None and _alone_in(box):
        box = box.getparent()
    return box


def _alone_in(el: Any) -> bool:
    """``el`` is all its parent holds: no other element, no words of the parent's own."""
    parent = el.getparent()
    return parent is not None and tag(parent) not in ("body", "html") \
        and not (parent.text or "").strip() and all(
            c is el or (not isinstance(c.tag, str) and not (c.tail or "").strip())
            for c in parent) and all(not (c.tail or "").strip() for c in parent)

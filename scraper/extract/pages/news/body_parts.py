"""A body split across sibling text containers, joined in page order.

Content systems that compose an article from fields or components print its text
in more than one container: Drupal's body field and, after it, a "Paragraphs" text
item; a page builder's text modules, a pull quote or a related box set between them.
The densest container is only part of the text.  A container of text standing right
before or after it, with nothing but widgets (related boxes, share rows; hidden
pull quotes are no text at all) between them, continues it.

A note the text refers to continues it too, wherever the page sets it: a reference
mark in a paragraph ("environnementale<sup><a href="#footnote-1">1</a></sup>") links to
the note's element on the page, and a site generator may move the notes out of the
article's container to a box of their own after it (soupault's ``div#footnotes`` after
``<article>``).  The note is the item's text (endnotes are, in the body's own container).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from scraper.extract.blocks import Block
from scraper.extract.pages.common import is_descendant, lowest_common_ancestor
from scraper.extract.structure import in_chrome, is_block, is_widget, tag
from scraper.extract.text import clean

# a paragraph of prose: this long at least, hardly any of it links
_PROSE_CHARS = 80
_PROSE_LINKS = 0.3
# a container continues the text with this many paragraphs of prose at least (a lone
# one is a lead, a teaser or a caption)
_PART_PARAGRAPHS = 2
# a short paragraph is a sentence of its own from this long
_SENTENCE_CHARS = 40
# elements that hold paragraphs themselves rather than being one
_HOLDERS = frozenset({"div", "td", "section", "article", "main", "body"})


def is_prose(b: Block) -> bool:
    return not b.widget and not b.is_heading and len(b.text) >= _PROSE_CHARS \
        and b.link_density < _PROSE_LINKS


def holder(el: Any) -> Any:
    """The element a block's paragraph stands in (the block's own when it is a box)."""
    return el if tag(el) in _HOLDERS else el.getparent()


def body_parts(blocks: list[Block], container: Any, end: Callable[[Any], int],
               order: dict[Any, int], stop: Callable[[Block], bool],
               start: int = -1, passed: Callable[[Block], bool] | None = None,
               opens: Callable[[Block], bool] | None = None) -> list[Any]:
    """``container`` and the sibling text containers that continue it, in page order.

    From the container's end (and back from its start), widget blocks are passed
    over, and headings standing in the next part (its subheads); the first other block
    must be prose whose holder is a container of its own
    (neither inside nor around the parts, sharing an ancestor below ``<body>`` with
    them) holding at least :data:`_PART_PARAGRAPHS` paragraphs of prose: that holder
    is a part, and the search goes on past it.  A block ``stop`` rejects (a label),
    or one at or before ``start`` (the headline), ends the search; one ``passed``
    accepts (a "Back to top" link under each section) is passed over like a widget.
    A section of a subhead and a list of plain items (no links: a list of the text's
    points, not of other pages) continues the text as well as two paragraphs do.

    Back from the start, a paragraph of its own that ``opens`` accepts (one opening on
    a dateline, "WIEN, 23. Juni 2009 – Rede des …", set before the container holding
    the rest of the speech) is a part however short: a dateline is where the item's
    text starts.  Passed blocks (an editorial note, "Es gilt das gesprochene Wort",
    above or below it) are passed over."""
    if passed is not None:
        blocks = [b for b in blocks if not passed(b)]
    parts = [container]
    # forward: after the last part
    while True:
        last_end = end(parts[-1])
        ahead = [b for b in blocks if b.order > last_end and not b.widget]
        part = _part(_first_text(ahead), parts, blocks, stop, ahead)
        if part is None:
            between = _up_to_twin(parts[-1], blocks, stop)
            if not between:
                break
            parts.extend(between)
            continue
        parts.append(part)
    # backward: before the first part, never before ``start``
    while True:
        first = order.get(parts[0], 0)
        behind = [b for b in reversed(blocks) if b.order < first and not b.widget]
        prev = _first_text(behind)
        if prev is not None and prev.order <= start:
            break
        part = _part(prev, parts, blocks, stop, behind, opening=True)
        if part is None and prev is not None and opens is not None and opens(prev):
            part = _opening(prev, parts, behind)
        if part is None:
            break
        parts.insert(0, part)
    return parts


def _opening(b: Block, parts: list[Any], run: list[Block]) -> Any:
    """The element of ``b``, a paragraph opening the text before the parts, when it is
    a box of its own (not one holding the parts, nor inside them) with nothing but
    widgets between it and them."""
    if tag(b.el) in _HOLDERS or run[0] is not b or \
            any(is_descendant(b.el, p) or is_descendant(p, b.el) for p in parts):
        return None
    shared = lowest_common_ancestor(b.el, parts[0])
    return None if shared is None or tag(shared) in ("html", "body") else b.el


def _first_text(run: list[Block]) -> Block | None:
    """The first block of ``run`` that is no heading (a part may open on its subhead)."""
    return next((b for b in run if not b.is_heading), None)


def _part(b: Block | None, parts: list[Any], blocks: list[Block],
          stop: Callable[[Block], bool], run: list[Block], opening: bool = False) -> Any:
    """The holder of ``b`` when it is a further part of the text, else None.  Headings
    passed over on the way to ``b`` (in ``run``) must stand in that holder: a part's
    own subheads, not a section of its own ("Latest news" over its links)."""
    if b is None or stop(b):
        return None
    if not is_prose(b):
        section = _list_section(b, parts, blocks, stop, run)
        if section is not None:
            return section
    box = holder(b.el)
    if box is None or any(is_descendant(box, p) or is_descendant(p, box) for p in parts):
        return None
    twin = _twin(box, parts)
    if twin is not None:
        box = twin
    elif not is_prose(b):
        return None    # a table or a short line opens a part only of the text's own kind
    passed = run[:run.index(b)]
    if any(stop(x) or not is_descendant(x.el, box) for x in passed):
        return None
    shared = lowest_common_ancestor(box, parts[0])
    if shared is None or tag(shared) in ("html", "body"):
        return None
    inside = [x for x in blocks if not stop(x) and is_descendant(x.el, box)]
    prose = sum(1 for x in inside if is_prose(x))
    # before the parts, a short paragraph that is a whole sentence counts beside the
    # prose: the text may open on one ("This report is for the media and the general
    # public." over its first paragraph), where a box after the text so made is a
    # footer's ("© OSCE 1995-2008. Reproduction authorised …")
    sentences = sum(1 for x in inside if _is_sentence(x)) if opening else 0
    return box if prose >= 1 and prose + sentences >= (
        1 if twin is not None else _PART_PARAGRAPHS) else None


def _is_sentence(b: Block) -> bool:
    """A short paragraph that is a sentence of its own: a few words of prose ending as a
    sentence does, hardly any of them links."""
    return not is_prose(b) and not b.widget and not b.is_heading and "\n" not in b.text \
        and len(b.text) >= _SENTENCE_CHARS and b.link_density < _PROSE_LINKS \
        and b.text.rstrip().endswith((".", "!", "?"))


def _twin(box: Any, parts: list[Any]) -> Any:
    """The element holding ``box`` (or ``box`` itself) that is a sibling of a part with
    the same tag and class names: another copy of the text's own component (Trix's
    ``div.trix-content`` printed twice, a CMS's text field repeated), which continues
    the text however short it is (a closing paragraph), where a box of another kind
    must hold two paragraphs of prose."""
    shells = [s for p in parts for s in _shells(p)]
    for el in [box, *box.iterancestors()]:
        if tag(el) in ("body", "html"):
            return None
        for p in shells:
            cls = (p.get("class") or "").split()
            if cls and el.getparent() is p.getparent() and tag(el) == tag(p) and \
                    (el.get("class") or "").split() == cls and \
                    not any(is_descendant(x, el) for x in parts):
                return el
    return None


# a twin of the text's component resumes it past this many elements at most
_TWIN_GAP = 4


def _up_to_twin(part: Any, blocks: list[Block], stop: Callable[[Block], bool]) -> list[Any]:
    """The siblings after ``part`` (or a wrapper holding only it) up to the next copy of
    its component (same tag and class names), when a few elements of the text's own
    stand between them: a CMS's text field, a data table, a subhead, the text field
    again (``div.body-text``, ``table``, ``h3``, ``div.body-text``).  The table and
    subhead continue the text the twin resumes.  None between may be a widget, page
    chrome or hold a label."""
    for shell in _shells(part):
        cls = (shell.get("class") or "").split()
        if not cls:
            continue
        between: list[Any] = []
        for sib in shell.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if tag(sib) == tag(shell) and (sib.get("class") or "").split() == cls:
                return [*between, sib] if between else []
            if len(between) >= _TWIN_GAP or is_widget(sib) or in_chrome(sib) or \
                    any(stop(b) for b in blocks if is_descendant(b.el, sib)):
                break
            between.append(sib)
    return []


def _shells(part: Any) -> list[Any]:
    """``part`` and the wrappers around it holding nothing else (SharePoint's
    ``div.ms-rtestate-field`` around a ``div.ExternalClass…`` of the field's text):
    each is the text's component as the page prints it."""
    out = [part]
    node = part
    while True:
        parent = node.getparent()
        if parent is None or tag(parent) in ("body", "html", "main") or \
                len(parent) != 1 or clean(parent.text or "") or clean(node.tail or ""):
            return out
        out.append(parent)
        node = parent


# a section's list continues the text with this many plain items at least
_LIST_ITEMS = 2


def _list_section(b: Block, parts: list[Any], blocks: list[Block],
                  stop: Callable[[Block], bool], run: list[Block]) -> Any:
    """The box of a section that opens with a subhead over a list of plain items, ``b``
    its first item (TYPO3's content element ``<div><div class="csc-header"><h2>…</h2>
    </div><ul class="csc-bulletlist">…</ul></div>`` after the text's own): the text's
    points under their heading.  A list of links (related items, a menu) is none."""
    if tag(b.el) != "li" or b.links:
        return None
    box = next((a for a in b.el.iterancestors() if tag(a) in _HOLDERS), None)
    passed = run[:run.index(b)]
    if box is None or not passed or not all(x.is_heading for x in passed) or \
            any(is_descendant(box, p) or is_descendant(p, box) for p in parts) or \
            any(stop(x) or not is_descendant(x.el, box) for x in passed):
        return None
    shared = lowest_common_ancestor(box, parts[0])
    if shared is None or tag(shared) in ("html", "body"):
        return None
    inside = [x for x in blocks if is_descendant(x.el, box) and not x.widget]
    items = [x for x in inside if tag(x.el) == "li"]
    if len(items) < _LIST_ITEMS or any(x.links or stop(x) for x in items) or \
            any(not x.is_heading and tag(x.el) != "li" for x in inside):
        return None
    return box


# the share of a block's words a link holds when the block is that link alone
_WHOLE_LINK = 0.9


def to_this_page(b: Block, absolute: Callable[[str], str | None],
                 own: set[str | None]) -> bool:
    """A block that is nothing but a link to a place on this very page ("Nach oben",
    "Back to top" under each section, TYPO3's ``csc-linkToTop``): a way around the
    page, no text.  A list item so linked is a contents list's entry, a heading so
    linked a section's anchor (mdBook's ``<h2><a class="header" href="#x">``): both
    are text."""
    links = [a for a in b.links if a.get("href")]
    if len(links) != 1 or tag(b.el) == "li" or b.is_heading or \
            b.link_density < _WHOLE_LINK:
        return False
    href = links[0].get("href") or ""
    if "#" not in href:
        return False
    page = href.split("#", 1)[0]
    return not page.strip() or absolute(page) in own


def closes_text(row: Block, last: Block, parts: list[Any]) -> bool:
    """A share row standing after the text, outside the box the text's ``last`` block
    stands in (a sibling of the text's boxes, not a row inside a paragraph's box): the
    item's text ends there, and what the page sets after it in the same container (a
    contacts box, a related list) is the page's, not the item's."""
    box = holder(last.el)
    return box is not None and not any(box is p for p in parts) and \
        not is_descendant(row.el, box)


# a note's reference mark as a paragraph shows it: "1", "[1]", "(1)", "*", "†"
_NOTE_MARK = re.compile(r"^[\[(]?(?:\d{1,3}|[*†‡])[\])]?$")


def note_parts(parts: list[Any], end: Callable[[Any], int],
               order: dict[Any, int]) -> list[Any]:
    """The notes the text's reference marks link to (``<a href="#fn1">1</a>``) that
    stand after the parts, outside them: each note's block, in page order.  A link
    whose text is no note's mark (a "#top" or "#content" link) leads to no note."""
    if not parts:
        return []
    last_end = end(parts[-1])
    root = parts[0].getroottree().getroot()
    notes: list[Any] = []
    for part in parts:
        for a in part.iter("a"):
            href = (a.get("href") or "").strip()
            if len(href) < 2 or not href.startswith("#") or \
                    not _NOTE_MARK.match(clean(a.text_content())):
                continue
            found = root.xpath("//*[@id=$name]", name=href[1:])
            note = found[0] if found else None
            while note is not None and not is_block(note):
                note = note.getparent()     # a note's anchor inside its paragraph
            if note is None or order.get(note, 0) <= last_end or note in notes or \
                    any(is_descendant(note, p) or is_descendant(p, note) for p in parts):
                continue
            if in_chrome(note) or any(is_widget(x) for x in [note, *note.iterancestors()]):
                continue
            if clean(note.text_content()):
                notes.append(note)
    return sorted(notes, key=lambda n: order.get(n, 0))

"""The groups of a box of titled groups: which title line heads which of its links
(a column title over subheadings of a lower rank, title lines alternating with their
groups, a divider closing one)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from scraper.extract.pages.navigation.hints import (
    DIVIDER_TOKENS,
    HEADING_TAGS,
    SKIPPED_CHILDREN,
    rendered_element,
)
from scraper.extract.structure import class_tokens, tag
from scraper.extract.text import clean
from scraper.extract.visible import is_hidden


def subheaded(head: Any, between: list[Any]) -> bool:
    """A column whose title heads subheadings of a lower rank (``h2`` over ``h3``s,
    each over its list): every list after them stands under the column's title too."""
    return any(tag(c) in HEADING_TAGS and tag(c) > tag(head) for c in between)


def worded_header(head: Any, text: str) -> bool:
    """``head`` says ``text``, a few words of its own, and holds no link or block
    (BootstrapVue's dropdown group: ``header.dropdown-header`` over its
    ``ul[role=group]``, in a mega menu's column): a title, as a heading would be."""
    return 0 < len(text) <= 80 and not head.xpath(
        ".//a[@href]|.//ul|.//ol|.//p|.//div|.//form|.//input|.//button")


def divider(el: Any) -> bool:
    """A rule between groups of items: ``hr``, a separator role, a divider class."""
    return tag(el) == "hr" or (el.get("role") or "").lower() == "separator" \
        or bool(class_tokens(el) & DIVIDER_TOKENS)


def own_group(children: list[Any], branch: Any) -> list[Any]:
    """The children of a box of titled groups, title line, links, title line, links
    (each title a line of the first one's tag and class, before a group of its own),
    that make ``branch``'s
    group: from the nearest title before it to the next; each title labels its own
    links, not the first one all of them.  A divider after a title's group closes it
    (RichFaces' ``rich-menu-separator`` after the last ``rich-menu-group`` row and its
    flyout): the lines after it stand under no title of the box."""
    head = children[0]
    if not head.get("class") or branch is head:
        return children
    titles = [i for i, c in enumerate(children) if tag(c) == tag(head)
              and _title_class(c, head) and not c.xpath(".//ul|.//ol")]
    # titles alternate with their groups; items of one kind side by side (a submenu's
    # ``div.MenuItem`` lines among ``div.MenuItem.ArrowIcon`` ones) are no such titles
    if len(titles) < 2 or titles[-1] == len(children) - 1 or any(
            b - a < 2 for a, b in pairwise(titles)):
        return children
    at = children.index(branch)
    start = max(i for i in titles if i <= at)
    end = min((i for i in titles if i > at), default=len(children))
    # a divider right under its title is a rule drawn under it, no end of its group
    closing = next((i for i in range(at - 1, start + 1, -1) if divider(children[i])), None)
    return children[start:end] if closing is None else children[closing + 1:end]


def _title_class(line: Any, head: Any) -> bool:
    """``line`` is drawn as the title ``head``: its class, or its class words with a
    modifier added or left out (``p.menu__title`` and ``p.menu__title.menu__title--link``,
    the title that is a link to its group's page)."""
    if line.get("class") == head.get("class"):
        return True
    own, first = class_tokens(line), class_tokens(head)
    return bool(own) and bool(first) and (own < first or first < own)


def close_sub_titles(stack: list[tuple[tuple[str, ...], str]],
                      levels: dict[tuple[str, ...], set[int]],
                      style: tuple[str, ...]) -> None:
    """A link line looking like the links of an outer title, after sub-titles whose
    own links look otherwise, stands at that outer level again: "all field
    activities" styled as the column's first-level links after the indented links of
    "Central Asia" is under "Field Activities", not under "Central Asia".  (Links
    looking alike at both levels say nothing: the line stays in the open group.)"""
    here = len(stack)
    seen = levels.setdefault(style, set())
    open_group = {s for s, at in levels.items() if here in at}
    outer = [d for d in seen if 1 <= d < here]
    if outer and here not in seen and open_group:
        del stack[max(outer):]
        for at in levels.values():
            at.discard(here)   # the sub-groups are closed: their looks start afresh
    seen.add(len(stack))


def box_head(box: Any) -> Any | None:
    """A submenu box's first child that is no list: the line over its lists (a mega
    column's ``header`` over its ``div`` of links), read as the words of its item.  A
    component host holding one box is read as that box (an accordion element around
    its ``section``: ``amp-accordion > section > header + ul``)."""
    head = rendered_element(box).xpath("./*[not(self::ul or self::ol)][1]")
    return head[0] if head else None


def among_columns(item: Any) -> bool:
    """``item`` stands in a row of columns: two or more of its sibling items hold a
    list (a mega panel's ``li`` columns, each a title over its list, and the promo's
    ``li`` of a title over one link, drawn bare, no box around it)."""
    parent = item.getparent()
    return parent is not None and sum(
        1 for c in parent if c is not item and isinstance(c.tag, str)
        and tag(c) == tag(item) and c.xpath("./ul|./ol")) >= 2


def closes_header_group(el: Any, head: Any, box: Any) -> bool:
    """``el``, after the header item ``head`` in ``box``, closes the header's group: the
    next header of its kind, or a divider (Semantic UI's ``div.header`` …
    ``div.divider``, ``div.header`` in one ``div.menu``), but not in a headed mega
    column, where a divider sets off the column's closing link ("All fields of work ›")."""
    if tag(el) == tag(head) and el.get("class") == head.get("class"):
        return True
    return divider(el) and not headed_column(box, head)


def headed_column(box: Any, head: Any) -> bool:
    """``box`` is one of a mega panel's columns, each headed like it: two or more
    siblings of its tag and class open with a line of ``head``'s tag and class."""
    parent = box.getparent()
    if parent is None:
        return False
    return sum(1 for c in parent if c is not box and isinstance(c.tag, str)
               and tag(c) == tag(box) and c.get("class") == box.get("class")
               and any(tag(x) == tag(head) and x.get("class") == head.get("class")
                       for x in c[:1])) >= 2


def parallel_title(head: Any, box: Any) -> bool:
    """``head`` opens ``box`` as the boxes beside it open with their titles (a mega
    menu's columns, each a ``div`` of the same class over its list, the last over one
    promo link): a column's title, no card's kicker."""
    def opening(el: Any) -> tuple[str, str | None] | None:
        kids = [c for c in el if isinstance(c.tag, str)]
        return (tag(kids[0]), kids[0].get("class")) if kids else None
    if opening(box) != (tag(head), head.get("class")):
        return False
    parent = box.getparent()
    return parent is not None and any(
        sib is not box and isinstance(sib.tag, str) and tag(sib) == tag(box)
        and opening(sib) == opening(box) for sib in parent)


def column_title(head: Any, box: Any) -> bool:
    """``head`` opens ``box``, one of a row of columns sharing a class word (a mega
    panel's ``section.mega__col`` columns, each over its list, and the promo's
    ``aside.mega__col``), whose other columns open with their headings: it is the
    promo column's title ("Destacado" over the annual report), as theirs are, no
    card's kicker."""
    kids = [c for c in box if isinstance(c.tag, str)]
    parent = box.getparent()
    kind = class_tokens(box)
    if not kids or kids[0] is not head or parent is None or not kind:
        return False
    peers = [sib for sib in parent if sib is not box and isinstance(sib.tag, str)
             and class_tokens(sib) & kind]
    return bool(peers) and all(
        any(isinstance(c.tag, str) for c in sib)
        and tag(next(c for c in sib if isinstance(c.tag, str))) in HEADING_TAGS
        for sib in peers)


def bold_link_line(el: Any) -> bool:
    """``<b><a href="field-operations">Field operations</a></b><br>``: a bold line of
    its own that is one link, among links on lines of their own, is a title line made
    a link: an entry, and the title of the links under it (as :func:`~.hints.bold_line`)."""
    if tag(el) not in ("b", "strong") or (el.text or "").strip() or (el.tail or "").strip():
        return False
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 1 or tag(kids[0]) != "a" or (kids[0].tail or "").strip() \
            or not clean("".join(kids[0].itertext())):
        return False
    nxt = el.getnext()
    return nxt is not None and tag(nxt) == "br"


def heads_box_after(head: Any) -> bool:
    """``head``, a bold link line, stands right over a ``div`` of link lines (bulleted
    lines set in under it, an older blog's side column): it heads that box, whose lines
    are its group; the lines after the box are back at the head's level, its peers."""
    nxt = next((x for x in head.itersiblings() if isinstance(x.tag, str)
                and tag(x) not in SKIPPED_CHILDREN and tag(x) != "br"), None)
    return bold_link_line(head) and nxt is not None and tag(nxt) == "div" \
        and not is_hidden(nxt) and len(nxt.xpath(".//a[@href]")) >= 2

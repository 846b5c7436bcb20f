"""How a column's line looks (:mod:`.columns`): its style, its marker, its weight and
indent, which tell a title line from the link lines it heads and the page on view from
its peers."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract.pages.navigation.column_lines import Line
from scraper.extract.pages.navigation.hints import leads_nowhere
from scraper.extract.pages.navigation.looks import drawn_style
from scraper.extract.structure import tag
from scraper.extract.text import clean

# tags drawn alike: a <strong> title looks like a <b> one
_LOOK = {"strong": "b", "em": "i"}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_LEFT_SPACE = re.compile(
    r"(?:^|;)\s*(?:margin|padding)-left\s*:\s*(-?[\d.]+)\s*(pt|px|em|rem|cm|mm|in)?",
    re.IGNORECASE)
# the units of a left margin, in points
_POINTS = {"pt": 1.0, "px": 0.75, "em": 12.0, "rem": 12.0, "cm": 28.35, "mm": 2.835,
           "in": 72.0}


def line_style(line: Line) -> tuple[str, ...]:
    """How a line looks: its cells' or elements' tags, classes and colours, the tags
    of its words' wrappers (a link aside: a link heading looks like a title) and its
    indentation (non-breaking spaces before the words)."""
    return tuple(part for part, _ in _style_parts(line))


def drawn_as_plus_classes(line: Line, style: tuple[str, ...]) -> bool:
    """``line`` looks as ``style`` does but for class words it adds to the classes
    ``style`` names (``td.menuhead.menutoggle`` against ``td.menuhead``)."""
    parts = _style_parts(line)
    if len(parts) != len(style) or tuple(p for p, _ in parts) == style:
        return False
    return all(mine == theirs or (is_class and bool(theirs.split())
                                  and set(theirs.split()) < set(mine.split()))
               for (mine, is_class), theirs in zip(parts, style, strict=True))


def _style_parts(line: Line) -> list[tuple[str, bool]]:
    """:func:`line_style`'s parts, each with whether it is a class list."""
    cells = [c for n in line.nodes for c in (n if tag(n) == "tr" else [n])
             if tag(n) != "tr" or tag(c) in ("td", "th")]
    parts = [(str(_indent(line.loose)), False)]
    for cell in cells:
        if tag(cell) == "a":
            cell = _link_words_box(cell)
            if cell is None:
                continue
        if tag(cell) in _HEADINGS:
            # a heading's rank is its tag: a wiki numbers each heading's class for its
            # section editor (DokuWiki's ``h2.sectionedit2``, ``h2.sectionedit3``), and
            # the next ``<h2>`` closes the open one whatever its class
            parts += [(tag(cell), False), (str(_indent(cell.text or "")), False)]
            continue
        parts += [(_LOOK.get(tag(cell), tag(cell)), False), (cell.get("class") or "", True),
                  (cell.get("bgcolor") or "", False), (drawn_style(cell.get("style")), False),
                  (str(_indent(cell.text or "")), False)]
        parts.append(("/".join(_LOOK.get(tag(x), tag(x)) for x in cell.iterdescendants()
                               if isinstance(x.tag, str) and tag(x) != "a"
                               and not _bullet_picture(x)), False))
    return parts


def _bullet_picture(el: Any) -> bool:
    """A picture saying nothing (``alt=""``) outside the line's links: a bullet or a
    folding arrow drawn before the words (``<img src="arrow_open.gif" alt="">``), no
    part of how the line looks: an item showing it is the peer of one without it.  So
    is one inside a control going nowhere beside its words (a title row's script
    toggle, ``<a href="javascript:toggle()"><img alt=""> Field operations</a>``)."""
    return tag(el) == "img" and not (el.get("alt") or "").strip() \
        and not any(tag(x) == "a" and not (leads_nowhere(x) and clean(x.text_content()))
                    for x in el.iterancestors())


def _link_words_box(a: Any) -> Any | None:
    """The one element a link wraps all its words in (``<a><span style="font-weight:
    bold">Field operations</span></a>``, a title line made a link): the line looks as
    that element does, like a title line drawn with it; None when the link's words
    stand bare or in several elements (a plain link line)."""
    kids = [c for c in a if isinstance(c.tag, str)]
    if len(kids) != 1 or clean(a.text or "") or clean(kids[0].tail or "") \
            or not clean("".join(kids[0].itertext())):
        return None
    return kids[0]


def _indent(text: str) -> int:
    """Non-breaking spaces before the words (plain spaces and line breaks show as
    nothing)."""
    lead = text[:len(text) - len(text.lstrip())]
    return sum(1 for c in lead if c in "\u00a0\u2002\u2003\u2009")


def marker(line: Line) -> str:
    """The glyphs a line of a ``<br>`` run opens with before its first element; a table
    row's bullet picture (a first cell of one image, no words nor link: an arrow
    ``flecha.gif`` before each entry)."""
    if not line.nodes:
        return ""
    if tag(line.nodes[0]) == "tr":
        return _bullet_cell(line.nodes[0])
    return lead_glyphs(line.nodes[0])


def _bullet_cell(row: Any) -> str:
    cells = [c for c in row if isinstance(c.tag, str) and tag(c) in ("td", "th")]
    if len(cells) < 2 or clean("".join(cells[0].itertext())) or next(cells[0].iter("a"), None) \
            is not None:
        return ""
    images = list(cells[0].iter("img"))
    src = (images[0].get("src") or "").strip() if len(images) == 1 else ""
    return f"img:{src}" if src else ""


def lead_glyphs(el: Any) -> str:
    """The glyphs standing right before ``el`` (a ``|`` or ``»`` a text navbar prints
    before each entry); "" when words or nothing stand there."""
    prev = el.getprevious()
    parent = el.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None
              else "") or ""
    glyphs = clean(before.replace("\u00a0", " "))
    return "" if any(c.isalnum() for c in glyphs) else glyphs


def bold(line: Line) -> bool:
    """Every word of the line is bold (``<b>``, ``<strong>``, a heading, a bold style)."""
    if clean(line.loose):
        return False
    words = [t for n in line.nodes for t in n.xpath("descendant-or-self::text()") if t.strip()]
    return bool(words) and all(_bold_text(t, line.nodes) for t in words)


def _bold_text(text: Any, nodes: tuple[Any, ...]) -> bool:
    owner = text.getparent()
    if text.is_tail:
        owner = owner.getparent()
    while owner is not None:
        if tag(owner) in _BOLD_TAGS or _BOLD_STYLE.search(owner.get("style") or ""):
            return True
        if any(owner is n for n in nodes):
            return False
        owner = owner.getparent()
    return False


def left_space(line: Line) -> float:
    """How far the line's own style sets it in from the left, in points (a word
    processor indents a paragraph by its margin: ``margin-left:18.0pt``)."""
    total = 0.0
    for n in line.nodes:
        for value, unit in _LEFT_SPACE.findall(n.get("style") or ""):
            total += float(value) * _POINTS.get((unit or "px").lower(), 0.75)
    return total

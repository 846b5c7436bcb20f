"""The page as a sequence of text blocks (paragraphs, headings, list items, cells).

Computed once per page in one pass; each block knows its innermost block element
and whether it sits in page chrome (menus) or a widget (share, related, captions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from scraper.extract.document import SKIP_TAGS
from scraper.extract.figures import is_figure_box
from scraper.extract.heading_style import is_drawn_heading, is_styled_heading
from scraper.extract.structure import (
    HEADINGS,
    classify,
    is_block,
    is_hidden,
    is_pull_quote_aside,
    tag,
)
from scraper.extract.text import clean, clean_block
from scraper.extract.visible import ARIA_HIDDEN, hidden_kind

_BREAKS = frozenset({"br"})
# a control's caption ("#", "Expand", "Copy link") is not page text, wherever it stands
_NOT_TEXT = SKIP_TAGS | {"button"}
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass
class Block:
    el: Any                 # innermost block element holding the text
    text: str               # cleaned; single "\n" where a <br> stood
    order: int              # document position of ``el``
    widget: bool            # inside a share row, related box, caption… (chrome is never walked)
    link_chars: int = 0
    has_image: bool = False
    # the links whose words stand in this block: those opened in its run of text and
    # those holding it (``<a><div>text</div></a>``); not every link under ``el``, as
    # ``el`` also holds the nested blocks when the block is a run of loose text
    links: tuple[Any, ...] = ()
    # document position of the element the block's first word stands in (``order`` is
    # its block element's, or where a tail run resumes): a run of a cell that holds the
    # headline too (``<td><span>headline</span><br><br><font>text</font></td>``) tells by
    # it whether its words come after the headline
    starts: int = -1

    @property
    def is_heading(self) -> bool:
        return tag(self.el) in HEADINGS

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


def linearize(root: Any, order: dict[Any, int],
              skip: Callable[[Any], bool] | None = None) -> list[Block]:
    """Text blocks of ``root`` in document order.

    Hidden subtrees, page chrome (menus, breadcrumbs, site header and footer: no
    field is ever read from them) and whatever ``skip`` rejects are left out.
    """

    out: list[Block] = []
    stack: list[tuple[Any, bool]] = []   # (block element, inside a widget)
    widget_depth = link_depth = 0
    widgets: list[bool] = []
    buf: list[str] = []
    link_chars = 0
    has_image = False
    run_links: list[Any] = []    # links opened since the last flush
    open_links: list[Any] = []   # links open now
    pending_br = 0
    pre_depth = 0     # inside <pre>: line breaks are the text's own, blank lines part it

    last_pos = 0      # position of the element walked last
    tail_run = False  # the text in ``buf`` began after an element (a tail)
    resumed = False   # a nested block closed in the current block since its last text
    resumed_at = -1   # where the text resuming after a nested block begins
    starts = -1       # where the first word of the text in ``buf`` stands
    broke = False     # the last flush was a ``<br><br>`` inside the block, no block's edge

    def flush() -> None:
        nonlocal link_chars, has_image, tail_run, resumed, resumed_at, starts, broke
        text = clean_block("".join(buf))
        if text:
            el, wi = stack[-1] if stack else (root, False)
            # text standing after an element inside its block (``<h1>…</h1>date<br><br>
            # text``) is placed where it stands, not where its block opens
            pos = max(order.get(el, 0), last_pos) if tail_run else order.get(el, 0)
            if resumed_at >= 0:
                pos = max(order.get(el, 0), resumed_at)
            links = tuple(dict.fromkeys([*open_links, *run_links]))
            out.append(Block(el, text, pos, wi, link_chars, has_image, links, starts))
        buf.clear()
        run_links.clear()
        link_chars = 0
        has_image = False
        tail_run = False
        resumed = False
        resumed_at = -1
        starts = -1
        broke = False

    def add_text(text: str, tail: bool = False) -> None:
        nonlocal pending_br, link_chars, tail_run, resumed_at, starts
        if text.strip():
            pending_br = 0
            if not "".join(buf).strip():
                starts = last_pos
                if tail:
                    tail_run = True
                elif resumed or broke:
                    # so does a paragraph after a ``<br><br>`` that opens in an inline
                    # element (``<br><br><b>The lead…</b>``): it stands where it starts
                    resumed_at = last_pos
        if link_depth:
            link_chars += len(clean(text))
        if pre_depth:
            for i, part in enumerate(_BLANK_LINE.split(text.replace("\r", ""))):
                if i:
                    flush()
                buf.append(part)
            return
        # line breaks in the source are spaces; only <br> breaks a line
        buf.append(text.replace("\n", " ").replace("\r", " "))

    # one pass over lxml's events (no generator in between: this is the hot loop)
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skipped: set[Any] = set()
    for event, node in walker:
        if event in ("comment", "pi"):
            if node.tail:
                add_text(node.tail)
            continue
        if event == "start":
            last_pos = order.get(node, last_pos)
            t = node.tag if isinstance(node.tag, str) else ""
            if node is not root and (not t or t in _NOT_TEXT or is_hidden(node)
                                     or _quote_heading(node) or _heading_edit_links(node)
                                     or (skip is not None and skip(node))):
                walker.skip_subtree()
                skipped.add(node)
                if buf and _drawn_between_words(node):
                    buf.append(" ")
                continue
            chrome, widget = classify(node) if node is not root else (False, False)
            if chrome:    # no field is read from menus: not even walked
                walker.skip_subtree()
                skipped.add(node)
                continue
            widget = widget and t not in ("img", "picture")
            widgets.append(widget)
            widget_depth += widget
            if t == "a":
                link_depth += 1
                run_links.append(node)
                open_links.append(node)
            elif t in ("img", "picture"):
                has_image = True
            elif t in _BREAKS:
                pending_br += 1
                if pending_br >= 2:
                    flush()
                    broke = True
                else:
                    buf.append("\n")
            elif is_block(node) or _floated(node) or (widget and is_figure_box(node)):
                flush()
                pending_br = 0
                stack.append((node, widget_depth > 0))
                pre_depth += t == "pre"
            if node.text:
                add_text(node.text)
            continue
        # end
        if node in skipped:
            skipped.discard(node)
        else:
            t = node.tag if isinstance(node.tag, str) else ""
            widget = widgets.pop() if widgets else False
            if t == "a":
                link_depth = max(0, link_depth - 1)
                if open_links:
                    open_links.pop()
            elif stack and stack[-1][0] is node:
                flush()
                stack.pop()
                pre_depth -= t == "pre"
                # text the outer block goes on with after a nested box (``<td>
                # <table>labels</table><font>text…</font></td>``, a CGI template's
                # cell) stands after that box, not where the outer block opens; the
                # line after a heading (its date and byline) stays with the block's
                # opening, as the header's facts
                resumed = t not in HEADINGS
            widget_depth -= widget
        if node is not root and node.tail:
            add_text(node.tail, tail=True)
    flush()
    return out


def _drawn_between_words(node: Any) -> bool:
    """An ``aria-hidden`` glyph with text (a " • " between a byline's date and its
    "Updated …" line) is on the screen: it parts the words on either side of it
    ("15 червня 2023 • Оновлено …" is not "2023Оновлено"), though its own text is
    left out as decoration."""
    return hidden_kind(node) == ARIA_HIDDEN and bool("".join(node.itertext()).strip())


# an inline style taking the element out of the line's flow to one side
_FLOAT = re.compile(r"(?:^|;)\s*float\s*:\s*(?:left|right|inline-start|inline-end)\b", re.I)


def _floated(node: Any) -> bool:
    """An inline element the page floats to one side (``<span style="float:right">``,
    an old template's photo credit beside its picture): a box of its own, like a
    floated ``<div>``, so its words are no part of the line the text runs on.  So is a
    picture with its caption set inline at a paragraph's start (Drupal's img_assist:
    ``<p><span class="inline inline-right"><img…><span class="caption">…</span></span>
    Text…``), a figure box (:func:`scraper.extract.figures.is_figure_box`) however
    the page places it."""
    style = node.get("style")
    return bool(style) and node.tag not in ("img", "picture") and bool(_FLOAT.search(style))


def _quote_heading(node: Any) -> bool:
    """A ``<cite>`` opening a ``<blockquote>`` before the quoted words: a forum quote
    box's heading (BB code's ``[quote]`` as SMF writes it, ``<cite>Citazione</cite>``,
    MyBB's ``<cite>Quote:</cite>``, phpBB's ``<cite>… wrote:</cite>``), not the quoted
    text.  A ``<cite>`` after the words (the source of a quotation) stays."""
    if node.tag != "cite":
        return False
    parent = node.getparent()
    if parent is None or parent.tag != "blockquote" or (parent.text or "").strip():
        return False
    for sib in node.itersiblings(preceding=True):
        if "".join(sib.itertext()).strip() or (sib.tail or "").strip():
            return False
    return bool((node.tail or "").strip() or any(
        "".join(s.itertext()).strip() for s in node.itersiblings()))


# a query asking the wiki for its editor (MediaWiki's ``action=edit``, VisualEditor's
# ``veaction=edit``, DokuWiki's ``do=edit``)
_EDIT_QUERY = re.compile(r"(?:^|[?&;])(?:action|veaction|do)=edit(?:$|[&;#])", re.I)
_EDIT_GLUE = re.compile(r"^[\s\[\]|()·]*$")


def _heading_edit_links(node: Any) -> bool:
    """A box in a heading holding nothing but links to the wiki's editor between
    brackets and bars (a section's "[edit | edit source]"): a tool, no word of the
    heading."""
    parent = node.getparent()
    if node.tag != "span" or parent is None or parent.tag not in HEADINGS:
        return False
    links = list(node.iter("a"))
    if not links or not all(_EDIT_QUERY.search(a.get("href") or "") for a in links):
        return False
    linked = {x for a in links for x in a.iter()}
    glue = [node.text or ""]
    for x in node.iterdescendants():
        in_link = x in linked
        if not in_link:
            glue.append(x.text or "")
        if x.tag == "a" or not in_link:
            glue.append(x.tail or "")
    glue_text = "".join(glue)
    return bool(_EDIT_GLUE.match(glue_text))


# ---------------------------------------------------------------- the body's structure
# what a block of the body is (the ``type`` of a ``body_blocks`` entry)
PARAGRAPH, HEADING, LIST_ITEM, QUOTE = "paragraph", "heading", "list-item", "quote"
TABLE_ROW, PREFORMATTED = "table-row", "preformatted"
BLOCK_TYPES = (PARAGRAPH, HEADING, LIST_ITEM, QUOTE, TABLE_ROW, PREFORMATTED)
_CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class TypedBlock:
    type: str
    text: str
    el: Any


def block_type(el: Any, stop: Any = None) -> str:
    """What ``el`` (a block's innermost element) is in the text under ``stop``: the
    innermost heading, preformatted text, list item or quote wins; but a heading inside
    a quote is the quote's words set large (a theme's pull quote written as
    ``<blockquote><h5>…</h5></blockquote>``), no heading of the text's sections."""
    if tag(el) in HEADINGS or (el.get("role") or "").lower() == "heading":
        return QUOTE if _in_quote(el, stop) else HEADING
    for node in [el, *el.iterancestors()]:
        if node is stop:
            break
        t = tag(node)
        # an element standing for one by its ARIA role (a site builder's divs)
        role = (node.get("role") or "").strip().lower()
        if t == "pre":
            return PREFORMATTED
        if t == "li" or role == "listitem" or _after_empty_item(node):
            return LIST_ITEM
        if t == "blockquote" or role == "blockquote" or is_pull_quote_aside(node):
            return QUOTE
    return PARAGRAPH


def _after_empty_item(node: Any) -> bool:
    """A box standing in a list right after an empty item written ``<li/>`` (a word
    processor's export: ``<ol><li/><p>…</p><li/><p>…</p></ol>``): a browser reads the
    slash as nothing and sets the box inside that item, so the reader sees it numbered,
    an item of the list (the parser here closes the empty item before it)."""
    parent = node.getparent()
    if parent is None or tag(parent) not in ("ol", "ul"):
        return False
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()     # a comment between them
    return before is not None and tag(before) == "li" and len(before) == 0 \
        and not (before.text or "").strip()


def _in_quote(el: Any, stop: Any) -> bool:
    for node in el.iterancestors():
        if node is stop:
            return False
        if tag(node) == "blockquote" or (node.get("role") or "").strip().lower() == "blockquote":
            return True
    return False


def typed_blocks(blocks: list[Block], stop: Any = None) -> list[TypedBlock]:
    """``blocks`` with their type; each row of a data table under ``stop`` is one block,
    its cells joined by " | " (a layout table's rows stay paragraphs)."""
    out: list[TypedBlock] = []
    rows: dict[Any, list[tuple[Any, str]]] = {}    # row -> (cell, text), page order
    row_at: dict[Any, int] = {}                    # row -> its index in ``out``
    data_tables: dict[Any, bool] = {}
    for b in blocks:
        row, cell = _table_cell(b.el, stop, data_tables)
        if row is None:
            kind = block_type(b.el, stop)
            if kind == PARAGRAPH and b.el is not stop and \
                    is_styled_heading(b.el, b.text, "".join(b.el.itertext())):
                kind = HEADING    # a page builder's heading box (``vc_custom_heading``)
            elif kind == PARAGRAPH and is_drawn_heading(b.el, b.text):
                kind = HEADING    # an old editor's bold, sized line (``<b><font size=4>``)
            out.append(TypedBlock(kind, b.text, b.el))
            continue
        if row not in rows:
            rows[row] = []
            row_at[row] = len(out)
            out.append(TypedBlock(TABLE_ROW, "", row))
        rows[row].append((cell, b.text))
    for row, cells in rows.items():
        out[row_at[row]] = TypedBlock(TABLE_ROW, _row_text(cells), row)
    return out


def _row_text(cells: list[tuple[Any, str]]) -> str:
    texts: dict[Any, list[str]] = {}
    for cell, text in cells:
        texts.setdefault(cell, []).append(" ".join(text.split()))
    return _CELL_SEPARATOR.join(" ".join(parts) for parts in texts.values())


def _table_cell(el: Any, stop: Any, data_tables: dict[Any, bool]) -> tuple[Any, Any]:
    """(row, cell) of a data table holding ``el`` below ``stop``, else (None, None)."""
    cell = None
    for node in [el, *el.iterancestors()]:
        if node is stop:
            return None, None
        t = tag(node)
        if t in ("td", "th") and cell is None:
            cell = node
        elif t == "tr":
            table = next((a for a in node.iterancestors() if tag(a) == "table"), None)
            if table is None or cell is None:
                return None, None
            if table not in data_tables:
                data_tables[table] = _is_data_table(table)
            return (node, cell) if data_tables[table] else (None, None)
    return None, None


# an ancestor carrying a data grid's role: the table inside only draws its cells
_IN_GRID = ("ancestor::*[@role][contains(' grid table treegrid ',"
            " concat(' ', normalize-space(@role), ' '))]")


def _is_data_table(table: Any) -> bool:
    """Rows of values side by side (two filled cells in a row, or a header row); not a
    table that only lays out the page, nor one with rows of long prose.  A table marked
    presentational inside a box that is itself the grid (a widget library's data grid:
    ``<div role="grid">…<table role="presentation">``) draws that grid's rows."""
    if (table.get("role") or "").lower() in ("presentation", "none") and \
            not table.xpath(_IN_GRID):
        return False
    for row in table.iter("tr"):
        cells = [c for c in row if tag(c) in ("td", "th")]
        if any(c.xpath(".//table | .//p[string-length(normalize-space()) > 300]")
               for c in cells):
            return False      # nested tables or long prose: a layout
    return any(len([c for c in row if tag(c) in ("td", "th") and clean(c.text_content())]) >= 2
               for row in table.iter("tr"))

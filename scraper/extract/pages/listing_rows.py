"""Listing entries written as table rows (and as sibling lines): the convention that
an entry may span several rows or lines beside the one linking its item.

A table's entry may open with a row of its facts above the title's row (MCMS's
Repeater: the date and type cells, then the title, the teaser, the source), or go on in
rows after it that link to no item (continuation rows); a ``<dl>`` groups an entry's
``<dt>`` and ``<dd>`` lines, a heading the lines up to the next heading of its rank (a
heading linking only into the page itself heads the "Read more" line below it).  A
table with a header row names its columns: a column headed like a label gives that
field, and a column of the last post's or change's date (a forum's topic list) dates no
entry.  :class:`~scraper.extract.pages.listing.ListingPage` reads them through
:class:`EntryRows`."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.dates import parse_date
from scraper.extract.document import Document
from scraper.extract.label_words import label_of
from scraper.extract.labels import LabelValue, read_value
from scraper.extract.pages.common import is_under
from scraper.extract.pages.fact_lines import META_SEPARATOR
from scraper.extract.pages.listing_items import item_key, titled_apart
from scraper.extract.structure import (
    HEADINGS,
    class_tokens,
    is_callout,
    is_chrome_element,
    tag,
)
from scraper.extract.text import fold
from scraper.extract.visible import NOT_RENDERED, hidden_kind
from scraper.extract.vocabulary import (
    LAST_ACTIVITY_HEADINGS,
    LAST_POST_HEADINGS,
    REPLIES_HEADINGS,
    TITLE_COLUMN_HEADINGS,
)

_LAST_ACTIVITY = frozenset(fold(t) for t in LAST_ACTIVITY_HEADINGS)
_LAST_POST = frozenset(fold(t) for t in LAST_POST_HEADINGS)
_REPLIES = frozenset(fold(t) for t in REPLIES_HEADINGS)
_TITLE_COLUMNS = frozenset(fold(t) for t in TITLE_COLUMN_HEADINGS)


class EntryRows:
    """The rows and sibling lines of a listing's entries, on ``doc`` in ``language``:
    ``entries`` are (entry element, item URL) in page order, ``item_links`` every link
    to an item the listing reads."""

    def __init__(self, doc: Document, language: str, entries: list[tuple[Any, str]],
                 item_links: list[tuple[Any, str]]) -> None:
        self.doc = doc
        self.language = language
        self._entries = entries
        self.item_links = item_links

    def continuation_rows(self, row: Any, href: str | None = None) -> list[Any]:
        """The lines of an entry written as siblings after (or, in a definition list,
        around) its item's line: table rows after its row that link to no item, the
        ``<dt>`` date and ``<dd>`` lines of a ``<dl>`` group, the lines after a heading
        up to the next heading of its rank.  A table's row shaped like the entry's and
        dated like it is another record's; a ``<dd>`` linking only to the entry's own
        item (its "suite »") is the entry's line."""
        t = tag(row)
        if t == "tr" and row in self.head_rows:
            # an entry that opens with its row of facts ends where the next block's opens
            # (an item's, or a document's row of facts above its link)
            shapes = self._head_shapes
            return self._following(row, lambda sib: tag(sib) != "tr" or self._facts_row(sib)
                                   or _row_shape(sib) in shapes)
        if t == "tr":
            # in a table of one dated row per record, a row of the entry row's cells with
            # a date of its own is another record (a document's, linking to no item),
            # none of the entry's lines
            # a row titled like the entry's, elsewhere (an "In focus" promo), is a block
            # of its own (listing_items.titled_apart)
            # a teaser row closed by a link to the entry's own item ("Повеќе…") is the
            # entry's still
            # a group's row (one that folds the rows under it: a data grid's "Month: May
            # 2020 (Count: 4)") heads the rows after it, no line of the entry above
            shape = _row_shape(row) if self._dated(row) else None
            return self._following(row, lambda sib: tag(sib) != "tr" or (
                shape is not None and _row_shape(sib) == shape and self._dated(sib))
                or titled_apart(sib, row) or _folds_rows(sib), href)
        if t in ("dt", "dd"):
            before: list[Any] = []
            if t == "dd":
                for sib in row.itersiblings(preceding=True):
                    if sib in self._entry_rows or self._holds_item(sib):
                        return []   # a <dd> of an item's group, itself no item's
                    before.insert(0, sib)
                    if tag(sib) == "dt":
                        break
            return [*before, *self._following(row, lambda sib: tag(sib) == "dt", href)]
        rank = heading_rank(row)
        if rank is not None:
            # a line closed by a link to the entry's own item ("Weiterlesen") is its
            # teaser; a note box of the page between the entries (a Markdown site's
            # "TIPP" block) is none of the entry's lines
            return [sib for sib in self._following(
                row, lambda sib: (heading_rank(sib) or "h9") <= rank, href)
                if not is_callout(sib)]
        if t == "p" and self._paragraph_run(row):
            # a weblog's post written as sibling paragraphs (its headline's, its facts',
            # its teaser's, its footer's) runs to the next post: that post's anchor
            # (``<a name="a200">``), a day's heading, a line naming another item
            return self._following(row, lambda sib: _post_anchor(sib) or heading_rank(sib)
                                   is not None or self._day_line(sib), href)
        return self._own_boxes(row, href)

    def _paragraph_run(self, row: Any) -> bool:
        """``row`` is one of two or more entries' paragraphs side by side in one box,
        no other line linking to an item between them (a weblog's posts, each a run
        of paragraphs)."""
        parent = row.getparent()
        return parent is not None and sum(
            1 for sib in parent if sib in self._entry_rows and tag(sib) == "p") >= 2

    def _day_line(self, el: Any) -> bool:
        """A short line whose whole text is a date: the day's heading of the posts
        below it."""
        text = self.doc.element_text(el)
        return bool(text) and len(text) <= 60 and parse_date(text, self.language) is not None

    def _own_boxes(self, box: Any, href: str | None) -> list[Any]:
        """The boxes after an entry's box that link to its item again and to no other
        (PHP-Fusion's news table: the headline's table, then a table of the labels,
        the teaser and the footer with its "Детальніше" and comments links): the
        entry's, up to the last of them that links to its item; a box between linking
        nowhere (a spacer) goes with them, one after the last stays outside."""
        if href is None:
            return []
        key = item_key(href)
        out: list[Any] = []
        kept = 0
        for sib in box.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib in self._entry_rows or is_chrome_element(sib):
                break
            keys = {item_key(target) for a, target in self.item_links
                    if a is sib or is_under(a, sib)}
            if keys - {key}:
                break
            out.append(sib)
            if keys:
                kept = len(out)
        return out[:kept]

    @cached_property
    def head_rows(self) -> dict[Any, Any]:
        """Entry row -> the row of its facts right above it, in a table whose entries
        open with one: the date in a cell of its own row, the type word in the cell
        beside it, then the title's row, the teaser's, the source's (MCMS's Repeater:
        ``<tr><td>30 juin 2004</td><td>Communiqué de presse</td></tr><tr><td><a>…``).
        The table is written so when each of its entry rows holds no date of its own and
        has a dated row linking to no item right above it, the first entry row too: in a
        table of dates written in or below their titles' rows, the row above an entry is
        the previous entry's (or a separator), and the first entry has none."""
        by_table: dict[Any, list[Any]] = {}
        for el, _ in self._entries:
            if tag(el) == "tr" and el.getparent() is not None:
                by_table.setdefault(el.getparent(), []).append(el)
        out: dict[Any, Any] = {}
        for rows in by_table.values():
            heads = [_row_above(row) for row in rows]
            if all(head is not None and self._facts_row(head) for head in heads) \
                    and not any(self._dated(row) for row in rows):
                out.update(zip(rows, heads, strict=True))
        return out

    @cached_property
    def _head_shapes(self) -> set[tuple[tuple[str, str], ...]]:
        """The cells' tags and classes of the head rows whose cells are classed
        (``newsDate``, ``newsType``): a row of that shape opens a block, dated or not
        (a dossier's row: its type word beside an empty date cell)."""
        shapes = {_row_shape(head) for head in self.head_rows.values()}
        return {shape for shape in shapes if any(cls for _, cls in shape)}

    def _facts_row(self, row: Any) -> bool:
        """A short row linking to no item whose text, a cell's or a piece of its line of
        facts is a date."""
        text = self.doc.element_text(row)
        return tag(row) == "tr" and bool(text) and len(text) <= 120 \
            and not self._holds_item(row) and self._dated(row)

    def _dated(self, row: Any) -> bool:
        """An element of the row whose whole text, or a piece of a line of facts, is a
        date."""
        for el in row.iter():
            text = self.doc.element_text(el) if isinstance(el.tag, str) else ""
            if text and len(text) <= 120 and any(
                    parse_date(piece, self.language) for piece in [text, *(
                        META_SEPARATOR.split(text) if len(text) <= 80 else [])]):
                return True
        return False

    def _following(self, row: Any, stop: Any, own: str | None = None) -> list[Any]:
        """Siblings after ``row`` up to one ``stop`` accepts, or one holding an item
        (other than ``own``, the entry's: a ``<dd>`` teaser closed by its "suite »"), or
        one that is page chrome (the listing's pager, a ``<nav>`` after the last entry)."""
        out = []
        for sib in row.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if stop(sib) or sib in self._entry_rows or self._holds_item(sib, own) \
                    or is_chrome_element(sib):
                break
            if hidden_kind(sib) != NOT_RENDERED:   # a collapsed detail row is no line
                out.append(sib)
        return out

    def _holds_item(self, el: Any, own: str | None = None) -> bool:
        """``el`` holds a link to an item (one other than ``own``)."""
        return any((a is el or is_under(a, el)) and target != own
                   for a, target in self.item_links)

    @cached_property
    def _entry_rows(self) -> set[Any]:
        return {el for el, _ in self._entries}

    def _columns(self, row: Any) -> list[tuple[str, Any]]:
        """A table row's cells with their column headers' words (none outside a table
        with a header row).  The header row is the table's first row of header cells
        (``<th>``, ``role=columnheader``; a pager row spanning the table above it in the
        ``<thead>`` is none), else its ``<thead>``'s first row.  A grid drawn in boxes
        (``role=row`` of ``role=gridcell``) names its columns in a ``role=row`` of
        ``role=columnheader`` cells, wherever its box puts that row (a grid script
        writes it after the rows, or in a table of its own): the nearest one around the
        row with as many cells."""
        if tag(row) != "tr" and (row.get("role") or "").lower() != "row":
            return []
        cells = _cells(row)
        header = None
        table = next((a for a in row.iterancestors() if tag(a) == "table"), None) \
            if tag(row) == "tr" else None
        if table is not None:
            found = table.xpath("./thead/tr | ./tr | ./tbody/tr")
            header = next((r for r in found if _header_row(r)), None)
            if header is None:
                header = next(iter(table.xpath("./thead/tr[1]")), _bare_head(table))
        if header is None:
            header = self._grid_header(row, len(cells))
        if header is None or header is row:
            return []
        columns = [self.doc.element_text(c) for c in _cells(header)]
        return list(zip(columns, cells, strict=False))

    def _grid_header(self, row: Any, width: int) -> Any:
        """The ``role=row`` of ``role=columnheader`` cells (or header row of a table
        of its own) nearest around ``row``, as many cells as it has."""
        for box in list(row.iterancestors())[:_GRID_DEPTH]:
            for candidate in box.iter():
                if candidate is not row and isinstance(candidate.tag, str) \
                        and _header_row(candidate) and len(_cells(candidate)) == width:
                    return candidate
        return None

    def activity_cells(self, row: Any) -> list[Any]:
        """A row's cells under a column of the last post's or change's date (a forum's
        topic list: Discourse's "Activity", phpBB's "Dernier message"): the date a
        topic was last active, never the date it was posted.  A column of the last
        post beside a replies column counting none is no such cell: the last post is
        the first (a read-only board's), its date the topic's."""
        columns = [(fold(text).rstrip(" :"), cell) for text, cell in self._columns(row)]
        unanswered = any(head in _REPLIES and self.doc.element_text(cell) == "0"
                         for head, cell in columns)
        return [cell for head, cell in columns if head in _LAST_ACTIVITY
                and not (unanswered and head in _LAST_POST)]

    def column_title(self, row: Any, href: str) -> tuple[Any, str] | None:
        """The cell under a column headed as the titles' ("Title", "Titolo") and its
        words, when the link to the row's item stands in another cell (a record list
        linking each row's number, "KB0012419", its headline a plain-text cell): what a
        reader takes for the entry's headline.  None where the titles' cell is the
        link's, or the table names no such column."""
        for text, cell in self._columns(row):
            if fold(text).rstrip(" :") not in _TITLE_COLUMNS:
                continue
            if any(self.doc.absolute(a.get("href")) == href for a in cell.iter("a")):
                return None
            words = self.doc.element_text(cell)
            return (cell, words) if words else None
        return None

    def column_values(self, row: Any, href: str) -> dict[str, LabelValue]:
        """A table row's cells under column headers that are labels (``Where we are``).
        The cell holding the link to the row's item is its title, whatever its column
        is headed (a forum's topic list heads its titles "Topic", no field of work)."""
        out: dict[str, LabelValue] = {}
        for text, cell in self._columns(row):
            if any(self.doc.absolute(a.get("href")) == href for a in cell.iter("a")):
                continue
            found = label_of(text)
            # a "Summary" column holds the entry's teaser, read as its text
            if found and found[0] not in out and found[0] != "summary":
                out[found[0]] = read_value(found[0], found[1], cell,
                                           _without_column_title(self.doc, cell, text))
        return out


def headed_entries(doc: Document, entries: list[tuple[Any, str]],
                   item_links: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Entries whose line (a "Weiterlesen →" paragraph) follows, among its siblings, a
    heading whose only links lead to a place on the page itself (a static site's
    heading anchor: Docsify's ``?id=slug``, a ``#slug`` permalink): the entry is that
    heading, its lines the siblings up to the next heading of its rank
    (:meth:`EntryRows.continuation_rows`), its item the link among them.  Siblings
    between the heading and the line that link to an item, or a heading in between,
    leave the line its own entry; so does a heading linking nowhere (a page's or a
    group's heading above its first entry, no headline of the entry's).  An entry
    holding a heading of its own (its headline an ``<h2>``) is headed by it: a heading
    above it is the page's or a section's (a list's ``<h1>`` linking to the list's first
    page), whatever it links to."""
    page = _page_address(doc.url)
    holders = {x for a, _ in item_links for x in a.iterancestors()}
    out = []
    for el, href in entries:
        heading = None
        if tag(el) not in HEADINGS and not _holds_heading(doc, el):
            for sib in el.itersiblings(preceding=True):
                if not isinstance(sib.tag, str):
                    continue
                if tag(sib) in HEADINGS:
                    links = [a.get("href").strip() for a in sib.iter("a") if a.get("href")]
                    if links and all(link.startswith("#") or _in_page(doc.absolute(link), page)
                                     for link in links) \
                            and doc.element_text(sib):
                        heading = sib
                    break
                if sib in holders or any(a is sib for a, _ in item_links):
                    break
        out.append((el if heading is None else heading, href))
    return out


def _holds_heading(doc: Document, el: Any) -> bool:
    """A heading with words stands inside the entry."""
    return any(doc.element_text(h) for h in el.iter(*HEADINGS))


def _page_address(url: str | None) -> tuple[str, str] | None:
    """The host (no ``www.``) and path of an address, without query and fragment."""
    parts = urls.split(url)
    if parts is None:
        return None
    return (parts.hostname or "").lower().removeprefix("www."), parts.path.rstrip("/")


def _in_page(href: str | None, page: tuple[str, str] | None) -> bool:
    """``href`` leads to the page itself (a heading's anchor, ``?id=slug`` or
    ``#slug``), naming no item."""
    return href is not None and page is not None and _page_address(href) == page \
        and urls.item_number(href) is None


def heading_rank(el: Any) -> str | None:
    """The heading's tag (``h3``) of a heading, or of a box holding a heading and nothing
    else (a docs generator's anchor box: ``<doc-anchor-target><h3>…</h3>
    </doc-anchor-target>``, a ``<div class="heading-wrapper">``); None for any other
    element.  The lines after it up to the next heading of its rank are its entry's."""
    while isinstance(el.tag, str) and tag(el) not in HEADINGS:
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) != 1 or (el.text or "").strip() or (kids[0].tail or "").strip():
            return None
        el = kids[0]
    return tag(el) if isinstance(el.tag, str) else None


def _without_column_title(doc: Document, cell: Any, column: str) -> list[Any]:
    """A cell's value parts, without the column's name a responsive table repeats in it
    for small screens (``<td><span class="col-title">Issued by</span>…</td>``)."""
    own = [c for c in cell if isinstance(c.tag, str)]
    if not own or fold(doc.element_text(own[0])) != fold(column):
        return [cell]
    return [own[0].tail or "", *[x for c in own[1:] for x in (c, c.tail or "")]]


# a forum row's line of its last post: the column's heading, "by", a poster ("Dernier
# message par j.martin", "Last post by admin"), its date in a <time> read apart
_LAST_POST_BY = re.compile(r"^(?P<head>.+?)\s*(?:by|par|von|от|por|da|di)\s+\S+$")
_LAST_POST_WORDS = 6


def last_post_line(text: str) -> bool:
    """A forum row's line naming who posted last ("Dernier message par j.martin"),
    no teaser."""
    m = _LAST_POST_BY.match(fold(text).strip())
    return m is not None and len(text.split()) <= _LAST_POST_WORDS and \
        m["head"].rstrip(" :") in _LAST_ACTIVITY


# the cells of a row: table cells, or boxes a grid's role calls cells
_CELL_TAGS = frozenset({"td", "th"})
_CELL_ROLES = frozenset({"gridcell", "cell", "columnheader", "rowheader"})
# how many boxes up from a grid's row its header row is looked for
_GRID_DEPTH = 6


def _cells(row: Any) -> list[Any]:
    """A row's cells: its ``<td>`` and ``<th>``, or its children a role calls cells."""
    return [c for c in row if isinstance(c.tag, str) and (
        tag(c) in _CELL_TAGS or (c.get("role") or "").lower() in _CELL_ROLES)]


def _folds_rows(row: Any) -> bool:
    """A row that opens and closes the rows under it (``aria-expanded``): a group's
    heading row in a data grid or tree grid."""
    return row.get("aria-expanded") is not None


def _header_row(row: Any) -> bool:
    """A row (``<tr>`` or ``role=row``) of header cells only: ``<th>`` or
    ``role=columnheader``, two or more."""
    if tag(row) != "tr" and (row.get("role") or "").lower() != "row":
        return False
    cells = _cells(row)
    return len(cells) >= 2 and all(
        tag(c) == "th" or (c.get("role") or "").lower() == "columnheader" for c in cells)


def _bare_head(table: Any) -> Any:
    """A ``<thead>`` holding its header cells bare, with no ``<tr>`` (as a scaffold
    generator writes it; a browser wraps them in a row, the parser keeps them loose):
    the header row itself, or None."""
    for head in table.xpath("./thead"):
        cells = _cells(head)
        if len(cells) >= 2 and not head.xpath("./tr"):
            return head
    return None


def _row_above(row: Any) -> Any:
    """The table row right before ``row``, or None."""
    prev = next((x for x in row.itersiblings(preceding=True) if isinstance(x.tag, str)), None)
    return prev if prev is not None and tag(prev) == "tr" else None


def _row_shape(row: Any) -> tuple[tuple[str, str], ...]:
    """A row's cells as their tags and classes."""
    return tuple((tag(c), " ".join(sorted(class_tokens(c)))) for c in row
                 if tag(c) in ("td", "th"))


def _post_anchor(el: Any) -> bool:
    """A named anchor opening a post (``<a name="a200"></a>``): no link, a target."""
    return tag(el) == "a" and bool(el.get("name")) and not el.get("href")

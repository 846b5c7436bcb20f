"""Link columns: a menu drawn as lines of one link each, under title lines.

An older site's menu is a column whatever it is built of: the rows of a table, the
child boxes of a ``<div>``, the items of a list, or runs of a cell's content between
``<br>``s.  Each line is one link (behind an arrow image or a ``»``), a title line of
a few words without a link, a spacer, or a nested column (a submenu table or list,
with at most its head beside it).  A column has only such lines.

The title lines label the links below them (how: :mod:`column_paths`).

A page of paragraphs (a word processor's, a hand-written one) holds its column among
other text: a **run** of its lines, titled groups one after another, each a title
line set apart (bold, a heading, or its links indented under it) over lines of one
link each, between an introduction and a footer.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from scraper.extract import urls
from scraper.extract.pages.navigation.base import NavigationPageBase
from scraper.extract.pages.navigation.buttons import image_button
from scraper.extract.pages.navigation.chrome import is_edit_action
from scraper.extract.pages.navigation.column_lines import (
    FIELDS,
    Line,
    closes_column,
    column_lines,
    form_tool,
    on_view,
    search_field,
    search_form,
    unfilled_group,
)
from scraper.extract.pages.navigation.hints import HEADING_TAGS, is_language_link, strip_glyphs
from scraper.extract.pages.navigation.line_looks import bold, left_space, line_style
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.structure import tag
from scraper.extract.text import clean
from scraper.extract.visible import is_hidden

# so many links make a column a menu (a submenu nested in a column's line: any number)
COLUMN_MIN_LINKS = 5
LABEL_MAX_CHARS = 80
# columns nested in columns, at most (a menu's levels)
MAX_NESTING = 4
# what a column is built of
COLUMN_TAGS = frozenset({"table", "ul", "ol", "div", "td", "th", "section", "aside",
                         "font", "span", "p", "center"})
TEXT_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl",
                          "blockquote", "pre"})
_CONTROLS = f"boolean({FIELDS})"
# the boxes a title picture stands in, alone, on its line
_PICTURE_BOXES = frozenset({"tr", "td", "th", "div", "p", "span", "center", "font", "b",
                            "strong", "li"})
# what stands between the links of a row: pipes and dots (a trail's arrows are no row)
_ROW_SEPARATORS = re.compile(r"^[\s|·•¦‖]*$")
# a note in brackets beside a link (its language, its format: "(en)", "(PDF)") is no
# text of its own on the line
_LINK_NOTE = re.compile(r"^\([^()]{1,24}\)$")
# a run of lines is a column when it holds so many titled groups (and COLUMN_MIN_LINKS)
RUN_MIN_GROUPS = 2
# what a column's line is (columns._line_kind)
LINK_LINE, LABEL_LINE, BLANK_LINE = "link", "label", "blank"
GROUP_LINE, OTHER_LINE = "group", "other"




class LinkColumns(NavigationPageBase):
    """Whether a box is a link column, and the title lines above each of its links."""

    def _is_link_column(self, box: Any, minimum: int = COLUMN_MIN_LINKS, depth: int = 0) -> bool:
        """``box`` is a column of at least ``minimum`` links (nested ``depth`` deep in
        another column's line)."""
        key = (box, minimum, depth)
        if key not in self._column_verdicts:
            self._column_verdicts[key] = self._judge_column(box, minimum, depth)
        return self._column_verdicts[key]

    @cached_property
    def _column_verdicts(self) -> dict[tuple[Any, int, int], bool]:
        return {}

    def _judge_column(self, box: Any, minimum: int, depth: int) -> bool:
        lines = column_lines(box)
        if len(lines) < 2:
            return False   # a wrapper: what it wraps may be a column
        kinds = [self._line_kind(line, depth) for line in lines]
        for at, line in enumerate(lines):
            if kinds[at] in (LINK_LINE, GROUP_LINE, LABEL_LINE):
                break
            if search_form(line):
                kinds[at] = BLANK_LINE   # a search box over the column's lines: its tool
        # the column's foot after a blank line (its languages, its mail address)
        if len(kinds) > 3 and kinds[-2:] == [BLANK_LINE, OTHER_LINE] and closes_column(
                self._line_links(lines[-1]), self._language_link):
            lines, kinds = lines[:-2], kinds[:-2]
        links = sum(len(self._line_links(line)) for line, k in zip(lines, kinds, strict=True)
                    if k in (LINK_LINE, GROUP_LINE))
        # a picture link under the nested groups: a banner, the column a box of the
        # layout; image buttons over them (named by their ``alt``) head the column
        if GROUP_LINE in kinds and not self._image_button_column(lines, kinds) and any(
                k == LINK_LINE and not any(self.doc.element_text(a) for a in self._line_links(line))
                and (at > kinds.index(GROUP_LINE)
                     or not all(image_button(a) for a in self._line_links(line)))
                for at, (line, k) in enumerate(zip(lines, kinds, strict=True))):
            return False
        return OTHER_LINE not in kinds and links >= minimum and kinds.count(LABEL_LINE) <= links

    def _language_link(self, a: Any) -> bool:
        return is_language_link(a, clean(self.doc.element_text(a)), self.doc.lang)

    def _image_button_column(self, lines: list[Line], kinds: list[str]) -> bool:
        """Every line of links opens with a picture of words (an ``img`` named by its
        ``alt``, no text: a rollover button), the heads of the nested groups too (a
        ``javascript:`` button opening its layer): a column of image buttons, whose
        pictures are its entries, not a banner under the groups."""
        heads = [self._line_head(line, k) for line, k in zip(lines, kinds, strict=True)
                 if k in (LINK_LINE, GROUP_LINE)]
        return len(heads) >= 2 and all(a is not None and image_button(a) for a in heads)

    def _line_head(self, line: Line, kind: str) -> Any | None:
        """The line's first link; a group's outside its nested columns (the button
        beside its flyout; a line that is all a nested column has none)."""
        subs = self._sub_columns(line) if kind == GROUP_LINE else []
        links = [x for n in line.nodes for x in _elements_outside(n, subs)
                 if tag(x) == "a" and x.get("href") is not None]
        return min(links, key=lambda a: self.doc.order.get(a, 0)) if links else None

    def _holds_controls(self, el: Any) -> bool:
        """A form, a field or an embedded frame in ``el``: a column has none."""
        if el not in self._controls:
            self._controls[el] = bool(el.xpath(_CONTROLS))
        return self._controls[el]

    @cached_property
    def _controls(self) -> dict[Any, bool]:
        return {}

    def _line_links(self, line: Line) -> list[Any]:
        """The line's links; an icon running a script (a ``javascript:`` link showing
        no words: the ``+``/``-`` toggle before an item with a submenu) is a control
        beside the line's link, none of its own."""
        return [a for n in line.nodes for a in self._links(n)
                if not self._script_icon(a) and not self._opens_editor(a)]

    def _opens_editor(self, a: Any) -> bool:
        """A link to the editor (a wiki's "Create New Topic", the ``?`` after a page not
        yet written): an action beside the column's lines, no link of its own."""
        url = self.doc.absolute(a.get("href"))
        return bool(url) and is_edit_action(url or "")

    def _names_missing_page(self, line: Line) -> bool:
        """A line whose only links open the editor: the name of a page not yet written
        (TWiki's ``Photo gallery<a href=".../edit/...">?</a>``) or a "create" action, a
        line among the links, no title over those below it."""
        links = [a for n in line.nodes for a in self._links(n)]
        return bool(links) and all(self._opens_editor(a) for a in links)

    def _script_icon(self, a: Any) -> bool:
        href = (a.get("href") or "").strip()
        return href[:11].lower() == "javascript:" and not self.doc.element_text(a)

    def _line_text(self, line: Line) -> str:
        """The line's words; a title drawn as a picture (a line of nothing but an image
        on view, no link: a group's name set in the site's typeface) shows its
        ``alt`` words."""
        text = clean(" ".join([*(self._shown(n) for n in line.nodes), line.loose]))
        if text or not line.nodes:
            return text
        toggle = self._picture_toggle(line)
        if toggle is not None:
            return clean(" ".join(clean(i.get("alt")) for i in toggle.iter("img")))
        if any(self._link_count(n) for n in line.nodes):
            return text
        images = [x for n in line.nodes for x in n.iter() if isinstance(x.tag, str)
                  and tag(x) not in _PICTURE_BOXES]
        if len(images) != 1 or tag(images[0]) != "img" or is_hidden(images[0]):
            return ""
        return clean(images[0].get("alt") or "")

    def _picture_toggle(self, line: Line) -> Any | None:
        """The line's only link when it is a ``javascript:`` control drawn as a picture
        of words (an image slice whose ``alt`` names a group, ``javascript:apri('x')``
        folding its submenu open): a title line, as a dropdown's control is a label."""
        links = [a for n in line.nodes for a in self._links(n)]
        if len(links) != 1 or not self._script_icon(links[0]) \
                or not image_button(links[0]) or line.loose.strip():
            return None
        return links[0]

    def _line_kind(self, line: Line, depth: int = 0) -> str:
        if any(self._holds_controls(n) for n in line.nodes):
            return BLANK_LINE if search_field(line) or form_tool(line) else OTHER_LINE
        links = [a for a in self._line_links(line) if self._reachable(a)]
        text = self._line_text(line)
        if not links:
            if not text or unfilled_group(line) or self._names_missing_page(line):
                return BLANK_LINE
            return LABEL_LINE if len(text) <= LABEL_MAX_CHARS else OTHER_LINE
        if not all(site_link(a.get("href")) for a in links):
            return self._control_group(line, links, depth)
        rest = text
        for a in links:
            rest = rest.replace(self.doc.element_text(a), "", 1)
        if len(links) == 1:
            rest = strip_glyphs(clean(rest))
            return LINK_LINE if not rest or _LINK_NOTE.match(rest) else OTHER_LINE
        subs = self._sub_columns(line, depth)
        # a row of links between pipes under a title line (an older site's menu cell);
        # a nested column titled by a picture shows no words beside its links, yet is
        # a group under its title
        if _ROW_SEPARATORS.match(rest):
            return GROUP_LINE if any(self._lead_style(sub, depth + 1) is not None for sub in subs) \
                and self._heads_only(line, subs) else LINK_LINE
        return GROUP_LINE if subs and self._heads_only(line, subs) else OTHER_LINE

    def _control_group(self, line: Line, links: list[Any], depth: int) -> str:
        """A line whose head is a control that opens its submenu (``<a href="javascript:;">
        About</a>`` or ``href="#"`` over a nested list, a dropdown with no page of its
        own) is a group under that label; any other line with a link going nowhere
        (mail, a script's popup) is no part of a column."""
        # the folded block's toggle on view; its twin in the hidden unfolded block (a
        # wiki's "+ Group" over "- Group") is the same control
        heads = [a for a in links if not site_link(a.get("href")) and on_view(a, line)]
        if len(links) == 1 and len(heads) == 1 and self._opens_rows_below(heads[0], line):
            return LABEL_LINE
        if len(heads) != 1 or not _opens_here(heads[0].get("href")) \
                or not self.doc.element_text(heads[0]):
            return OTHER_LINE
        subs = self._sub_columns(line, depth)
        return GROUP_LINE if subs and self._heads_only(line, subs) else OTHER_LINE

    def _opens_rows_below(self, head: Any, line: Line) -> bool:
        """``head``, a worded control going nowhere, folds open the box of link lines
        right after its line (``<a href="javascript:toggle('ct-fow')" aria-controls=
        "ct-fow">`` over ``<tbody id="ct-fow">``, collapsed or not): a title line over
        those lines, as a dropdown's control is a label (fixtures/README.md)."""
        if not self.doc.element_text(head) or not line.nodes:
            return False
        last = line.nodes[-1]
        after = next((n for x in [last, *last.iterancestors()]
                      if (n := _next_element(x)) is not None), None)
        return after is not None and bool(after.get("id")) \
            and after.get("id") in self._opened_by(head) and bool(self._link_count(after))

    def _sub_columns(self, line: Line, depth: int = 0) -> list[Any]:
        """The outermost columns nested in the line (a submenu's table or list), down
        to a menu's depth (a deeper nest of boxes is no menu: reading it is not worth
        the time nor the stack)."""
        out: list[Any] = []
        if depth >= MAX_NESTING:
            return out
        todo = [c for n in line.nodes for c in (n if tag(n) in ("tr", "li") else [n])]
        while todo:
            el = todo.pop(0)
            if not isinstance(el.tag, str) or not self._link_count(el):
                continue
            # a wrapper of one line is no column of its own: what it wraps may be
            if tag(el) in COLUMN_TAGS and tag(el) not in ("td", "th") and \
                    len(column_lines(el)) > 1 and self._is_link_column(el, 1, depth + 1):
                out.append(el)
            else:
                todo[:0] = list(el)
        return out

    def _heads_only(self, line: Line, subs: list[Any]) -> bool:
        """Beside its nested columns the line holds at most the submenu's head: one link
        or a few words, no paragraph, heading or list (page text is no submenu)."""
        outside = [x for n in line.nodes for x in _elements_outside(n, subs) if x is not n]
        if any(tag(x) in TEXT_BLOCKS for x in outside):
            return False
        links = [x for x in outside if tag(x) == "a" and x.get("href") and on_view(x, line)]
        words = clean(" ".join([*(w for n in line.nodes for w in _outside(n, subs)),
                                line.loose]))
        return len(links) <= 1 and len(strip_glyphs(words)) <= LABEL_MAX_CHARS

    def _captioned(self, column: Any) -> bool:
        """A column whose only title line stands first, over all its links (a side
        block's caption, "Main Menu")."""
        kinds = [k for k in (self._line_kind(line) for line in column_lines(column))
                 if k != BLANK_LINE]
        return len(kinds) > 1 and kinds[0] == LABEL_LINE and kinds.count(LABEL_LINE) == 1

    # ------------------------------------------------------------------ runs
    @per_element
    def _column_runs(self, box: Any) -> list[list[Line]]:
        """The runs of the box's lines that make a column though the box is none: at
        least RUN_MIN_GROUPS titled groups in a row (blank lines between them) and
        COLUMN_MIN_LINKS links."""
        if self._link_count(box) < COLUMN_MIN_LINKS:
            return []
        lines = column_lines(box)
        kinds = [self._line_kind(line) for line in lines]
        chains: list[list[tuple[int, int]]] = []
        i = 0
        while i < len(lines):
            end = self._group_end(lines, kinds, i)
            if end is None:
                i += 1
                continue
            if chains and all(k == BLANK_LINE for k in kinds[chains[-1][-1][1]:i]):
                chains[-1].append((i, end))
            else:
                chains.append([(i, end)])
            i = end
        runs = [lines[chain[0][0]:chain[-1][1]] for chain in chains
                if len(chain) >= RUN_MIN_GROUPS]
        return [run for run in runs
                if sum(len(self._line_links(line)) for line in run) >= COLUMN_MIN_LINKS]

    def _group_end(self, lines: list[Line], kinds: list[str], start: int) -> int | None:
        """After the titled group starting at ``lines[start]``: a title line set apart
        from the lines of one link each below it (blank lines between them)."""
        if kinds[start] == GROUP_LINE and self._titled_box(lines[start]):
            return start + 1   # a box holding a titled group whole
        if kinds[start] != LABEL_LINE:
            return None
        sub = next((i for i in range(start + 1, len(lines)) if kinds[i] != BLANK_LINE), None)
        if sub is not None and kinds[sub] == LABEL_LINE and _outranks(lines[start], lines[sub]):
            # a heading over the sub-headings of its groups (``h2`` "Our work", ``h3``
            # "Fields of work" and its list): its group is theirs, the outline's top
            return self._group_end(lines, kinds, sub)
        below: list[int] = []
        for i in range(start + 1, len(lines)):
            if kinds[i] == GROUP_LINE or (kinds[i] == LINK_LINE and (
                    len(self._line_links(lines[i])) == 1 or self._list_column(lines[i]))):
                below.append(i)
            elif kinds[i] != BLANK_LINE:
                break
        title = lines[start]
        if not below or not (bold(title) or all(
                left_space(lines[i]) > left_space(title) for i in below)):
            return None
        return below[-1] + 1

    def _titled_box(self, line: Line) -> bool:
        """A line that is one box holding a titled group whole: a column of its own
        opening with its title line, or a link set as its title (a paragraph per group
        in a hand-written page's side cell: ``<p><strong>Meetings</strong><br><a>…``)."""
        if len(line.nodes) != 1 or clean(line.loose):
            return False
        subs = self._sub_columns(line)
        return len(subs) == 1 and subs[0] is line.nodes[0] \
            and self._lead_style(subs[0], 1) is not None

    def _list_column(self, line: Line) -> bool:
        """A line that is a list of one link an item: lines of one link each."""
        return len(line.nodes) == 1 and tag(line.nodes[0]) in ("ul", "ol") \
            and self._is_link_column(line.nodes[0], 1)

    def _lead_style(self, column: Any, depth: int) -> tuple[str, ...] | None:
        """The style of the title line a column opens with, or of the link heading it
        (None: it opens with links)."""
        lines = column_lines(column)
        kinds = [self._line_kind(line, depth) for line in lines]
        for at, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
            if kind == LABEL_LINE or self._heading_link(lines, kinds, at):
                return line_style(line)
            if kind != BLANK_LINE:
                return None
        return None

    def _heading_link(self, lines: list[Line], kinds: list[str], at: int) -> bool:
        """The line at ``at`` is a table column's first row (or a box's first line cut
        by ``<br>``s), one link set as a title (a picture of words, or bold) and drawn
        unlike the rows of one link each below it, drawn all alike (an image link in the
        title bar over bulleted rows): the link heads the group it opens, as a title
        line would.  A row of tabs, the
        page's own one set apart, heads nothing."""
        links = self._line_links(lines[at])
        if kinds[at] != LINK_LINE or any(k != BLANK_LINE for k in kinds[:at]) or len(links) != 1 \
                or not (image_button(links[0]) or bold(lines[at])) \
                or not (all(tag(n) == "tr" for line in lines for n in line.nodes)
                        or _cut_by_breaks(lines)):
            return False
        below = [i for i in range(at + 1, len(lines)) if kinds[i] != BLANK_LINE]
        if len(below) < 2 or any(kinds[i] != LINK_LINE or len(self._line_links(lines[i])) != 1
                                 for i in below):
            return False
        looks = {line_style(lines[i]) for i in below}
        return len(looks) == 1 and line_style(lines[at]) not in looks


def _elements_outside(el: Any, subs: list[Any]) -> list[Any]:
    """``el`` and its descendants, the nested columns ``subs`` and theirs left out."""
    out: list[Any] = []
    todo = [el]
    while todo:
        x = todo.pop()
        if not isinstance(x.tag, str) or any(x is s for s in subs):
            continue
        out.append(x)
        todo.extend(x)
    return out


def _outside(el: Any, subs: list[Any]) -> list[str]:
    """The text of ``el`` outside the nested columns ``subs`` (none when ``el`` is one:
    a line that is all a nested column)."""
    if any(el is s for s in subs):
        return []
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not any(child is s for s in subs):
            parts += _outside(child, subs)
        parts.append(child.tail or "")
    return parts


def site_link(href: str | None) -> bool:
    """An address that leads to a page (not ``#top``, a script, mail or telephone)."""
    href = (href or "").strip()
    parts = urls.split(href)     # None for what cannot be an address ("http://[oops/")
    return bool(href) and not href.startswith("#") and parts is not None and \
        parts.scheme.lower() not in ("javascript", "mailto", "tel")


def _next_element(el: Any) -> Any | None:
    """The element after ``el`` among its siblings, comments and text aside."""
    return next((x for x in el.itersiblings() if isinstance(x.tag, str)), None)


def _opens_here(href: str | None) -> bool:
    """A link going nowhere but the page on view: a bare ``#`` or a script doing nothing
    but what its handler does (``javascript:;``, ``javascript:void(0)``)."""
    href = (href or "").strip().lower().replace(" ", "")
    return href in ("#", "javascript:", "javascript:;", "javascript:void(0)",
                    "javascript:void(0);", "javascript:void(null)")


def _outranks(title: Line, sub: Line) -> bool:
    """Both lines are a heading alone, ``title`` of a higher rank (``h2`` over ``h3``)."""
    ranks = [tag(line.nodes[0]) if len(line.nodes) == 1 else "" for line in (title, sub)]
    return all(r in HEADING_TAGS for r in ranks) and ranks[0] < ranks[1]


def _cut_by_breaks(lines: list[Line]) -> bool:
    """The lines are runs of one box's content between ``<br>``s (none a block)."""
    return len(lines) > 1 and all(
        tag(n) not in TEXT_BLOCKS and tag(n) not in ("table", "tr", "li", "div")
        for line in lines for n in line.nodes) and any(
        n.getnext() is not None and tag(n.getnext()) == "br"
        for line in lines for n in line.nodes)

"""The paths of a link column's entries: the title lines open above each link.

A title styled unlike every title open above it (another class, another background,
indented) opens a subgroup; one styled like an open title closes the groups down to
that one; a link styled like a title heads a group of its own at that level.  What is
a column and what its lines are: :mod:`columns`.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.column_lines import Line, column_lines, search_field
from scraper.extract.pages.navigation.columns import (
    BLANK_LINE,
    GROUP_LINE,
    LABEL_LINE,
    LINK_LINE,
    LinkColumns,
)
from scraper.extract.pages.navigation.hints import leads_nowhere, strip_glyphs
from scraper.extract.pages.navigation.line_looks import drawn_as_plus_classes, line_style, marker
from scraper.extract.pages.navigation.memo import per_element
from scraper.extract.pages.navigation.title_groups import bold_link_line, close_sub_titles
from scraper.extract.structure import tag
from scraper.extract.text import clean
from scraper.extract.visible import accessible_name


class ColumnPaths(LinkColumns):
    """Each link of a column, or of a page's runs of column lines, → its path."""

    def _run_paths(self, box: Any) -> dict[Any, list[str]]:
        """Each link of the box's runs → the title lines open above it."""
        return {a: path for run in self._column_runs(box)
                for a, path in self._lines_paths(run).items()}

    # ------------------------------------------------------------------ labels
    @per_element
    def _column_paths(self, column: Any, depth: int = 0) -> dict[Any, list[str]]:
        """Each link of the column → the title lines open above it, outermost first."""
        return self._lines_paths(column_lines(column), depth)

    def _lines_paths(self, lines: list[Line], depth: int = 0) -> dict[Any, list[str]]:
        stack: list[tuple[tuple[str, ...], str]] = []
        out: dict[Any, list[str]] = {}
        kinds = [self._line_kind(line, depth) for line in lines]
        levels: dict[tuple[str, ...], set[int]] = {}   # link lines' look → their levels
        headed: dict[int, list[str]] = {}   # a box of lines → the path its head gives
        for at, line in enumerate(lines):
            kind = kinds[at]
            style = line_style(line)
            if at in headed:
                for a, path in self._column_paths(line.nodes[0], depth + 1).items():
                    out[a] = headed[at] + path
                continue
            box = self._headed_box(lines, kinds, at, depth)
            if box is not None:
                a = self._line_links(line)[0]
                out[a] = [label for _, label in stack if label]
                headed[box] = [*out[a], strip_glyphs(self.doc.element_text(a))
                               or accessible_name(a)]
                continue
            level = next((i for i, (s, _) in enumerate(stack) if s == style), None)
            if kind == LABEL_LINE and _current_item(lines, kinds, at):
                continue   # the page on view, unlinked among its peers: no title
            if kind == LABEL_LINE and level is None and self._line_toggle(line):
                # a title row folding its group open by script, drawn as an open title
                # plus the class words of its control (``td.menuhead.menutoggle`` under
                # ``td.menuhead``): that title's peer, not a group under it, and drawn
                # as it for the titles after it
                level = next((i for i, (s, _) in enumerate(stack)
                              if drawn_as_plus_classes(line, s)), None)
                style = style if level is None else stack[level][0]
            if self._heading_link(lines, kinds, at):
                a = self._line_links(line)[0]
                out[a] = [label for _, label in stack if label]
                # an image link names its group by its picture's ``alt``
                name = strip_glyphs(self.doc.element_text(a)) or accessible_name(a)
                stack.append((style, name))
                continue
            if kind == BLANK_LINE and search_field(line):
                stack.clear()   # the site's name over its search box heads no group
                continue
            if kind == LABEL_LINE:
                stack[len(stack) if level is None else level:] = [
                    (style, strip_glyphs(self._line_text(line)))]
                for at_depth in levels.values():
                    # the groups below the new title are closed: where their links stood
                    # says nothing of the links under it
                    at_depth.difference_update(range(len(stack) + 1, len(lines) + 2))
            elif kind == LINK_LINE and level is not None and len(self._line_links(line)) == 1 \
                    and not self._items_drawn_as_title(lines, kinds, at):
                # a link in a title's style heads a group of its own at that level
                a = self._line_links(line)[0]
                out[a] = [label for _, label in stack[:level] if label]
                stack[level:] = [(style, strip_glyphs(self.doc.element_text(a)))]
            elif kind == GROUP_LINE:
                for sub in self._sub_columns(line, depth):
                    # a nested column led by a title styled like an open one is its peer
                    lead = self._lead_style(sub, depth + 1)
                    peer = next((i for i, (s, _) in enumerate(stack) if s == lead), None)
                    if peer is not None:
                        del stack[peer:]
                    above = [label for _, label in stack if label]
                    for a, path in self._column_paths(sub, depth + 1).items():
                        out[a] = above + path
                above = [label for _, label in stack if label]
                for a in self._line_links(line):
                    out.setdefault(a, above)   # the head beside the nested column
            elif kind == LINK_LINE:
                close_sub_titles(stack, levels, style)
                for a in self._line_links(line):
                    out[a] = [label for _, label in stack if label]
        return out

    def _line_toggle(self, line: Line) -> bool:
        """The line's words are a worded control going nowhere (a script toggle)."""
        links = [a for n in line.nodes for a in n.iter("a")]
        return len(links) == 1 and leads_nowhere(links[0]) \
            and bool(clean(self.doc.element_text(links[0])))

    def _headed_box(self, lines: list[Line], kinds: list[str], at: int,
                    depth: int = 0) -> int | None:
        """The box of link lines the line at ``at`` heads (a bold link line right over a
        ``div`` of one-link lines, bulleted or set in under it: an older blog's "Field
        operations" over its missions), as its index; its links are under the head's
        words, and the lines after the box are back at the head's level.  None when the
        line is no such head."""
        line = lines[at]
        if kinds[at] != LINK_LINE or len(self._line_links(line)) != 1 \
                or len(line.nodes) != 1 or not bold_link_line(line.nodes[0]):
            return None
        below = next((i for i in range(at + 1, len(lines)) if kinds[i] != BLANK_LINE), None)
        if below is None or len(lines[below].nodes) != 1:
            return None
        box = lines[below].nodes[0]
        if tag(box) != "div" or len(self._line_links(lines[below])) < 2 \
                or not self._is_link_column(box, 2, depth + 1):
            return None
        return below

    def _items_drawn_as_title(self, lines: list[Line], kinds: list[str], at: int) -> bool:
        """The link at ``at`` stands in a run of one-link lines drawn like the title line
        right above them, the run closed by another such title or the column's end (an
        image-sliced menu, every row a picture of words: "Servizi" over its four
        rollover buttons): none of them heads a group, the title heads them all."""
        style = line_style(lines[at])
        shown = [i for i, k in enumerate(kinds) if k != BLANK_LINE]
        here = shown.index(at)
        before = next((i for i in reversed(shown[:here])
                       if kinds[i] != LINK_LINE or line_style(lines[i]) != style), None)
        after = next((i for i in shown[here + 1:]
                      if kinds[i] != LINK_LINE or line_style(lines[i]) != style), None)
        run = [i for i in shown if (before or -1) < i < (len(lines) if after is None else after)]
        return before is not None and kinds[before] == LABEL_LINE \
            and line_style(lines[before]) == style \
            and (after is None or (kinds[after] == LABEL_LINE
                                   and line_style(lines[after]) == style)) \
            and all(len(self._line_links(lines[i])) == 1 for i in run)


def _current_item(lines: list[Line], kinds: list[str], at: int) -> bool:
    """The title line at ``at`` is marked as the link lines around it are (``|&nbsp;``
    before each, as NetObjects' text navbar prints it): the page on view, shown unlinked
    (often bold) in its place among its peers, not a title over the links below it."""
    mark = marker(lines[at])
    if not mark:
        return False
    before = next((j for j in range(at - 1, -1, -1) if kinds[j] != BLANK_LINE), None)
    after = next((j for j in range(at + 1, len(lines)) if kinds[j] != BLANK_LINE), None)
    return any(j is not None and kinds[j] == LINK_LINE and marker(lines[j]) == mark
               for j in (before, after))
